/**
 * encodeDer must give exactly the bytes @sigstore/core's ASN1Obj.toDER() gives: on real
 * Fulcio / CA certificates (public-good trusted root, real npm attestations), on test-CA
 * leaves, after removing an extension (what the SCT check does), and for long lengths.
 */
import { readFileSync } from 'node:fs';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { describe, expect, it } from 'vitest';
import { memoizeCertificate } from '../../src/sigstore/cert-cache.js';
import { encodeDer } from '../../src/sigstore/der.js';
import { readPublicGoodRoot } from '../../src/sigstore/trust.js';
import { HAS_REAL_WORLD, realWorld } from '../support/real-world.js';
import { createTestInstance } from '../support/test-ca/index.js';

/** Every certificate of the public-good root, and the leaves of real npm attestations when present. */
function realCertificates(): Buffer[] {
  const root = readPublicGoodRoot() as { certificateAuthorities: Array<{ certChain: { certificates: Array<{ rawBytes: string }> } }> };
  const out = root.certificateAuthorities.flatMap((ca) => ca.certChain.certificates.map((c) => Buffer.from(c.rawBytes, 'base64')));
  if (HAS_REAL_WORLD) {
    for (const f of ['valid-sigstore-attestations.json', 'valid-tuf-js-attestations.json']) {
      const body = JSON.parse(readFileSync(realWorld('npm/npm-cli/attestations', f), 'utf8')) as { attestations: Array<{ bundle: { verificationMaterial: Record<string, any> } }> };
      for (const a of body.attestations) {
        const vm = a.bundle.verificationMaterial;
        const raw = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes;
        if (raw) out.push(Buffer.from(raw, 'base64'));
      }
    }
  }
  return out;
}

describe('encodeDer', () => {
  it('equals toDER() on real certificates, their TBS and every node', async () => {
    const ca = await createTestInstance();
    const ders = [...realCertificates(), ca.signMessage('x').certificate!];
    expect(ders.length).toBeGreaterThan(3);
    for (const der of ders) {
      const cert = X509Certificate.parse(Buffer.from(der));
      expect(encodeDer(cert.root)).toEqual(der);
      expect(encodeDer(cert.tbsCertificate)).toEqual(cert.tbsCertificate.toDER());
      const walk = (o: ASN1Obj): void => {
        expect(encodeDer(o)).toEqual(o.toDER());
        o.subs.forEach(walk);
      };
      walk(cert.root);
    }
  });

  it('follows an edited tree like toDER() (the SCT check removes an extension)', async () => {
    const ca = await createTestInstance();
    const der = ca.signMessage('y').certificate!;
    const plain = X509Certificate.parse(Buffer.from(der)).clone();
    const memo = memoizeCertificate(X509Certificate.parse(Buffer.from(der)), der).clone();
    for (const c of [plain, memo]) c.extensions.splice(1, 1);
    expect(memo.tbsCertificate.toDER()).toEqual(plain.tbsCertificate.toDER());
    expect(memo.root.toDER()).toEqual(plain.root.toDER());
    expect(memo.tbsCertificate.toDER().length).toBeLessThan(X509Certificate.parse(Buffer.from(der)).tbsCertificate.toDER().length);
  });

  it('encodes short, one-byte and multi-byte lengths as the library does', () => {
    const tag = X509Certificate.parse(Buffer.from(realCertificates()[0]!)).root.subs[2]!.tag; // a primitive BIT STRING tag
    for (const n of [0, 1, 127, 128, 255, 256, 65_535, 65_536, 70_000]) {
      const o = new ASN1Obj(tag, Buffer.alloc(n, 7), []);
      expect(encodeDer(o)).toEqual(o.toDER());
    }
  });
});
