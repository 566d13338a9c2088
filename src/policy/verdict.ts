/**
 * Findings → Verdict. The verdict is decided here and nowhere else: in enforce mode any
 * un-waived `fail` finding fails; audit mode reports the same findings and always passes.
 * Counts per status are always computed, so nothing passes silently.
 */
import type { ArtifactVerification, CheckStatus, Finding, PackageVerification, StatusCounts, Verdict } from '../types.js';

export interface CountsInput {
  packages: PackageVerification[];
  artifacts: ArtifactVerification[];
}

/** A finding blocks the gate when it fails and no exception covers it. */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'fail' && f.exception === undefined;
}

export function toVerdict(findings: Finding[], input: CountsInput, mode: 'enforce' | 'audit'): Verdict {
  const failed = findings.some(isBlocking);
  return { result: mode === 'enforce' && failed ? 'fail' : 'pass', mode, counts: toStatusCounts(findings, input), findings };
}

const ORDER: CheckStatus[] = ['verified', 'missing', 'unverifiable', 'invalid'];

/**
 * One status per subject (package name@version, artifact subject): `excepted` when an
 * exception covered one of its findings and nothing about it still blocks; otherwise the
 * worst status of its checks (invalid > unverifiable > missing > verified).
 */
export function toStatusCounts(findings: Finding[], input: CountsInput): StatusCounts {
  const counts: StatusCounts = { verified: 0, missing: 0, invalid: 0, unverifiable: 0, excepted: 0 };
  const waived = new Set(findings.filter((f) => f.exception).map((f) => f.subject));
  const blocked = new Set(findings.filter(isBlocking).map((f) => f.subject));
  const seen = new Set<string>();
  const add = (subject: string, statuses: CheckStatus[]) => {
    if (seen.has(subject)) return;
    seen.add(subject);
    if (waived.has(subject) && !blocked.has(subject)) counts.excepted += 1;
    else counts[statuses.reduce((w, s) => (ORDER.indexOf(s) > ORDER.indexOf(w) ? s : w), 'verified')] += 1;
  };
  for (const p of input.packages) add(`${p.name}@${p.version}`, [p.signature.status, p.integrity.status, p.provenance.status]);
  for (const a of input.artifacts) add(a.subject, [a.status]);
  return counts;
}
