/**
 * Binding a DSSE in-toto statement to an artifact: @sigstore/verify does not compare
 * the artifact with the statement's subjects, so the core does it here.
 */
import { GateError } from '../errors.js';
import type { ArtifactDigest } from './types.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/**
 * Requires a subject of `statement` (parsed in-toto statement) with a digest equal to
 * one of `digests` (same algorithm, hex compared case-insensitively). Returns the
 * matching subject's name. Throws ARTIFACT_DIGEST_MISMATCH (no match) or
 * BUNDLE_MALFORMED (no subject list).
 */
export function checkStatementSubjects(statement: unknown, digests: ArtifactDigest[], file?: string): string {
  const subjects = (statement as { subject?: unknown } | null)?.subject;
  if (!Array.isArray(subjects)) {
    throw new GateError('BUNDLE_MALFORMED', 'the in-toto statement has no subject list', { file });
  }
  for (const s of subjects) {
    const d = (s as { digest?: Record<string, unknown> } | null)?.digest;
    if (!d || typeof d !== 'object') continue;
    for (const want of digests) {
      const got = d[want.algorithm];
      if (typeof got === 'string' && got.toLowerCase() === want.hex.toLowerCase()) {
        const name = (s as { name?: unknown }).name;
        return typeof name === 'string' ? name : '';
      }
    }
  }
  const shown = digests.map((d) => `${d.algorithm}:${d.hex}`).join(', ');
  throw new GateError('ARTIFACT_DIGEST_MISMATCH', `no in-toto subject has the artifact's digest (${shown})`, {
    file,
    fix: 'check that the bundle belongs to this artifact',
  });
}

/** The digest algorithms the statement's subjects use that the core can compute. */
export function readSubjectAlgorithms(statement: unknown): Array<'sha256' | 'sha384' | 'sha512'> {
  const out = new Set<'sha256' | 'sha384' | 'sha512'>();
  const subjects = (statement as { subject?: unknown } | null)?.subject;
  if (Array.isArray(subjects)) {
    for (const s of subjects) {
      const d = (s as { digest?: Record<string, unknown> } | null)?.digest;
      for (const a of ['sha256', 'sha384', 'sha512'] as const) if (d && typeof d[a] === 'string') out.add(a);
    }
  }
  return [...out];
}
