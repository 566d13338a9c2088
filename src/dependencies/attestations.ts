/**
 * Verifying one npm attestation bundle with the Sigstore core (src/sigstore) and
 * reading its in-toto statement (src/provenance). Provenance bundles are Fulcio-signed
 * (public-good Sigstore); publish attestations are signed by an `npm:attestations` key —
 * npm's own (embedded in @sigstore/tuf) or, on a registry other than npmjs, the keys that
 * registry serves at /-/npm/v1/keys (npm's pacote trusts those too) — and only inside
 * that key's validity window.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { GateError } from '../errors.js';
import { parseStatement } from '../provenance/statement.js';
import type { InTotoStatement } from '../provenance/types.js';
import { readEmbeddedNpmKeys, toPem } from '../registry/keys.js';
import type { RegistryKey } from '../registry/types.js';
import { loadTrust, parseBundle, verifyBundle, type CertificateFacts, type Trust } from '../sigstore/index.js';

/** A bundle whose signature, certificate chain and log entry verified. */
export interface VerifiedAttestation {
  statement: InTotoStatement;
  certificate?: CertificateFacts;
  /** Key hint of key-signed bundles (npm publish attestations). */
  keyId?: string;
  logTime?: string;
  logIndex?: string;
}

/**
 * Turns an untrusted bundle into a verified statement, or throws a GateError.
 * `registryKeys`: keys a non-npmjs registry serves, trusted for key-signed bundles
 * besides npm's own (never pass registry.npmjs.org's served keys: those are built in).
 */
export type AttestationVerifier = (bundle: unknown, what: string, registryKeys?: RegistryKey[]) => Promise<VerifiedAttestation>;

export interface AttestationTrustOptions {
  /** trusted_root.json paths; the public-good root is always included (npm provenance uses it). */
  trustedRoots?: string[];
  /** Parsed trusted roots (tests: the test CA). When given, public-good is not added. */
  trustedRootDocuments?: unknown[];
  /** `npm:attestations` keys; default: the keys embedded in @sigstore/tuf. */
  npmAttestationKeys?: RegistryKey[];
}

/** Builds the trust once and returns a verifier bound to it. */
export function createAttestationVerifier(options: AttestationTrustOptions = {}): AttestationVerifier {
  const npmKeys = options.npmAttestationKeys ?? readEmbeddedNpmKeys('npm:attestations');
  const base: Trust = loadTrust({
    trustedRoots: options.trustedRoots,
    trustedRootDocuments: options.trustedRootDocuments,
    includePublicGood: options.trustedRootDocuments === undefined,
  });
  // A key-signed bundle verifies against exactly the key its hint names, so the validity
  // window checked below is the window of the key that actually signed.
  const byKey = new Map<string, Trust>();
  const toKeyTrust = (key: RegistryKey, what: string): Trust => {
    let t = byKey.get(key.key);
    if (!t) {
      t = { roots: base.roots, keys: [toKeyObject(key, what)], keyVerifiers: new Map() };
      byKey.set(key.key, t);
    }
    return t;
  };
  return async (bundle, what, registryKeys = []) => {
    const parsed = parseBundle(bundle, what);
    const material = parsed.bundle.verificationMaterial.content;
    const key = material?.$case === 'publicKey' ? findAttestationKey([...npmKeys, ...registryKeys], material.publicKey.hint, what) : undefined;
    const v = await verifyBundle(key ? toKeyTrust(key, what) : base, parsed);
    if (v.content !== 'dsse' || !v.payload) {
      throw new GateError('BUNDLE_UNSUPPORTED', `${what}: an npm attestation must be a DSSE envelope`);
    }
    if (key) checkKeyWindow(key, v.logTime, what);
    return {
      statement: parseStatement(v.payload, what),
      certificate: v.certificate,
      keyId: v.keyId,
      logTime: v.logTime,
      logIndex: v.logIndex,
    };
  };
}

/** The trusted key a bundle's hint names (npm writes the keyid of /-/npm/v1/keys). */
function findAttestationKey(keys: RegistryKey[], hint: string, what: string): RegistryKey {
  const key = keys.find((k) => k.keyid === hint);
  if (!key) throw new GateError('REGISTRY_KEY_UNKNOWN', `${what}: signed with key "${hint}", not a trusted npm attestation key`);
  return key;
}

/** A key-signed attestation must have been logged while its key was valid. */
export function checkNpmKeyWindow(keys: RegistryKey[], keyId: string, logTime: string | undefined, what: string): void {
  checkKeyWindow(findAttestationKey(keys, keyId, what), logTime, what);
}

function checkKeyWindow(key: RegistryKey, logTime: string | undefined, what: string): void {
  const t = logTime ? Date.parse(logTime) : Number.NaN;
  if (Number.isNaN(t)) throw new GateError('BUNDLE_TLOG_INVALID', `${what}: no verified log time to check key ${key.keyid}'s validity`);
  if ((key.expires && t > Date.parse(key.expires)) || (key.notBefore && t < Date.parse(key.notBefore))) {
    throw new GateError('REGISTRY_KEY_EXPIRED', `${what}: logged ${logTime}, outside key ${key.keyid}'s validity (${key.notBefore ?? '…'} – ${key.expires ?? '…'})`);
  }
}

function toKeyObject(key: RegistryKey, what: string): KeyObject {
  try {
    return createPublicKey(toPem(key));
  } catch (e) {
    throw new GateError('BUNDLE_SIGNATURE_INVALID', `${what}: key ${key.keyid} is not a usable public key`, { cause: e });
  }
}
