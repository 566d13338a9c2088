/**
 * Shapes of the npm registry client (src/registry/): what it fetches, trimmed to the
 * fields verification reads. Registry responses are untrusted input: every field here
 * was type-checked by `toPackument` before anyone sees it.
 */

/** One `dist.signatures[]` entry: ECDSA P-256/SHA-256 over `${name}@${version}:${integrity}`. */
export interface RegistrySignature {
  keyid: string;
  sig: string;
}

/** The fields of one version manifest that verification needs. */
export interface VersionManifest {
  name: string;
  version: string;
  /** `dist.integrity` (SRI); older packages only have `shasum`. */
  integrity?: string;
  /** `dist.shasum` (hex sha1). */
  shasum?: string;
  signatures: RegistrySignature[];
  /** `dist.attestations.url`, when the version was published with attestations. */
  attestationsUrl?: string;
  /** `dist.attestations.provenance.predicateType`, when stated. */
  provenancePredicateType?: string;
  /** `repository.url` (or the string form), as the author wrote it. */
  repository?: string;
  /** preinstall / install / postinstall present (npm's `hasInstallScript`). */
  hasInstallScript: boolean;
}

/** A packument reduced to what verification reads (the rest is dropped on arrival). */
export interface Packument {
  name: string;
  versions: Record<string, VersionManifest>;
  /** `time[version]`: publish time (ISO-8601) per version. */
  time: Record<string, string>;
}

/** A registry signing key from `/-/npm/v1/keys` or the embedded TUF seed. */
export interface RegistryKey {
  keyid: string;
  /** Base64 SPKI DER. */
  key: string;
  /** Signatures made after this instant are not accepted (January 2025 rotation). */
  expires?: string;
  /** Signatures made before this instant are not accepted (TUF `validFor.start`). */
  notBefore?: string;
}

/** The keys for one registry and where they came from. */
export interface RegistryKeySet {
  keys: RegistryKey[];
  /** `registry`: served by the registry itself; `embedded`: @sigstore/tuf seeds fallback; `none`. */
  source: 'registry' | 'embedded' | 'none';
}

/** One entry of `GET /-/npm/v1/attestations/<name>@<version>`. */
export interface AttestationEntry {
  predicateType: string;
  /** The Sigstore bundle, still untrusted JSON. */
  bundle: unknown;
}
