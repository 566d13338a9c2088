/**
 * Bom model → CycloneDX JSON or XML text with the library's serializers (which
 * normalise per spec version and drop what an older spec cannot express).
 */
import { Serialize, Spec, type Models } from '@cyclonedx/cyclonedx-library';

export type SpecVersion = '1.5' | '1.6';
export type BomFormat = 'json' | 'xml';

export interface RenderOptions {
  specVersion?: SpecVersion;
  format?: BomFormat;
  /** Indentation; default 2 (CycloneDX files are read by people too). */
  space?: number;
}

const SPECS = { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6 } as const;

/** Serialize `bom`; lists are sorted so equal models give byte-identical text. */
export function renderBom(bom: Models.Bom, options: RenderOptions = {}): string {
  const spec = SPECS[options.specVersion ?? '1.6'];
  const serializer =
    options.format === 'xml'
      ? new Serialize.XmlSerializer(new Serialize.XML.Normalize.Factory(spec))
      : new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(spec));
  const text = serializer.serialize(bom, { sortLists: true, space: options.space ?? 2 });
  return text.endsWith('\n') ? text : `${text}\n`;
}
