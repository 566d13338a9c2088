/**
 * Check 5 — provenance regression: a version without provenance while an earlier
 * version of the same major line had it, or whose source repository / publishing
 * workflow differs from the last provenance-bearing version. The 2025 npm worm
 * published exactly such versions with stolen tokens, from laptops, not CI.
 */
import semver from 'semver';
import type { Packument } from '../registry/types.js';
import type { PackageVerification, ProvenanceCheck } from '../types.js';

/** The latest version below `version` in the same major line whose manifest advertises attestations. */
export function findPreviousAttested(packument: Packument, version: string): string | undefined {
  const current = semver.parse(version);
  if (!current) return undefined;
  let best: string | undefined;
  for (const [v, m] of Object.entries(packument.versions)) {
    const p = semver.parse(v);
    if (!p || p.major !== current.major || !semver.lt(p, current) || !m.attestationsUrl) continue;
    if (!best || semver.gt(p, best)) best = v;
  }
  return best;
}

/** A version that lost its provenance. */
export function toMissingRegression(previousVersion: string): NonNullable<PackageVerification['regression']> {
  return {
    kind: 'missing',
    previousVersion,
    message: `no provenance, but ${previousVersion} of the same major line was published with provenance`,
  };
}

/** Compares the source and workflow of two verified provenances. */
export function compareProvenance(current: ProvenanceCheck, previous: ProvenanceCheck, previousVersion: string): PackageVerification['regression'] {
  const norm = (s: string | undefined) => s?.toLowerCase();
  if (previous.sourceRepo && norm(current.sourceRepo) !== norm(previous.sourceRepo)) {
    return {
      kind: 'source-changed',
      previousVersion,
      message: `built from ${current.sourceRepo ?? '(unknown)'}, but ${previousVersion} was built from ${previous.sourceRepo}`,
    };
  }
  if (previous.workflow && norm(current.workflow) !== norm(previous.workflow)) {
    return {
      kind: 'workflow-changed',
      previousVersion,
      message: `published by ${current.workflow ?? '(unknown)'}, but ${previousVersion} was published by ${previous.workflow}`,
    };
  }
  return undefined;
}
