/**
 * Verifying one npm attestation bundle with the Sigstore core (src/sigstore) and
 * reading its in-toto statement (src/provenance). Provenance bundles are Fulcio-signed
 * (public-good Sigstore); publish attestations are signed by the registry's
 * `npm:attestations` key, which is trusted only inside its validity window.
 */
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

/** Turns an untrusted bundle into a verified statement, or throws a GateError. */
export type AttestationVerifier = (bundle: unknown, what: string) => Promise<VerifiedAttestation>;

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
  const trust: Trust = loadTrust({
    trustedRoots: options.trustedRoots,
    trustedRootDocuments: options.trustedRootDocuments,
    includePublicGood: options.trustedRootDocuments === undefined,
    keyPems: npmKeys.map(toPem),
  });
  return async (bundle, what) => {
    const parsed = parseBundle(bundle, what);
    const v = await verifyBundle(trust, parsed);
    if (v.content !== 'dsse' || !v.payload) {
      throw new GateError('BUNDLE_UNSUPPORTED', `${what}: an npm attestation must be a DSSE envelope`);
    }
    if (v.keyId !== undefined && !v.certificate) checkNpmKeyWindow(npmKeys, v.keyId, v.logTime, what);
    return {
      statement: parseStatement(v.payload, what),
      certificate: v.certificate,
      keyId: v.keyId,
      logTime: v.logTime,
      logIndex: v.logIndex,
    };
  };
}

/** A key-signed attestation must name an npm key that was valid when it was logged. */
export function checkNpmKeyWindow(keys: RegistryKey[], keyId: string, logTime: string | undefined, what: string): void {
  const key = keys.find((k) => k.keyid === keyId);
  if (!key) throw new GateError('REGISTRY_KEY_UNKNOWN', `${what}: signed with key "${keyId}", not an npm attestation key`);
  const t = logTime ? Date.parse(logTime) : Number.NaN;
  if (Number.isNaN(t)) throw new GateError('BUNDLE_TLOG_INVALID', `${what}: no verified log time to check key ${keyId}'s validity`);
  if ((key.expires && t > Date.parse(key.expires)) || (key.notBefore && t < Date.parse(key.notBefore))) {
    throw new GateError('REGISTRY_KEY_EXPIRED', `${what}: logged ${logTime}, outside key ${keyId}'s validity (${key.notBefore ?? '…'} – ${key.expires ?? '…'})`);
  }
}
