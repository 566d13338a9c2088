/**
 * Which builder made this artifact, and is it trusted? The certificate, not the
 * statement, names the builder (its SAN is the workflow that signed), except for BYOB
 * delegators, which sign on behalf of the tool workflow the statement names.
 * Rules follow slsa-verifier: defaults need no flag, `--builder-id` matches by name and
 * optionally version, slsa-github-generator builders must be used at a vX.Y.Z tag.
 */
import { GateError } from '../errors.js';
import type { CertificateFacts } from '../sigstore/index.js';
import {
  classifyBuildType,
  DEFAULT_BYOB_TOOL_PREFIX,
  findTrustedBuilder,
  GITHUB_WORKFLOW_BUILD_TYPES,
  SLSA_GITHUB_GENERATOR,
  type TrustedBuilder,
} from './builders.js';
import { normalizeRepository, parseWorkflowIdentity } from './git-uri.js';
import type { SlsaProvenance } from './types.js';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

export interface BuilderCheckOptions {
  /** `--builder-id`. */
  expectedBuilderId?: string;
  trustedBuilders: readonly TrustedBuilder[];
  /** The user pinned the signer (certificate identity, owner/repo/signer flags, a key): no builder list needed. */
  identityPinned: boolean;
}

const SEMVER_TAG = /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Matches `actual` (`name@ref`) against `--builder-id` (`name`, `name@v1.2.3`, `name@refs/tags/v1.2.3`). */
export function matchesBuilderId(actual: string, expected: string): boolean {
  const a = parseWorkflowIdentity(actual);
  const e = parseWorkflowIdentity(expected);
  if (a.name !== e.name) return false;
  if (e.ref === undefined || e.ref === '') return true;
  return e.ref === a.ref || `refs/tags/${e.ref}` === a.ref;
}

function untrusted(message: string, file?: string): GateError {
  return new GateError('PROVENANCE_BUILDER_UNTRUSTED', message, {
    file,
    fix: 'name the builder you trust with --builder-id (or pin the signer with --signer-workflow / --cert-identity)',
  });
}

function checkVersionRule(name: string, ref: string | undefined, entry: TrustedBuilder | undefined, file?: string): void {
  const required = entry?.requireSemverTag ?? name.startsWith(`${SLSA_GITHUB_GENERATOR}/`);
  if (required && !SEMVER_TAG.test(ref ?? '')) {
    throw untrusted(`builder ${name} is referenced at '${ref ?? ''}', not at a release tag refs/tags/vX.Y.Z`, file);
  }
}

/**
 * Returns the verified builder id (`name@ref`) or throws PROVENANCE_BUILDER_UNTRUSTED /
 * PROVENANCE_BUILDER_MISMATCH.
 */
export function checkBuilder(prov: SlsaProvenance, cert: CertificateFacts | undefined, options: BuilderCheckOptions, file?: string): string {
  const expected = options.expectedBuilderId;
  const signer = cert?.extensions.buildSignerURI ?? cert?.subjectAlternativeName;
  const workflow = signer && cert?.issuer === GITHUB_ACTIONS_ISSUER ? parseWorkflowIdentity(signer) : undefined;
  if (!workflow?.repository) {
    // No workflow identity in the certificate (key-signed, email SAN): only the user's pin vouches.
    if (expected !== undefined && !matchesBuilderId(prov.builderId, expected)) {
      throw new GateError('PROVENANCE_BUILDER_MISMATCH', `builder ${prov.builderId} does not match --builder-id ${expected}`, { file });
    }
    if (!options.identityPinned && expected === undefined) throw untrusted(`the signer is not a GitHub workflow, so builder ${prov.builderId} cannot be trusted`, file);
    return prov.builderId;
  }
  const entry = findTrustedBuilder(workflow.name, options.trustedBuilders);
  if (entry?.kind === 'byob-delegator') return checkDelegatedBuilder(prov, workflow, entry, options, file);

  const builderId = `${workflow.name}@${workflow.ref ?? ''}`;
  if (expected !== undefined) {
    if (!matchesBuilderId(builderId, expected)) {
      throw new GateError('PROVENANCE_BUILDER_MISMATCH', `the signing workflow ${builderId} does not match --builder-id ${expected}`, { file });
    }
  } else if (!entry && !options.identityPinned && !isOwnRepositoryWorkflow(prov, cert!, workflow.repository)) {
    throw untrusted(`the signing workflow ${builderId} is not a trusted builder`, file);
  }
  checkVersionRule(workflow.name, workflow.ref, entry, file);
  return classifyBuildType(prov.buildType, prov.builderId) === 'runner' ? prov.builderId : builderId;
}

/** GitHub attestations / npm CLI: trusted when the repository's own workflow signed. */
function isOwnRepositoryWorkflow(prov: SlsaProvenance, cert: CertificateFacts, signerRepository: string): boolean {
  const known = GITHUB_WORKFLOW_BUILD_TYPES.includes(prov.buildType) || classifyBuildType(prov.buildType, prov.builderId) === 'runner';
  const source = cert.extensions.sourceRepositoryURI ?? (cert.extensions.githubWorkflowRepository ? `github.com/${cert.extensions.githubWorkflowRepository}` : undefined);
  return known && source !== undefined && normalizeRepository(source).toLowerCase() === signerRepository.toLowerCase();
}

function checkDelegatedBuilder(
  prov: SlsaProvenance,
  delegator: { name: string; ref?: string },
  entry: TrustedBuilder,
  options: BuilderCheckOptions,
  file?: string,
): string {
  checkVersionRule(delegator.name, delegator.ref, entry, file);
  const tool = parseWorkflowIdentity(prov.builderId);
  if (tool.ref === undefined || tool.ref === '') throw untrusted(`BYOB builder id ${prov.builderId} has no version`, file);
  const expected = options.expectedBuilderId;
  if (expected !== undefined) {
    if (!matchesBuilderId(prov.builderId, expected)) {
      throw new GateError('PROVENANCE_BUILDER_MISMATCH', `builder ${prov.builderId} does not match --builder-id ${expected}`, { file });
    }
  } else if (!tool.name.startsWith(DEFAULT_BYOB_TOOL_PREFIX) && !findTrustedBuilder(tool.name, options.trustedBuilders) && !options.identityPinned) {
    throw untrusted(`BYOB tool workflow ${tool.name} is not a trusted builder`, file);
  }
  // slsa-verifier: the tool workflow must be referenced at a release tag too.
  if (tool.name.startsWith(DEFAULT_BYOB_TOOL_PREFIX) && !SEMVER_TAG.test(tool.ref)) {
    throw untrusted(`builder ${tool.name} is referenced at '${tool.ref}', not at a release tag refs/tags/vX.Y.Z`, file);
  }
  return prov.builderId;
}
