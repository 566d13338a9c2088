/**
 * Types of the provenance stage: in-toto statements, SLSA provenance (v0.2 and v1)
 * reduced to one shape, and what a caller expects of it. Absent field = not stated
 * (provenance) or not checked (expectations) — never "empty matches anything".
 */

export const IN_TOTO_STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Pre-release v1 used by early BYOB builders. */
export const SLSA_PROVENANCE_V1_DRAFT = 'https://slsa.dev/provenance/v1.0?draft';
export const NPM_PUBLISH_V01 = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';

/** `--predicate-type` default: any SLSA provenance. */
export const DEFAULT_PREDICATE_TYPES: readonly string[] = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1_DRAFT];

export interface InTotoSubject {
  name: string;
  /** algorithm → lower-case hex */
  digest: Record<string, string>;
}

/** A parsed in-toto statement (v0.1 or v1). */
export interface InTotoStatement {
  type: string;
  subjects: InTotoSubject[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

/**
 * An SLSA provenance predicate reduced to what the checks need, whatever its version
 * or build type. Everything here is what the *statement claims* (forgeable by the
 * workflow that signed it) until `checkProvenanceAgainstCertificate` has passed.
 */
export interface SlsaProvenance {
  predicateType: string;
  slsaVersion: '0.2' | '1';
  builderId: string;
  buildType: string;
  /** The URI that triggered the build, with ref: `git+https://github.com/o/r@refs/tags/v1`. */
  triggerUri?: string;
  /** The first material / resolved dependency, with ref when stated. */
  materialUri?: string;
  /** Repository without scheme or ref: `github.com/o/r`. */
  repository?: string;
  /** Full git ref: `refs/heads/main`, `refs/tags/v1.2.3`. */
  sourceRef?: string;
  sourceCommit?: string;
  /** GitHub event name (`push`, `workflow_dispatch`, `release`, …). */
  trigger?: string;
  /** For tag pushes: the branch the tag was made from (event payload `base_ref`). */
  baseRef?: string;
  /** Caller workflow path in the repository: `.github/workflows/release.yml`. */
  workflowPath?: string;
  workflowInputs?: Record<string, unknown>;
  repositoryId?: string;
  repositoryOwnerId?: string;
  runnerEnvironment?: string;
  invocationId?: string;
}

/** What the caller expects of a provenance statement (slsa-verifier flag semantics). */
export interface ProvenanceExpectations {
  /** `--source-uri` (`github.com/o/r`, with or without scheme). */
  sourceUri?: string;
  sourceTag?: string;
  sourceBranch?: string;
  /** `--source-versioned-tag`: semver prefix match (`v1` matches v1.x.y). */
  sourceVersionedTag?: string;
  /** `--builder-id` (`name`, `name@v1.2.3` or `name@refs/tags/v1.2.3`). */
  builderId?: string;
  /** `--build-workflow-input k=v`. */
  workflowInputs?: Record<string, string>;
  /** `--predicate-type`; default DEFAULT_PREDICATE_TYPES. */
  predicateTypes?: readonly string[];
}

/** gh attestation verify's certificate checks (all exact, against Fulcio extensions). */
export interface CertificateExpectations {
  /** `--owner`: source repository owner. */
  owner?: string;
  /** `--repo owner/name`: source repository. */
  repo?: string;
  /** `--signer-workflow [host/]owner/repo/path`: the signing workflow (SAN prefix). */
  signerWorkflow?: string;
  /** `--signer-repo owner/name`: repository of the signing workflow. */
  signerRepo?: string;
  signerDigest?: string;
  sourceRef?: string;
  sourceDigest?: string;
  denySelfHostedRunners?: boolean;
  /** `--cert-oidc-issuer`; when owner/repo/signer flags are given and this is not, GitHub Actions' issuer. */
  issuer?: string;
  /** True when --cert-identity(-regex) pins the SAN (then owner/repo do not imply a SAN pattern). */
  sanPinned?: boolean;
}
