/**
 * Choosing and running the @sigstore/verify Verifier(s) for one bundle: the trusted
 * roots whose CA issued the leaf (public-good vs GitHub's instance vs private), or
 * every root × managed key for key-signed bundles; the first success wins.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { SignedEntity, Verifier } from '@sigstore/verify';
import { GateError } from '../errors.js';
import { checkLeafProfile, readCertificateFacts } from './certificate.js';
import { readSigstoreCode, toGateError } from './errors.js';
import { toKeyVerifier, type Trust } from './trust.js';

/** Tries the candidate (root, verifier) pairs; the first success wins, else the first failure is reported. */
export function runVerifiers(trust: Trust, entity: SignedEntity, file?: string): { trustRoot: string } {
  const candidates: Array<{ root: string; verifier: Verifier; key: () => KeyObject }> = [];
  if (entity.key.$case === 'certificate') {
    const leaf = entity.key.certificate;
    const problem = checkLeafProfile(leaf);
    if (problem) throw new GateError('BUNDLE_CERTIFICATE_INVALID', problem, { file });
    // A chain can only be built to a CA whose subject is the leaf's issuer: pick those
    // roots (public-good vs GitHub's instance) and say so plainly when there is none.
    const matching = trust.roots.filter((r) => r.caSubjects.some((s) => s.equals(leaf.issuer)));
    if (matching.length === 0) {
      const org = readCertificateFacts(leaf).organization;
      throw new GateError('BUNDLE_CERTIFICATE_INVALID', `the certificate was issued by a CA that no trusted root contains${org ? ` (issuer organisation ${JSON.stringify(org)})` : ''}`, {
        file,
        fix: 'pass the trusted_root.json of the Sigstore instance that signed it with --trusted-root',
      });
    }
    for (const r of matching) {
      candidates.push({ root: r.name, verifier: r.verifier, key: () => createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' }) });
    }
  } else {
    if (trust.keys.length === 0) {
      throw new GateError('BUNDLE_SIGNATURE_INVALID', 'the bundle is signed with a key, and no public key is trusted', {
        file,
        fix: 'pass the signer\'s public key with --key',
      });
    }
    // Keys whose id matches the bundle's hint first (the hint is a hint, not trust).
    const hint = entity.key.hint;
    const order = trust.keys.map((k, ki) => ki).sort((a, b) => Number(matchesHint(trust.keys[b]!, hint)) - Number(matchesHint(trust.keys[a]!, hint)));
    trust.roots.forEach((r, ri) =>
      order.forEach((ki) => candidates.push({ root: r.name, verifier: toKeyVerifier(trust, ri, ki), key: () => trust.keys[ki]! })),
    );
  }
  let first: GateError | undefined;
  for (const c of candidates) {
    try {
      c.verifier.verify(entity);
      return { trustRoot: c.root };
    } catch (e) {
      first ??= refine(e, entity, c.key, file);
    }
  }
  throw first ?? new GateError('BUNDLE_CERTIFICATE_INVALID', 'no trusted root', { file });
}

/** Key ids in the forms bundles use: npm's `SHA256:<base64>`, hex or base64 SHA-256 of the SPKI. */
function matchesHint(key: KeyObject, hint: string): boolean {
  if (!hint) return false;
  const d = createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest();
  const b64 = d.toString('base64');
  return [`SHA256:${b64.replace(/=+$/, '')}`, b64, d.toString('hex')].includes(hint);
}

/**
 * sigstore-js checks timestamps and tlog bodies before the signature, so a forged
 * signature surfaces as a timestamp or tlog mismatch. Name the real cause.
 */
function refine(e: unknown, entity: SignedEntity, key: () => KeyObject, file?: string): GateError {
  const code = readSigstoreCode(e);
  if (code === 'TLOG_BODY_ERROR' || code === 'TIMESTAMP_ERROR') {
    let ok = true;
    try {
      ok = entity.signature.verifySignature(key());
    } catch {
      ok = false;
    }
    if (!ok) return new GateError('BUNDLE_SIGNATURE_INVALID', 'the signature does not verify with the signing key', { file, cause: e });
  }
  return toGateError(e, 'BUNDLE_SIGNATURE_INVALID', file);
}
