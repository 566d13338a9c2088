/** RFC 6962 signed certificate timestamps for precertificates (embedded SCT list). */
import { sign } from 'node:crypto';
import type { KeyPair } from './certs.js';

const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u24 = (n: number) => Buffer.from([(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]);
function u64(n: bigint): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b;
}

/** SignedCertificateTimestampList (TLS encoding) holding one SCT over the precert `tbs`. */
export function signSct(log: { key: KeyPair; logId: Buffer; time: Date }, issuerKeyHash: Buffer, tbs: Buffer): Buffer {
  const timestamp = u64(BigInt(log.time.getTime()));
  const signed = Buffer.concat([
    Buffer.from([0, 0]), // v1, certificate_timestamp
    timestamp,
    u16(1), // precert_entry
    issuerKeyHash,
    u24(tbs.length),
    tbs,
    u16(0), // no extensions
  ]);
  const sig = sign('sha256', signed, log.key.privateKey);
  const sct = Buffer.concat([Buffer.from([0]), log.logId, timestamp, u16(0), Buffer.from([4, 3]), u16(sig.length), sig]);
  const list = Buffer.concat([u16(sct.length), sct]);
  return Buffer.concat([u16(list.length), list]);
}
