/** Types of the artifacts stage: what to verify and how. */
import type { CertificateExpectations, ProvenanceExpectations, TrustedBuilder } from '../provenance/index.js';
import type { ArtifactDigest, IdentityPolicy, Trust } from '../sigstore/index.js';
import type { GithubAttestationsOptions } from './github-api.js';

/** One artifact: a file (path relative to cwd, or absolute) or only a digest. */
export interface ArtifactSubject {
  path?: string;
  digest?: ArtifactDigest;
  /** What reports call it; default the path or `sha256:<hex>`. */
  display?: string;
}

export interface VerifyArtifactsOptions {
  cwd: string;
  trust: Trust;
  /** `--bundle` files: used instead of discovery when given. */
  bundles?: string[];
  /** Also ask GitHub's attestations API (needs repo or owner). */
  github?: GithubAttestationsOptions;
  /** `--cert-identity`, `--cert-identity-regex` (anchored), `--cert-oidc-issuer`. */
  identity?: IdentityPolicy;
  /** slsa-verifier flags. */
  provenance?: ProvenanceExpectations;
  /** gh attestation verify flags. */
  certificate?: CertificateExpectations;
  /** Builders trusted besides the defaults (policy `trusted-builders`). */
  trustedBuilders?: readonly TrustedBuilder[];
  /** Key-signed bundles are pinned by the key (`--key`). */
  keyPinned?: boolean;
  /** `--digest-alg`: which digest the report shows (both are always compared). */
  digestAlgorithm?: 'sha256' | 'sha512';
  concurrency?: number;
}
