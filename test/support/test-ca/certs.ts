/**
 * X.509 for the test CA: P-384 root + intermediate, P-256 Fulcio-like leaves (critical
 * URI/email SAN, code-signing EKU, SKI/AKI, Fulcio OIDs, embedded SCT) and TSA certs.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { bitString, bool, explicit, implicit, int, oid, octet, seq, set, utf8, x509Time } from './der.js';
import { signSct } from './sct.js';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export const newKey = (curve: 'P-256' | 'P-384'): KeyPair => generateKeyPairSync('ec', { namedCurve: curve });
export const spkiOf = (k: KeyObject): Buffer => k.export({ type: 'spki', format: 'der' });

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const ECDSA_SHA384 = '1.2.840.10045.4.3.3';

/** A certificate authority (or signer) that can issue certificates. */
export interface Issuer {
  name: Buffer;
  key: KeyPair;
  der: Buffer;
}

export function toName(organization: string, commonName: string): Buffer {
  return seq(set(seq(oid('2.5.4.10'), utf8(organization))), set(seq(oid('2.5.4.3'), utf8(commonName))));
}

export function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? seq(oid(id), bool(true), octet(value)) : seq(oid(id), octet(value));
}

const keyId = (k: KeyObject): Buffer => createHash('sha1').update(spkiOf(k)).digest();
const ski = (k: KeyObject) => extension('2.5.29.14', false, octet(keyId(k)));
const aki = (k: KeyObject) => extension('2.5.29.35', false, seq(implicit(0, keyId(k))));

export interface CertFields {
  serial: bigint;
  issuer: Issuer | 'self';
  subject: Buffer;
  key: KeyPair;
  notBefore: Date;
  notAfter: Date;
  extensions: Buffer[];
}

/** TBSCertificate DER. */
export function toTbs(f: CertFields): Buffer {
  const issuerName = f.issuer === 'self' ? f.subject : f.issuer.name;
  const signerKey = f.issuer === 'self' ? f.key : f.issuer.key;
  return seq(
    explicit(0, int(2)),
    int(f.serial),
    seq(oid(algorithmOf(signerKey))),
    issuerName,
    seq(x509Time(f.notBefore), x509Time(f.notAfter)),
    f.subject,
    spkiOf(f.key.publicKey),
    explicit(3, seq(...f.extensions)),
  );
}

function algorithmOf(k: KeyPair): string {
  return k.publicKey.asymmetricKeyDetails?.namedCurve === 'secp384r1' ? ECDSA_SHA384 : ECDSA_SHA256;
}

/** Signs a TBS into a certificate. */
export function signTbs(tbs: Buffer, signer: KeyPair): Buffer {
  const alg = algorithmOf(signer);
  const sig = sign(alg === ECDSA_SHA384 ? 'sha384' : 'sha256', tbs, signer.privateKey);
  return seq(tbs, seq(oid(alg)), bitString(sig));
}

export function createCa(organization: string, cn: string, parent: Issuer | 'self', validFrom: Date, serial: bigint): Issuer {
  const key = newKey('P-384');
  const subject = toName(organization, cn);
  const exts = [
    extension('2.5.29.15', true, bitString(Buffer.from([0x06]), 1)), // keyCertSign | cRLSign
    extension('2.5.29.19', true, seq(bool(true), ...(parent === 'self' ? [] : [int(0)]))),
    ski(key.publicKey),
    ...(parent === 'self' ? [] : [aki(parent.key.publicKey)]),
  ];
  const fields: CertFields = {
    serial,
    issuer: parent,
    subject,
    key,
    notBefore: validFrom,
    notAfter: new Date(validFrom.getTime() + 20 * 365 * 86400_000),
    extensions: exts,
  };
  return { name: subject, key, der: signTbs(toTbs(fields), parent === 'self' ? key : parent.key) };
}

/** A TSA signing certificate (critical timeStamping EKU) under `parent`. */
export function createTsaCert(parent: Issuer, validFrom: Date, serial: bigint): Issuer {
  const key = newKey('P-256');
  const subject = toName('provenance-gate test', 'test TSA');
  const exts = [
    extension('2.5.29.15', true, bitString(Buffer.from([0x80]), 7)), // digitalSignature
    extension('2.5.29.37', true, seq(oid('1.3.6.1.5.5.7.3.8'))),
    ski(key.publicKey),
    aki(parent.key.publicKey),
  ];
  const tbs = toTbs({ serial, issuer: parent, subject, key, notBefore: validFrom, notAfter: new Date(validFrom.getTime() + 10 * 365 * 86400_000), extensions: exts });
  return { name: subject, key, der: signTbs(tbs, parent.key) };
}

/** Fulcio extension number → DER-encoded (v2) or raw (v1: .1–.6) value. */
export function fulcioExtension(n: number, value: string): Buffer {
  const raw = n <= 6;
  return extension(`1.3.6.1.4.1.57264.1.${n}`, false, raw ? Buffer.from(value, 'utf8') : utf8(value));
}

export interface LeafOptions {
  san: string;
  sanType: 'uri' | 'email';
  /** Fulcio extension number (1..6, 8..22) → value. */
  fulcio: Map<number, string>;
  notBefore: Date;
  notAfter: Date;
  serial: bigint;
  /** CT log that embeds an SCT; omitted → no SCT extension. */
  ctlog?: { key: KeyPair; logId: Buffer; time: Date };
  /** Deviations for negative tests: other EKUs (default codeSigning), a CA flag. */
  profile?: LeafProfile;
}

export interface LeafProfile {
  eku?: string[];
  ca?: boolean;
}

/** A Fulcio-like leaf; with `ctlog` the SCT signs the TBS without the SCT extension (RFC 6962 precert). */
export function createLeaf(issuer: Issuer, o: LeafOptions): { der: Buffer; key: KeyPair } {
  const key = newKey('P-256');
  const sanName = o.sanType === 'uri' ? implicit(6, Buffer.from(o.san)) : implicit(1, Buffer.from(o.san));
  const exts = [
    extension('2.5.29.15', true, bitString(Buffer.from([0x80]), 7)),
    extension('2.5.29.37', false, seq(...(o.profile?.eku ?? ['1.3.6.1.5.5.7.3.3']).map(oid))),
    ...(o.profile?.ca ? [extension('2.5.29.19', true, seq(bool(true)))] : []),
    ski(key.publicKey),
    aki(issuer.key.publicKey),
    extension('2.5.29.17', true, seq(sanName)),
    ...[...o.fulcio.entries()].sort((a, b) => a[0] - b[0]).map(([n, v]) => fulcioExtension(n, v)),
  ];
  const fields: CertFields = { serial: o.serial, issuer, subject: seq(), key, notBefore: o.notBefore, notAfter: o.notAfter, extensions: exts };
  if (o.ctlog) {
    const precertTbs = toTbs(fields);
    const issuerKeyHash = createHash('sha256').update(spkiOf(issuer.key.publicKey)).digest();
    const sctList = signSct(o.ctlog, issuerKeyHash, precertTbs);
    fields.extensions = [...exts, extension('1.3.6.1.4.1.11129.2.4.2', false, octet(sctList))];
  }
  return { der: signTbs(toTbs(fields), issuer.key), key };
}

export const toPem = (der: Buffer, label = 'CERTIFICATE'): string =>
  `-----BEGIN ${label}-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
