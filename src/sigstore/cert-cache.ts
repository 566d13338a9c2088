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
 * Encodings come from `encodeDer` (the library's algorithm, one buffer). `clone()` —
 * which the SCT check calls on every leaf, then removes the SCT extension and re-encodes
 * the TBS — copies the parsed tree instead of re-encoding and re-parsing the certificate.
 * Nothing global is patched; only objects this module is handed.
 */
import type { KeyObject } from 'node:crypto';
import { ASN1Obj, crypto as sigCrypto, X509Certificate } from '@sigstore/core';
import { encodeDer } from './der.js';

interface Memo {
  der: Buffer;
}
const memos = new WeakMap<X509Certificate, Memo>();
const keys = new WeakMap<X509Certificate, KeyObject>();
const verified = new WeakMap<X509Certificate, WeakMap<X509Certificate, boolean>>();

/** The certificate's DER, encoded at most once per object. */
function derOf(cert: X509Certificate): Buffer {
  return memos.get(cert)?.der ?? encodeDer(cert.root);
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
  const encoded = encodeDer(cert.root);
  if (der && !encoded.equals(der)) return cert; // not canonical DER: leave the library's behaviour alone
  const tbs = cert.tbsCertificate;
  const tbsDer = encodeDer(tbs);
  const spki = cert.publicKey;
  memos.set(cert, { der: encoded });
  const c = cert as unknown as Record<string, unknown>;
  Object.defineProperty(c, 'publicKey', { value: spki });
  // Copies: callers own what toDER returns (clone() copies it, but be safe).
  cert.root.toDER = () => Buffer.from(encoded);
  tbs.toDER = () => Buffer.from(tbsDer);
  c.equals = (other: X509Certificate) => encoded.equals(derOf(other));
  c.clone = () => toClone(cert);
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

/**
 * What `X509Certificate.clone()` gives (an independent certificate with the same
 * content), built by copying the parsed tree: fresh objects and child arrays, so
 * removing an extension from the copy leaves `cert` intact. Primitive values are shared:
 * neither @sigstore/core nor @sigstore/verify ever writes into them. The copy encodes
 * with `encodeDer`, reading its (possibly edited) tree at call time like `toDER()`.
 */
function toClone(cert: X509Certificate): X509Certificate {
  const copy = (o: ASN1Obj): ASN1Obj => new ASN1Obj(o.tag, o.value, o.subs.map(copy));
  const clone = new X509Certificate(copy(cert.root));
  for (const node of [clone.root, clone.tbsCertificate]) node.toDER = () => encodeDer(node);
  return clone;
}
