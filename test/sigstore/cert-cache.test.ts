/** The certificate memo must not change any answer @sigstore/core would give. */
import { X509Certificate } from '@sigstore/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoizeCertificate } from '../../src/sigstore/cert-cache.js';
import { createTestInstance, type TestInstance } from '../support/test-ca/index.js';

let ca: TestInstance;
let chain: Buffer[];
beforeAll(async () => {
  ca = await createTestInstance();
  const root = ca.trustedRoot as { certificateAuthorities: Array<{ certChain: { certificates: Array<{ rawBytes: string }> } }> };
  chain = root.certificateAuthorities[0]!.certChain.certificates.map((c) => Buffer.from(c.rawBytes, 'base64'));
});

const parse = (der: Buffer) => X509Certificate.parse(Buffer.from(der));

describe('memoizeCertificate', () => {
  it('gives the same verify / equals / publicKey / toDER answers as the plain objects', () => {
    const leafDer = ca.signMessage('x').certificate!;
    const otherDer = ca.signMessage('y').certificate!;
    const [intDer, rootDer] = chain as [Buffer, Buffer];
    const plain = [leafDer, intDer, rootDer, otherDer].map(parse);
    const memo = [leafDer, intDer, rootDer, otherDer].map((d, i) => memoizeCertificate(parse(d), d, i === 1 || i === 2));
    for (let i = 0; i < 4; i++) {
      expect(memo[i]!.root.toDER()).toEqual(plain[i]!.root.toDER());
      expect(memo[i]!.tbsCertificate.toDER()).toEqual(plain[i]!.tbsCertificate.toDER());
      expect(memo[i]!.publicKey).toEqual(plain[i]!.publicKey);
      for (let j = 0; j < 4; j++) {
        expect(memo[i]!.equals(memo[j]!)).toBe(plain[i]!.equals(plain[j]!));
        expect(memo[i]!.verify(memo[j]!)).toBe(plain[i]!.verify(plain[j]!));
        // twice: the remembered answer is the same answer
        expect(memo[i]!.verify(memo[j]!)).toBe(plain[i]!.verify(plain[j]!));
      }
      expect(memo[i]!.verify()).toBe(plain[i]!.verify());
    }
    expect(memo[0]!.verify(memo[1]!)).toBe(true);
    expect(memo[1]!.verify(memo[2]!)).toBe(true);
    expect(memo[0]!.verify(memo[2]!)).toBe(false);
  });

  it('a clone (as the SCT check makes) is independent of the memo', () => {
    const der = ca.signMessage('z').certificate!;
    const cert = memoizeCertificate(parse(der), der);
    const clone = cert.clone();
    clone.extensions.splice(0, 1);
    expect(cert.root.toDER()).toEqual(der);
    expect(clone.tbsCertificate.toDER().length).toBeLessThan(cert.tbsCertificate.toDER().length);
  });

  it('leaves non-canonical encodings to the library', () => {
    const der = ca.signMessage('w').certificate!;
    const cert = parse(der);
    const bogus = Buffer.concat([der, Buffer.from([0])]); // not what the object re-encodes to
    memoizeCertificate(cert, bogus);
    expect(Object.hasOwn(cert, 'equals')).toBe(false);
    expect(Object.hasOwn(memoizeCertificate(parse(der), der), 'equals')).toBe(true);
  });
});
