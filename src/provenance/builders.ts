/**
 * The builders provenance-gate knows out of the box, and the rules slsa-verifier
 * applies to them. A builder is named by its id without version
 * (`https://github.com/o/r/.github/workflows/x.yml`); policies extend the list.
 */

/** How a builder's identity relates to the signing certificate. */
export type BuilderKind =
  /** The certificate SAN is the builder (slsa-github-generator reusable workflows). */
  | 'reusable-workflow'
  /** The SAN is a BYOB delegator; the builder id in the statement names the tool workflow. */
  | 'byob-delegator'
  /** The SAN is the repository's own workflow on GitHub-hosted infrastructure (GitHub artifact attestations, npm CLI). */
  | 'github-workflow';

/** A trusted builder; `requireSemverTag` = must be referenced at `refs/tags/vX.Y.Z`. */
export interface TrustedBuilder {
  id: string;
  kind: BuilderKind;
  requireSemverTag?: boolean;
}

export const SLSA_GITHUB_GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator';
const WF = `${SLSA_GITHUB_GENERATOR}/.github/workflows`;

/** slsa-github-generator's builders, as slsa-verifier trusts them for verify-artifact. */
export const DEFAULT_TRUSTED_BUILDERS: readonly TrustedBuilder[] = [
  { id: `${WF}/generator_generic_slsa3.yml`, kind: 'reusable-workflow', requireSemverTag: true },
  { id: `${WF}/builder_go_slsa3.yml`, kind: 'reusable-workflow', requireSemverTag: true },
  { id: `${WF}/builder_container-based_slsa3.yml`, kind: 'reusable-workflow', requireSemverTag: true },
  { id: `${WF}/builder_docker-based_slsa3.yml`, kind: 'reusable-workflow', requireSemverTag: true },
  { id: `${WF}/generator_container_slsa3.yml`, kind: 'reusable-workflow', requireSemverTag: true },
  { id: `${WF}/delegator_generic_slsa3.yml`, kind: 'byob-delegator', requireSemverTag: true },
  { id: `${WF}/delegator_lowperms-generic_slsa3.yml`, kind: 'byob-delegator', requireSemverTag: true },
];

/** Tool workflows (BYOB) slsa-github-generator ships; others must be named with --builder-id. */
export const DEFAULT_BYOB_TOOL_PREFIX = `${WF}/`;

/** The build types of GitHub's own attestations and the npm CLI: the signer is the repository's workflow. */
export const GITHUB_WORKFLOW_BUILD_TYPES: readonly string[] = [
  'https://actions.github.io/buildtypes/workflow/v1',
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
  'https://github.com/Attestations/GitHubActionsWorkflow@v1',
  'https://github.com/npm/cli/gha/v2',
  'https://github.com/npm/cli/gha@v1',
  'https://github.com/npm/cli/gha@v0',
];

/** Build types whose builder id names the platform (runner, npm CLI), not the signing workflow. */
const RUNNER_BUILD_TYPES: ReadonlySet<string> = new Set(GITHUB_WORKFLOW_BUILD_TYPES.filter((t) => !t.startsWith('https://actions.github.io/')));

/** npm CLI provenance names GitHub's runner as the builder. */
export const GITHUB_RUNNER_BUILDER_IDS: readonly string[] = [
  'https://github.com/actions/runner',
  'https://github.com/actions/runner/github-hosted',
  'https://github.com/actions/runner/self-hosted',
];

/**
 * Whether the statement's builder id must equal the certificate's signing workflow:
 * `signer-is-builder` for reusable-workflow builders and GitHub attestations,
 * `delegated` for BYOB (the SAN is the delegator), `runner` for npm CLI provenance.
 * The npm CLI build types name the tool the repository's own workflow ran — GitHub's
 * runner (v1) or the npm CLI itself (v0.2: `https://github.com/npm/cli@9.4.2`) — never
 * the signer. The build type decides: an `npm/cli@` builder id under a reusable-workflow
 * build type is still compared with the signer.
 */
export function classifyBuildType(buildType: string, builderId: string): 'signer-is-builder' | 'delegated' | 'runner' {
  if (GITHUB_RUNNER_BUILDER_IDS.includes(builderId)) return 'runner';
  if (RUNNER_BUILD_TYPES.has(buildType)) return 'runner';
  if (/\/delegator-(generic|lowperms)/.test(buildType) || /\/delegator_(generic|lowperms-generic)_slsa3\.yml/.test(buildType)) return 'delegated';
  if (buildType.startsWith(`${SLSA_GITHUB_GENERATOR}/delegator`)) return 'delegated';
  return 'signer-is-builder';
}

/** The trusted builder entry for a builder name (id without version), if any. */
export function findTrustedBuilder(name: string, builders: readonly TrustedBuilder[]): TrustedBuilder | undefined {
  return builders.find((b) => b.id === name);
}
