/**
 * What each policy rule means, for people reading a report: a title, help text that says
 * how to fix or waive it, and a SARIF security-severity. The rule ids are the ones the
 * policy emits (`Finding.ruleId`) and that `exceptions[].rules` names; an id this table
 * does not know still renders, with generic help, so a new rule never breaks a report.
 */

/** Help for one rule, shared by SARIF `rules[]`, the job summary and the console. */
export interface RuleHelp {
  id: string;
  title: string;
  /** One paragraph: what the rule checks and what to do when it fails. */
  help: string;
  /** GitHub code scanning ranks alerts by this (0.1–10; ≥7 high, ≥9 critical). */
  securitySeverity: number;
}

const RULES: readonly RuleHelp[] = [
  rule('registry-signatures', 'npm registry signature', 8.1,
    'The npm registry signs every package version (name@version:integrity) with a published key. A missing signature means the package came from a registry or mirror that does not sign; an invalid one means the tarball or the lockfile integrity does not match what the registry signed. Reinstall from the public registry (or set attestations-registry to one that signs), or add an exception with a reason and expiry.'),
  rule('integrity', 'Lockfile integrity', 8.1,
    "The integrity recorded in the lockfile differs from the registry's dist.integrity. Regenerate the lockfile from a trusted registry and review the diff; never waive this for long."),
  rule('provenance', 'SLSA provenance', 5.3,
    'The package has no valid npm provenance attestation (a Sigstore-signed SLSA statement linking the tarball to a source repository, commit and build). Ask the publisher to publish with `npm publish --provenance` from CI, exclude the package in `dependencies.provenance.exclude`, or add an exception with a reason and expiry.'),
  rule('provenance-regression', 'Provenance regression', 7.5,
    'An earlier version of this package had provenance and this one lacks it, or was built from another repository or workflow. That is how a hijacked publish token looks: check the release with the maintainers before accepting it, then pin the previous version or add an exception.'),
  rule('source-mismatch', 'Source repository mismatch', 6.5,
    "The repository in the package's provenance differs from the `repository` field of its manifest. Check that the package is built from the repository it claims; add an exception if the move is legitimate."),
  rule('sources', 'Source repository not allowed', 7.5,
    'The policy requires packages matching this pattern to be built from the listed repositories or workflows, and the provenance names another one. Fix the dependency or widen `dependencies.sources` in the policy.'),
  rule('trusted-builders', 'Untrusted builder', 7.5,
    'The provenance was produced by a builder that is not in `trusted-builders`. Add the builder id to the policy if you trust it, or use a package built by a trusted builder.'),
  rule('deny', 'Denied package version', 9.1,
    'This package version is on the policy deny list. Upgrade or remove it (`npm ls <name>` shows who depends on it).'),
  rule('licenses', 'License not allowed', 3.1,
    'The package license (SPDX expression) is not satisfied by `dependencies.licenses`. Replace the package, or allow the license in the policy after legal review.'),
  rule('minimum-release-age', 'Release too new', 4.3,
    'The version was published fewer days ago than `minimum-release-age` allows: fresh releases are where compromised publishes are caught. Wait, pin the previous version, or add a short exception.'),
  rule('install-scripts', 'Install script not allowed', 6.1,
    'The package runs scripts on install and is not in `install-scripts.allow`. Review the scripts, then add the package to the allow list, or install with `--ignore-scripts`.'),
  rule('artifact-missing', 'Required artifact not found', 7.5,
    'An `artifacts[]` entry with `required: true` matched no file. Check the path glob against what the build produces, or make the entry optional.'),
  rule('artifact-signature', 'Artifact signature', 8.8,
    'The artifact has no Sigstore bundle or attestation, or the one found does not verify against it (wrong digest, bad signature, untrusted certificate or log entry). Attest the artifact in the release workflow (actions/attest-build-provenance) and pass the bundle or let the gate fetch it.'),
  rule('artifact-identity', 'Artifact signer identity', 8.8,
    'The artifact was signed by another identity (issuer, certificate SAN or signer workflow) than `artifacts[].identity` expects. Build and sign it from the expected workflow, or correct the identity in the policy.'),
  rule('artifact-source', 'Artifact source repository or ref', 8.1,
    'The provenance names another source repository or ref than `artifacts[].source-repo` / `ref` allow. Release from the expected repository and tag, or correct the policy.'),
  rule('artifact-builder', 'Artifact builder', 7.5,
    'The provenance was produced by a builder that is not in `artifacts[].builder-ids`. Build with a listed builder, or add the builder id to the policy.'),
  rule('artifact-predicate-type', 'Artifact predicate type', 5.3,
    'The attestation has another predicate type than `artifacts[].predicate-type` requires (e.g. SLSA provenance v1). Attest with the expected predicate type, or correct the policy.'),
  rule('artifact-runner', 'Self-hosted runner', 6.5,
    'The artifact was built on a self-hosted runner and `deny-self-hosted-runners` is set. Build on a GitHub-hosted runner, or lift the restriction for this artifact.'),
  rule('exception-expired', 'Exception expired', 5.0,
    'A waiver in `exceptions` has passed its `expires` date, so it no longer applies. Fix the underlying problem, or renew the exception with a new date and a reason.'),
  rule('exception-stale', 'Exception matched nothing', 1.0,
    'A waiver in `exceptions` matched no package, artifact or rule in this run. Remove it so the policy states only what is waived today.'),
];

function rule(id: string, title: string, securitySeverity: number, help: string): RuleHelp {
  return { id, title, help, securitySeverity };
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Help for `ruleId`; unknown ids get generic text instead of failing the report. */
export function toRuleHelp(ruleId: string): RuleHelp {
  const known = BY_ID.get(ruleId);
  if (known) return known;
  // Artifact sub-rules added later share the signature help rather than a generic one.
  if (ruleId.startsWith('artifact')) return { ...BY_ID.get('artifact-signature')!, id: ruleId };
  return {
    id: ruleId,
    title: ruleId,
    help: `Policy rule '${ruleId}' failed. The message says what was found; fix it, or add an exception with this rule id, a reason and an expiry date.`,
    securitySeverity: 5.0,
  };
}
