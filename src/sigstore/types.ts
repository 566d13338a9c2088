/**
 * Public types of the Sigstore verification core (src/sigstore/). Everything other
 * stages need is re-exported from `src/sigstore/index.ts`; import from there only.
 */
import type { Bundle } from '@sigstore/bundle';

/** Hash algorithms the core computes and compares for artifacts. */
export type DigestAlgorithm = 'sha256' | 'sha384' | 'sha512';

/** An artifact digest; `hex` is lower-case hex. */
export interface ArtifactDigest {
  algorithm: DigestAlgorithm;
  hex: string;
}

/**
 * The artifact a bundle is checked against. Give exactly one of:
 * - `data`: the bytes (small artifacts, npm tarballs already in memory);
 * - `path`: a file, hashed streaming (constant memory, any size);
 * - `digest` / `digests`: only the digest(s) (`sha256:<hex>` on the command line).
 * Omit the whole argument to verify a DSSE bundle's signature without binding it to
 * an artifact (the caller then matches the in-toto subjects itself).
 */
export interface ArtifactInput {
  data?: Buffer | Uint8Array;
  path?: string;
  digest?: ArtifactDigest;
  /** Several digests of the same artifact (e.g. sha256 and sha512 from an SRI string). */
  digests?: ArtifactDigest[];
}

/**
 * Who must have signed. All given fields must match (AND). `subjectAlternativeName`
 * and `issuer` are compared exactly; `sanRegex` is ANCHORED by the core (`^(?:re)$`).
 * An identity given for a key-signed bundle (no certificate) is a mismatch.
 */
export interface IdentityPolicy {
  subjectAlternativeName?: string;
  sanRegex?: string;
  issuer?: string;
  /** Anchored regex on the OIDC issuer (cosign's --certificate-oidc-issuer-regexp). */
  issuerRegex?: string;
}

/** Options for `loadTrust`. */
export interface TrustOptions {
  /** Paths of trusted_root.json files (repeatable). Default: the embedded public-good root. */
  trustedRoots?: string[];
  /** Already-parsed trusted_root.json documents (tests, the GitHub trusted-root export). */
  trustedRootDocuments?: unknown[];
  /** Also trust the embedded public-good root next to the custom ones. Default: only when no custom root is given. */
  includePublicGood?: boolean;
  /** Paths of PEM (SPKI) public keys for key-signed bundles (cosign --key). */
  keys?: string[];
  /** PEM texts of public keys (in-memory variant of `keys`). */
  keyPems?: string[];
  /** Use the Sigstore staging instance: needs `trustedRoots` (no staging root is embedded). */
  staging?: boolean;
}

/**
 * Every Fulcio certificate extension (OIDs 1.3.6.1.4.1.57264.1.*), by name.
 * https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
 * `issuer` is the OIDC issuer: .8 (v2, DER UTF8String) preferred, else .1 (v1, raw).
 */
export interface FulcioExtensions {
  /** .1 (deprecated v1 issuer) */
  issuerV1?: string;
  /** .8 */
  issuerV2?: string;
  /** .8 if present, else .1 */
  issuer?: string;
  /** .2 .3 .4 .5 .6 (deprecated GitHub-specific fields) */
  githubWorkflowTrigger?: string;
  githubWorkflowSha?: string;
  githubWorkflowName?: string;
  githubWorkflowRepository?: string;
  githubWorkflowRef?: string;
  /** .9 … .22 */
  buildSignerURI?: string;
  buildSignerDigest?: string;
  runnerEnvironment?: string;
  sourceRepositoryURI?: string;
  sourceRepositoryDigest?: string;
  sourceRepositoryRef?: string;
  sourceRepositoryIdentifier?: string;
  sourceRepositoryOwnerURI?: string;
  sourceRepositoryOwnerIdentifier?: string;
  buildConfigURI?: string;
  buildConfigDigest?: string;
  buildTrigger?: string;
  runInvocationURI?: string;
  sourceRepositoryVisibilityAtSigning?: string;
}

/** The signing certificate of a verified bundle, as identity facts. */
export interface CertificateFacts {
  /** The SAN: URI (workflow identity), email, or other name, as a string. */
  subjectAlternativeName: string;
  /** OIDC issuer (Fulcio extension .8, else .1); '' when the certificate has none. */
  issuer: string;
  /** Issuer organisation of the leaf (`sigstore.dev`, `GitHub, Inc.`). */
  organization?: string;
  extensions: FulcioExtensions;
  notBefore: Date;
  notAfter: Date;
}

/** A bundle that passed `parseBundle`: well-formed, supported version. Not yet trusted. */
export interface ParsedBundle {
  /** The media type as written in the file. */
  mediaType: string;
  /** 0.1, 0.2 or 0.3. */
  version: '0.1' | '0.2' | '0.3';
  content: 'message' | 'dsse';
  /** The @sigstore/bundle object (protobuf-specs shape). */
  bundle: Bundle;
  /** Where it came from, for error messages. */
  file?: string;
}

/** The result of `verifyBundle`: every field here is covered by a verified signature. */
export interface VerifiedBundle {
  mediaType: string;
  content: 'message' | 'dsse';
  /** DSSE only. */
  payloadType?: string;
  /** DSSE only: the envelope payload, now trusted (parse it as an in-toto statement). */
  payload?: Buffer;
  /** Message signatures: the signed digest from the bundle. */
  messageDigest?: ArtifactDigest;
  /** Certificate-signed bundles. */
  certificate?: CertificateFacts;
  /** Key-signed bundles: the key hint from the bundle (may be ''). */
  keyId?: string;
  /** Earliest verified time (tlog integrated time or RFC 3161 time), ISO-8601. */
  logTime?: string;
  /** Transparency log index of the first entry, when logged. */
  logIndex?: string;
  /** How the signing time was established. */
  timestamps: Array<{ kind: 'tlog' | 'rfc3161'; time: string }>;
  /** Which trusted root verified it: 'public-good' or the trusted_root.json path / document index. */
  trustRoot: string;
  /** True when an artifact was bound (message digest compared, or in-toto subject matched). */
  artifactBound: boolean;
}
