/** Statement and certificate builders for provenance tests: one consistent build, overridable per field. */
import type { CertificateFacts } from '../../src/sigstore/index.js';

export const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml';
export const DELEGATOR = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml';
export const NODEJS_BUILDER = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml';
export const ISSUER = 'https://token.actions.githubusercontent.com';

export interface Build {
  repo: string; // o/r
  ref: string;
  commit: string;
  trigger: string;
  workflowPath: string;
  /** Signing workflow (SAN), full with @ref. */
  signer: string;
  runner: string;
  baseRef?: string | null;
  inputs?: Record<string, unknown>;
}

export const BUILD: Build = {
  repo: 'octo-org/octo-repo',
  ref: 'refs/tags/v1.2.3',
  commit: 'a'.repeat(40),
  trigger: 'push',
  workflowPath: '.github/workflows/release.yml',
  signer: `${GENERATOR}@refs/tags/v2.1.0`,
  runner: 'github-hosted',
  baseRef: 'refs/heads/main',
};

export const SHA256 = 'b'.repeat(64);

/** Fulcio facts for a build (v2 extensions). */
export function toCert(b: Partial<Build> = {}, extra: Partial<CertificateFacts['extensions']> = {}): CertificateFacts {
  const x = { ...BUILD, ...b };
  return {
    subjectAlternativeName: x.signer,
    issuer: ISSUER,
    extensions: {
      issuer: ISSUER,
      buildSignerURI: x.signer,
      runnerEnvironment: x.runner,
      sourceRepositoryURI: `https://github.com/${x.repo}`,
      sourceRepositoryDigest: x.commit,
      sourceRepositoryRef: x.ref,
      sourceRepositoryOwnerURI: `https://github.com/${x.repo.split('/')[0]}`,
      buildConfigURI: `https://github.com/${x.repo}/${x.workflowPath}@${x.ref}`,
      buildTrigger: x.trigger,
      ...extra,
    },
    notBefore: new Date('2025-06-01T00:00:00Z'),
    notAfter: new Date('2025-06-01T00:10:00Z'),
  };
}

/** slsa-github-generator generic v0.2 statement. */
export function toGenericV02(b: Partial<Build> = {}, subjects = [{ name: 'app', digest: { sha256: SHA256 } }]) {
  const x = { ...BUILD, ...b };
  const uri = `git+https://github.com/${x.repo}@${x.ref}`;
  return {
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: 'https://slsa.dev/provenance/v0.2',
    subject: subjects,
    predicate: {
      builder: { id: x.signer },
      buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
      invocation: {
        configSource: { uri, digest: { sha1: x.commit }, entryPoint: x.workflowPath },
        parameters: {},
        environment: {
          github_event_name: x.trigger,
          github_ref: x.ref,
          github_sha1: x.commit,
          github_event_payload: { base_ref: x.baseRef ?? null, ...(x.inputs ? { inputs: x.inputs } : {}) },
        },
      },
      materials: [{ uri, digest: { sha1: x.commit } }],
    },
  };
}

/** GitHub artifact attestation (actions/attest-build-provenance) v1 statement. */
export function toGithubV1(b: Partial<Build> = {}, subjects = [{ name: 'app', digest: { sha256: SHA256 } }]) {
  const x = { ...BUILD, signer: `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@${BUILD.ref}`, ...b };
  return {
    _type: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subject: subjects,
    predicate: {
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: x.ref, repository: `https://github.com/${x.repo}`, path: x.workflowPath } },
        internalParameters: { github: { event_name: x.trigger, runner_environment: x.runner } },
        resolvedDependencies: [{ uri: `git+https://github.com/${x.repo}@${x.ref}`, digest: { gitCommit: x.commit } }],
      },
      runDetails: { builder: { id: x.signer }, metadata: { invocationId: `https://github.com/${x.repo}/actions/runs/1/attempts/1` } },
    },
  };
}

/** BYOB (delegator) v1 statement: the builder id names the tool workflow. */
export function toByobV1(tool: string, b: Partial<Build> = {}, subjects = [{ name: 'app', digest: { sha256: SHA256 } }]) {
  const x = { ...BUILD, ...b };
  return {
    _type: 'https://in-toto.io/Statement/v1',
    predicateType: 'https://slsa.dev/provenance/v1',
    subject: subjects,
    predicate: {
      buildDefinition: {
        buildType: 'https://github.com/slsa-framework/slsa-github-generator/delegator-generic@v0',
        externalParameters: { inputs: x.inputs ?? {}, workflow: { ref: x.ref, repository: `https://github.com/${x.repo}`, path: x.workflowPath } },
        internalParameters: { GITHUB_EVENT_NAME: x.trigger, GITHUB_REF: x.ref, GITHUB_SHA: x.commit },
        resolvedDependencies: [{ uri: `git+https://github.com/${x.repo}@${x.ref}`, digest: { gitCommit: x.commit } }],
      },
      runDetails: { builder: { id: tool } },
    },
  };
}

export function toPayload(statement: unknown): Buffer {
  return Buffer.from(JSON.stringify(statement));
}
