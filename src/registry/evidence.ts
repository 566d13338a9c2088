/**
 * The offline evidence store: every registry answer a run used (trimmed packuments,
 * keys, attestation bodies, 404s) written under `--record-evidence DIR`, and read back
 * with `--offline --evidence-dir DIR` on an air-gapped runner. Files are plain JSON,
 * one per request, named after the registry host and the request.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GateError } from '../errors.js';

export type EvidenceKind = 'packument' | 'keys' | 'attestations';

/** What was recorded: the JSON answer, or `notFound` for a 404 (absence is evidence too). */
export interface EvidenceRecord {
  notFound?: true;
  body?: unknown;
}

/** `<dir>/<host>/<kind>/<encoded id>.json` — the id is a package name, `name@version` or `keys`. */
export function toEvidencePath(dir: string, registry: string, kind: EvidenceKind, id: string): string {
  const u = new URL(registry);
  const host = encodeURIComponent(`${u.host}${u.pathname.replace(/\/+$/, '')}`);
  return join(dir, host, kind, `${encodeURIComponent(id)}.json`);
}

export function writeEvidence(dir: string, registry: string, kind: EvidenceKind, id: string, record: EvidenceRecord): void {
  const file = toEvidencePath(dir, registry, kind, id);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, file); // atomic: a crashed run never leaves half a file behind
}

/** Reads recorded evidence; absent → REGISTRY_OFFLINE_NO_EVIDENCE, corrupt → REGISTRY_BAD_RESPONSE. */
export function readEvidence(dir: string, registry: string, kind: EvidenceKind, id: string): EvidenceRecord {
  const file = toEvidencePath(dir, registry, kind, id);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new GateError('REGISTRY_OFFLINE_NO_EVIDENCE', `offline: no recorded ${kind} evidence for ${id}`, {
      file,
      fix: 'record it with --record-evidence DIR on a connected runner',
    });
  }
  try {
    const rec = JSON.parse(text) as EvidenceRecord;
    if (typeof rec !== 'object' || rec === null) throw new Error('not an object');
    return rec;
  } catch {
    throw new GateError('REGISTRY_BAD_RESPONSE', `offline evidence for ${id} is not valid JSON`, { file });
  }
}
