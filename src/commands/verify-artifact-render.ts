/** verify-artifact's terminal output: one block per artifact, status first, facts indented. */
import type { ArtifactVerification } from '../types.js';

const LABEL: Record<ArtifactVerification['status'], string> = {
  verified: 'verified',
  invalid: 'INVALID',
  unverifiable: 'UNVERIFIABLE',
  missing: 'MISSING',
};

export function renderArtifactReport(results: ArtifactVerification[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${LABEL[r.status]}  ${r.subject}  ${r.digest.algorithm}:${r.digest.hex}`);
    if (r.reason) lines.push(`  reason     ${r.reason.code}: ${r.reason.message}`);
    const f = r.facts;
    if (f.signerIdentity) lines.push(`  signer     ${f.signerIdentity}${f.issuer ? ` (${f.issuer})` : ''}`);
    if (f.sourceRepo) lines.push(`  source     ${f.sourceRepo}${f.sourceRef ? ` @ ${f.sourceRef}` : ''}${f.sourceCommit ? ` (${f.sourceCommit})` : ''}`);
    if (f.builderId) lines.push(`  builder    ${f.builderId}`);
    if (f.buildType) lines.push(`  build type ${f.buildType}`);
    if (f.predicateType) lines.push(`  predicate  ${f.predicateType}`);
    if (f.logTime) lines.push(`  log time   ${f.logTime}${f.logIndex ? ` (index ${f.logIndex})` : ''}`);
    if (r.evidence) lines.push(`  evidence   ${r.evidence}`);
  }
  const verified = results.filter((r) => r.status === 'verified').length;
  lines.push(`${verified}/${results.length} artifact(s) verified`);
  return `${lines.join('\n')}\n`;
}
