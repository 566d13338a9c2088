/** An RFC 3161 timestamp authority: TimeStampResp with a CMS SignedData over TSTInfo. */
import { createHash, sign } from 'node:crypto';
import { explicit, generalizedTime, int, octet, oid, seq, set, nullValue } from './der.js';
import type { Issuer } from './certs.js';
import { ASN1Obj } from '@sigstore/core';

const SHA256 = () => seq(oid('2.16.840.1.101.3.4.2.1'), nullValue());
const OID_TSTINFO = '1.2.840.113549.1.9.16.1.4';

/** A timestamp token over `data` (the bundle's signature bytes) at `time`. */
export function createTimestamp(tsa: { cert: Issuer; issuerName: Buffer; serial: bigint }, data: Buffer, time: Date, serial: bigint): Buffer {
  const imprint = createHash('sha256').update(data).digest();
  const tstInfo = seq(int(1), oid('1.3.6.1.4.1.57264.2'), seq(SHA256(), octet(imprint)), int(serial), generalizedTime(time));
  const attrs = [
    seq(oid('1.2.840.113549.1.9.3'), set(oid(OID_TSTINFO))),
    seq(oid('1.2.840.113549.1.9.4'), set(octet(createHash('sha256').update(tstInfo).digest()))),
  ];
  const signedAttrsSet = set(...attrs); // signature is over the SET encoding
  const signature = sign('sha256', signedAttrsSet, tsa.cert.key.privateKey);
  const signedAttrs = Buffer.concat([Buffer.from([0xa0]), signedAttrsSet.subarray(1)]); // [0] IMPLICIT
  const signerInfo = seq(
    int(1),
    seq(tsa.issuerName, int(tsa.serial)), // IssuerAndSerialNumber of the TSA cert
    SHA256(),
    signedAttrs,
    seq(oid('1.2.840.10045.4.3.2')),
    octet(signature),
  );
  const signedData = seq(int(3), set(SHA256()), seq(oid(OID_TSTINFO), explicit(0, octet(tstInfo))), set(signerInfo));
  const token = seq(oid('1.2.840.113549.1.7.2'), explicit(0, signedData));
  return seq(seq(int(0)), token);
}

/** The issuer Name of a certificate (DER), for IssuerAndSerialNumber. */
export function readIssuerName(certDer: Buffer): Buffer {
  return ASN1Obj.parseBuffer(Buffer.from(certDer)).subs[0]!.subs[3]!.toDER();
}
