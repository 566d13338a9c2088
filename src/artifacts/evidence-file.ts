/**
 * Reading an evidence file: one Sigstore bundle (`.sigstore.json`, `.sigstore`,
 * `.bundle`), or JSON Lines of them (`.intoto.jsonl`, the `gh attestation download`
 * format), or a legacy slsa-github-generator DSSE envelope. Pretty-printed single
 * documents are accepted whatever the extension.
 */
import { readFile, stat } from 'node:fs/promises';
import { GateError } from '../errors.js';

/** Larger evidence files are refused: real bundles are kilobytes, provenance a few MB. */
export const MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;

/** One document of an evidence file. */
export interface EvidenceItem {
  /** `path` or `path:line` (JSON Lines), or `github:owner/repo#n` for API results. */
  source: string;
  kind: 'bundle' | 'legacy-envelope';
  json: Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A bare DSSE envelope (`payloadType`, `payload`, `signatures`) without bundle media type. */
export function isLegacyEnvelope(doc: Record<string, unknown>): boolean {
  return doc.mediaType === undefined && typeof doc.payload === 'string' && Array.isArray(doc.signatures);
}

export function toEvidenceItem(doc: unknown, source: string): EvidenceItem {
  if (!isRecord(doc)) throw new GateError('BUNDLE_MALFORMED', 'evidence is not a JSON object', { file: source });
  return { source, kind: isLegacyEnvelope(doc) ? 'legacy-envelope' : 'bundle', json: doc };
}

/** Parses evidence text; BUNDLE_MALFORMED names the file and line of the first bad document. */
export function parseEvidenceText(text: string, file: string): EvidenceItem[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new GateError('BUNDLE_MALFORMED', 'the evidence file is empty', { file });
  try {
    return [toEvidenceItem(JSON.parse(trimmed), file)];
  } catch (e) {
    if (e instanceof GateError) throw e;
    // Not one document: JSON Lines.
  }
  const lines = text.split('\n');
  const items: EvidenceItem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      throw new GateError('BUNDLE_MALFORMED', `invalid JSON: ${(e as Error).message}`, { file, line: i + 1, cause: e });
    }
    items.push(toEvidenceItem(doc, lines.length > 1 ? `${file}:${i + 1}` : file));
  });
  return items;
}

/** Reads and parses an evidence file; unreadable → INPUT_UNREADABLE / INPUT_NOT_FOUND (exit 2). */
export async function readEvidenceFile(path: string, display = path): Promise<EvidenceItem[]> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new GateError('INPUT_UNREADABLE', 'the evidence path is not a file', { file: display });
    if (info.size > MAX_EVIDENCE_BYTES) {
      throw new GateError('INPUT_UNREADABLE', `the evidence file is ${info.size} bytes, more than the ${MAX_EVIDENCE_BYTES} accepted`, { file: display });
    }
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof GateError) throw e;
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
    throw new GateError(code, `cannot read evidence: ${(e as Error).message}`, { file: display, cause: e });
  }
  return parseEvidenceText(text, display);
}
