/**
 * Compares a verified artifact's facts with one `artifacts[]` requirement. A fact the
 * evidence does not state never satisfies a requirement. SAN regexes are anchored
 * (`^(?:…)$`) so `myorg/app` cannot match `evil/myorg/app-fork`.
 */
import { matchesGlob } from '../config/patterns.js';
import type { ArtifactRequirement } from '../config/types.js';
import type { ProvenanceFacts } from '../types.js';
import { matchesBuilder, matchesRepo, matchesWorkflow } from './matching.js';
import type { Draft } from './model.js';

type FactFinding = Pick<Draft, 'ruleId' | 'severity' | 'code' | 'message' | 'fix'>;

const NOT_STATED = '(not stated)';

export function checkArtifactFacts(f: ProvenanceFacts, r: ArtifactRequirement): FactFinding[] {
  const out: FactFinding[] = [];
  const fail = (ruleId: string, code: string, expected: string, got: string | undefined, fix: string) =>
    out.push({ ruleId, severity: 'fail', code, message: `Expected ${expected}; got ${got ?? NOT_STATED} (${r.policyPath}).`, fix });
  const id = r.identity;
  if (id) {
    const san = f.signerIdentity;
    const identityFix = 'Sign from the expected workflow/identity, or correct artifacts[].identity.';
    if (id.issuer !== undefined && f.issuer !== id.issuer) fail('artifact-identity', 'IDENTITY_MISMATCH', `issuer ${id.issuer}`, f.issuer, identityFix);
    if (id.san !== undefined && san !== id.san) fail('artifact-identity', 'IDENTITY_MISMATCH', `signer ${id.san}`, san, identityFix);
    if (id.sanRegex !== undefined && (san === undefined || !new RegExp(`^(?:${id.sanRegex})$`).test(san))) {
      fail('artifact-identity', 'IDENTITY_MISMATCH', `a signer matching ^(?:${id.sanRegex})$`, san, identityFix);
    }
    if (id.signerWorkflow !== undefined && !matchesWorkflow(san, [id.signerWorkflow])) {
      fail('artifact-identity', 'IDENTITY_MISMATCH', `signer workflow ${id.signerWorkflow}`, san, identityFix);
    }
  }
  const sourceFix = 'Build the release from the expected repository and ref, or correct the policy entry.';
  if (r.sourceRepo !== undefined && !matchesRepo(f.sourceRepo, [r.sourceRepo])) {
    fail('artifact-source', 'PROVENANCE_SOURCE_MISMATCH', `source repository ${r.sourceRepo}`, f.sourceRepo, sourceFix);
  }
  if (r.refs !== undefined && (f.sourceRef === undefined || !r.refs.some((p) => matchesGlob(f.sourceRef ?? '', p)))) {
    fail('artifact-source', 'PROVENANCE_SOURCE_MISMATCH', `source ref ${r.refs.join(' | ')}`, f.sourceRef, sourceFix);
  }
  if (r.builderIds !== undefined && !matchesBuilder(f.builderId, r.builderIds)) {
    fail('artifact-builder', 'PROVENANCE_BUILDER_MISMATCH', `builder ${r.builderIds.join(' | ')}`, f.builderId, 'Build with one of the listed builders, or add this builder to builder-ids.');
  }
  if (r.predicateType !== undefined && f.predicateType !== r.predicateType) {
    fail('artifact-predicate-type', 'PROVENANCE_PREDICATE_MISMATCH', `predicate type ${r.predicateType}`, f.predicateType, 'Attest with the expected predicate type.');
  }
  if (r.denySelfHostedRunners && f.runnerEnvironment === 'self-hosted') {
    fail('artifact-runner', 'IDENTITY_MISMATCH', 'a GitHub-hosted runner', 'self-hosted', 'Build the release on a GitHub-hosted runner.');
  }
  return out;
}
