/**
 * Artifact rules: each `artifacts[]` entry applies to the verified artifacts its path glob
 * matches. The artifact verifier may already have enforced these requirements (they are
 * handed to it by artifactRequirementsFor); checking the verified facts again here keeps
 * the policy correct on its own, and maps the verifier's reason codes to rule ids.
 */
import { matchesPathGlob } from '../config/patterns.js';
import type { ArtifactRequirement, Policy } from '../config/types.js';
import type { ArtifactVerification, SourceLocation } from '../types.js';
import { checkArtifactFacts } from './artifact-facts.js';
import type { Draft } from './model.js';

/** The `artifacts[]` entries that apply to a workspace-relative path, as plain data (copies). */
export function artifactRequirementsFor(path: string, policy: Policy): ArtifactRequirement[] {
  return policy.artifacts.filter((a) => matchesPathGlob(path, a.path)).map((a) => structuredClone(a));
}

/** Verifier reason codes → the rule id a user waives. */
const RULE_BY_CODE: Record<string, string> = {
  IDENTITY_MISMATCH: 'artifact-identity',
  PROVENANCE_SOURCE_MISMATCH: 'artifact-source',
  PROVENANCE_BUILDER_MISMATCH: 'artifact-builder',
  PROVENANCE_PREDICATE_MISMATCH: 'artifact-predicate-type',
  BUNDLE_NOT_FOUND: 'artifact-missing',
};

type Body = Pick<Draft, 'ruleId' | 'severity' | 'code' | 'message' | 'fix'>;

export function evaluateArtifacts(artifacts: ArtifactVerification[], policy: Policy): Draft[] {
  const out: Draft[] = [];
  const draft = (subject: string, body: Body, location: SourceLocation | undefined): Draft => ({
    subject,
    target: { kind: 'artifact', path: subject },
    ...body,
    ...(location ? { location } : {}),
  });
  for (const a of artifacts) {
    const reqs = policy.artifacts.filter((r) => matchesPathGlob(a.subject, r.path));
    const first = reqs[0] ? policy.locations[reqs[0].policyPath] : undefined;
    const body = evaluateStatus(a, reqs, policy);
    if (body) {
      out.push(draft(a.subject, body, first));
      continue;
    }
    for (const r of reqs) {
      for (const f of checkArtifactFacts(a.facts, r)) out.push(draft(a.subject, f, policy.locations[r.policyPath]));
    }
  }
  for (const r of policy.artifacts) {
    if (!r.required || artifacts.some((a) => matchesPathGlob(a.subject, r.path))) continue;
    const body: Body = {
      ruleId: 'artifact-missing',
      severity: 'fail',
      code: 'POLICY_ARTIFACT_NOT_FOUND',
      message: `No artifact matching ${r.path} was verified; ${r.policyPath} marks it required.`,
      fix: 'Pass the built files to the gate (input `artifacts` / verify-artifact), or set required: false.',
    };
    out.push(draft(r.path, body, policy.locations[r.policyPath]));
  }
  return out;
}

/** A finding for an artifact that did not verify; undefined when it verified. */
function evaluateStatus(a: ArtifactVerification, reqs: ArtifactRequirement[], policy: Policy): Body | undefined {
  const required = reqs.some((r) => r.required);
  const why = a.reason ? `: ${a.reason.message}` : '';
  const code = a.reason?.code;
  switch (a.status) {
    case 'verified':
      return undefined;
    case 'invalid':
      return {
        ruleId: RULE_BY_CODE[code ?? ''] ?? 'artifact-signature',
        severity: 'fail',
        code: code ?? 'POLICY_VIOLATION',
        message: `${a.subject} failed verification${why}.`,
        fix: 'Rebuild and re-attest it from the expected workflow, and check nothing replaced it.',
      };
    case 'missing':
      return {
        ruleId: 'artifact-missing',
        severity: required ? 'fail' : 'warn',
        code: code ?? 'BUNDLE_NOT_FOUND',
        message: `${a.subject} has no signature or attestation${why}${required ? '; the policy requires one' : ''}.`,
        fix: 'Attest it in the release workflow (actions/attest-build-provenance) or put its bundle beside it.',
      };
    case 'unverifiable':
      return {
        ruleId: 'artifact-signature',
        severity: required ? 'fail' : policy.dependencies.unverifiable,
        code: code ?? 'POLICY_CHECK_NOT_RUN',
        message: `${a.subject} could not be verified${why}.`,
        fix: 'Provide the trust root and evidence needed to verify it offline (--trusted-root, bundle beside the file).',
      };
  }
}
