/**
 * Bom model → CycloneDX JSON or XML text. JSON goes through our direct writer
 * (json.ts) when it can express the model, else through the library's serializer;
 * XML always through the library, loaded only when asked for (it is large).
 */
import type * as Models from '@cyclonedx/cyclonedx-library/Models';
import { canRenderJson, toBomJsonChunks } from './json.js';

export type SpecVersion = '1.5' | '1.6';
export type BomFormat = 'json' | 'xml';

export interface RenderOptions {
  specVersion?: SpecVersion;
  format?: BomFormat;
  /** Indentation, 1–10; default 2 (CycloneDX files are read by people too). */
  space?: number;
}

/** Serialize `bom`; lists are sorted so equal models give byte-identical text. */
export async function renderBom(bom: Models.Bom, options: RenderOptions = {}): Promise<string> {
  return [...(await renderBomChunks(bom, options))].join('');
}

/**
 * The same text as renderBom, in pieces to write one after another (a 50,000-package
 * SBOM is ~70 MB: streaming it keeps peak memory down). Pass the result to
 * writeFileAtomic(path, chunks).
 */
export async function renderBomChunks(bom: Models.Bom, options: RenderOptions = {}): Promise<Iterable<string>> {
  const version = options.specVersion ?? '1.6';
  const space = options.space ?? 2;
  if (options.format !== 'xml' && canRenderJson(bom)) return toBomJsonChunks(bom, version, space);
  return [await renderWithLibrary(bom, version, options.format ?? 'json', space)];
}

/** The library's own serializers (also the reference the tests compare writeBomJson with). */
export async function renderWithLibrary(bom: Models.Bom, version: SpecVersion, format: BomFormat, space = 2): Promise<string> {
  const [Serialize, Spec] = await Promise.all([import('@cyclonedx/cyclonedx-library/Serialize'), import('@cyclonedx/cyclonedx-library/Spec')]);
  const spec = version === '1.5' ? Spec.Spec1dot5 : Spec.Spec1dot6;
  const serializer =
    format === 'xml'
      ? new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(spec))
      : new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const text = serializer.serialize(bom, { sortLists: true, space });
  return text.endsWith('\n') ? text : `${text}\n`;
}
