/**
 * The rule catalogue: every rule id a finding can carry, with a one-line description and
 * the help text reports show (SARIF `rules[]`, the job summary, the README table).
 * Ids are stable: users write them in `exceptions[].rules`.
 */
export type RuleId =
  | 'registry-signatures'
  | 'integrity'
  | 'provenance'
  | 'provenance-regression'
  | 'source-mismatch'
  | 'sources'
  | 'trusted-builders'
  | 'deny'
  | 'licenses'
  | 'minimum-release-age'
  | 'install-scripts'
  | 'artifact-missing'
  | 'artifact-signature'
  | 'artifact-identity'
  | 'artifact-source'
  | 'artifact-builder'
  | 'artifact-predicate-type'
  | 'artifact-runner'
  | 'exception-expired'
  | 'exception-stale';

export interface RuleHelp {
  /** Short title, e.g. for SARIF `shortDescription`. */
  title: string;
  /** What the rule checks and how to fix or waive a violation. */
  help: string;
  /** Policy key that configures it. */
  policyKey: string;
}

export const RULES: Record<RuleId, RuleHelp> = {
  'registry-signatures': { policyKey: 'dependencies.registry-signatures', title: 'npm registry signature', help: 'The registry signs name@version:integrity. Invalid always fails; missing fails under require (default) and warns under warn. Fix: install from a registry that serves signatures, or set attestations-registry past a mirror that strips them.' },
  integrity: { policyKey: 'dependencies.registry-signatures', title: 'Lockfile integrity matches the registry', help: "The lockfile's integrity must equal the registry's dist.integrity; a mismatch means the lockfile or the registry was tampered with. Fix: regenerate the lockfile and review the diff." },
  provenance: { policyKey: 'dependencies.provenance', title: 'Provenance attestation', help: 'The package should carry a verified provenance attestation (npm publish --provenance). Invalid always fails; missing warns (default) or fails under require.' },
  'provenance-regression': { policyKey: 'dependencies.provenance-regression', title: 'Provenance regression', help: 'An earlier version of the same major line had provenance and this one lacks it, or was built from another repository/workflow — the pattern of a hijacked publish token. Fix: stay on the previous version until the publisher confirms.' },
  'source-mismatch': { policyKey: 'dependencies.source-mismatch', title: 'Provenance source differs from the manifest', help: "The provenance's source repository is not the repository the package's manifest declares." },
  sources: { policyKey: 'dependencies.sources', title: 'Built from an allowed source', help: 'Packages matching a sources[] pattern must have verified provenance from one of the listed repositories (and workflows).' },
  'trusted-builders': { policyKey: 'dependencies.trusted-builders', title: 'Built by a trusted builder', help: 'The provenance builder id must match dependencies.trusted-builders (a pattern without @ accepts any version of the builder).' },
  deny: { policyKey: 'dependencies.deny', title: 'Denied package', help: 'The package name and version match a deny entry (compromised or banned release). Fix: remove it or move outside the denied range.' },
  licenses: { policyKey: 'dependencies.licenses', title: 'License allowed', help: 'The SPDX expression must have at least one choice whose licenses are all allowed and none denied (MIT OR GPL-3.0-only passes with MIT allowed). Unknown licenses follow licenses.unknown.' },
  'minimum-release-age': { policyKey: 'dependencies.minimum-release-age', title: 'Minimum release age (cooldown)', help: 'The version must have been published at least N days ago, so malicious releases are caught by others first. Fix: wait, or pin the previous version.' },
  'install-scripts': { policyKey: 'dependencies.install-scripts', title: 'Install scripts allowed', help: 'Packages with preinstall/install/postinstall scripts must be listed in install-scripts.allow.' },
  'artifact-missing': { policyKey: 'artifacts[].required', title: 'Artifact evidence present', help: 'A required artifact (or its signature/attestation) was not found.' },
  'artifact-signature': { policyKey: 'artifacts[]', title: 'Artifact signature valid', help: 'The artifact bundle or attestation did not verify (or could not be verified).' },
  'artifact-identity': { policyKey: 'artifacts[].identity', title: 'Artifact signer identity', help: 'The certificate issuer and SAN (exact, anchored regex, or signer workflow) must match artifacts[].identity.' },
  'artifact-source': { policyKey: 'artifacts[].source-repo, ref, tag', title: 'Artifact source repository and ref', help: 'The provenance source repository and ref must match artifacts[].source-repo and ref/tag.' },
  'artifact-builder': { policyKey: 'artifacts[].builder-ids', title: 'Artifact builder', help: 'The provenance builder id must match artifacts[].builder-ids.' },
  'artifact-predicate-type': { policyKey: 'artifacts[].predicate-type', title: 'Attestation predicate type', help: 'The attestation predicate type must equal artifacts[].predicate-type.' },
  'artifact-runner': { policyKey: 'artifacts[].deny-self-hosted-runners', title: 'Built on a GitHub-hosted runner', help: 'The certificate says the build ran on a self-hosted runner, which the policy denies.' },
  'exception-expired': { policyKey: 'exceptions[].expires', title: 'Exception expired', help: 'An exception passed its expiry date: it no longer waives anything and fails the gate (POLICY_EXCEPTION_EXPIRED). Fix what it waived, or review it and move the date.' },
  'exception-stale': { policyKey: 'exceptions[]', title: 'Exception matched nothing', help: 'A live exception waived no finding (POLICY_EXCEPTION_STALE): the problem is gone or the package/range is wrong. Remove it.' },
};
