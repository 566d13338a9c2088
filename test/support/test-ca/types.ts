/** The test instance's API types (see index.ts). */
import type { LeafProfile } from './certs.js';
import type { TestCertExtensions } from './extensions.js';

export interface InstanceOptions {
  /** Issuer organisation of the CA (the core picks roots by it): default 'provenance-gate test'. */
  organization?: string;
  /** Include a transparency log in the trusted root (default true; false = GitHub-like, timestamps only). */
  tlog?: boolean;
  /** Include a CT log and embed SCTs (default true). */
  ctlog?: boolean;
  /** Include a TSA (default true). */
  tsa?: boolean;
  /** Default signing time. */
  time?: Date;
}

export interface SignOptions {
  /** SAN; default `instance.defaults.san`. */
  san?: string;
  sanType?: 'uri' | 'email';
  /** OIDC issuer (Fulcio .1 and .8); default `instance.defaults.issuer`. */
  issuer?: string;
  /** More Fulcio extensions by name (githubWorkflow*, sourceRepository*, ...). */
  extensions?: TestCertExtensions;
  /** Add an RFC 3161 timestamp (default: only when the log is off). */
  withTimestamp?: boolean;
  /** No transparency-log entry. */
  noTlog?: boolean;
  /** Log in the Rekor v2 style: hashedrekord 0.0.2, no SET (a TSA timestamp is added). */
  rekorV2?: boolean;
  /** Sign with the instance's managed key instead of a certificate. */
  withKey?: boolean;
  /** Bundle version (default 0.3). 0.2 carries an x509CertificateChain. */
  version?: '0.1' | '0.2' | '0.3';
  /** Signing time (default the instance time). */
  time?: Date;
  /** Leaf deviations for negative tests (EKUs, CA flag). */
  leaf?: LeafProfile;
}

export interface MintedBundle {
  /** The bundle as JSON data (mutate a structuredClone for negative tests). */
  bundle: Record<string, any>;
  json: string;
  /** Leaf certificate DER (absent with withKey). */
  certificate?: Buffer;
}

export interface TestInstance {
  trustedRoot: Record<string, unknown>;
  /** Writes trusted_root.json into `dir` and returns its path. */
  writeTrustedRoot(dir: string): string;
  /** PEM of the managed key for key-signed bundles (`--key`). */
  managedKeyPem: string;
  defaults: { san: string; issuer: string; time: Date };
  signMessage(data: Buffer | string, options?: SignOptions): MintedBundle;
  signDsse(payloadType: string, payload: Buffer | string, options?: SignOptions): MintedBundle;
}
