/**
 * Speed-up for @sigstore/verify's chain building, which re-encodes certificates to DER
 * on every `equals` / `verify` call (~45% of a verification) and re-verifies the same
 * trusted intermediate/root signatures for every bundle.
 *
 * `memoizeCertificate` gives one parsed certificate object instance-level shortcuts:
 * its DER, TBS DER and public key are encoded once, and — for certificates of the
 * trusted root, which never change — `verify(issuer)` results are remembered per
 * issuer object. Semantics stay exactly those of @sigstore/core: the shortcuts are
 * only installed when the re-encoding equals the input bytes (canonical DER), and
 * signatures are checked with the library's own `crypto.verify` over the same bytes.
 * Nothing global is patched; only objects this module is handed.
 */
import type { KeyObject } from 'node:crypto';
import { crypto as sigCrypto, type X509Certificate } from '@sigstore/core';

interface Memo {
  der: Buffer;
}
const memos = new WeakMap<X509Certificate, Memo>();
const keys = new WeakMap<X509Certificate, KeyObject>();
const verified = new WeakMap<X509Certificate, WeakMap<X509Certificate, boolean>>();

/** The certificate's DER, encoded at most once per object. */
function derOf(cert: X509Certificate): Buffer {
  return memos.get(cert)?.der ?? cert.root.toDER();
}

function keyOf(cert: X509Certificate): KeyObject {
  let key = keys.get(cert);
  if (!key) {
    key = sigCrypto.createPublicKey(cert.publicKey);
    keys.set(cert, key);
  }
  return key;
}

/**
 * Installs the shortcuts on `cert` (parsed from `der` when given). `trusted`: the
 * certificate belongs to a trusted root, so its verify results may be remembered.
 * Returns the same object.
 */
export function memoizeCertificate(cert: X509Certificate, der?: Buffer, trusted = false): X509Certificate {
  if (memos.has(cert)) return cert;
  const encoded = cert.root.toDER();
  if (der && !encoded.equals(der)) return cert; // not canonical DER: leave the library's behaviour alone
  const tbs = cert.tbsCertificate;
  const tbsDer = tbs.toDER();
  const spki = cert.publicKey;
  memos.set(cert, { der: encoded });
  const c = cert as unknown as Record<string, unknown>;
  Object.defineProperty(c, 'publicKey', { value: spki });
  // Copies: callers own what toDER returns (clone() copies it, but be safe).
  cert.root.toDER = () => Buffer.from(encoded);
  tbs.toDER = () => Buffer.from(tbsDer);
  c.equals = (other: X509Certificate) => encoded.equals(derOf(other));
  c.verify = (issuer?: X509Certificate) => {
    const signer = issuer ?? cert;
    const remember = trusted && (signer === cert || verified.has(signer) || memos.has(signer));
    const cache = remember ? (verified.get(cert) ?? new WeakMap<X509Certificate, boolean>()) : undefined;
    const known = cache?.get(signer);
    if (known !== undefined) return known;
    const ok = sigCrypto.verify(tbsDer, keyOf(signer), cert.signatureValue, cert.signatureAlgorithm);
    if (cache) {
      cache.set(signer, ok);
      verified.set(cert, cache);
    }
    return ok;
  };
  return cert;
}
