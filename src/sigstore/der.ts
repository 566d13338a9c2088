/**
 * DER re-encoding of a parsed @sigstore/core ASN1Obj, byte for byte what its `toDER()`
 * returns (same walk: tag byte, definite length, the children's encodings or the raw
 * value) but into one pre-sized buffer. The library's encoder allocates two 1 KiB
 * zeroed blocks per node and copies on every level; over a Fulcio leaf that was the
 * largest single cost of verifying an npm attestation.
 */
import type { ASN1Obj } from '@sigstore/core';

/** `obj.toDER()`, computed without intermediate buffers. */
export function encodeDer(obj: ASN1Obj): Buffer {
  const sizes = new Map<ASN1Obj, number>();
  const out = Buffer.allocUnsafe(measure(obj, sizes));
  const end = write(obj, out, 0, sizes);
  return end === out.length ? out : out.subarray(0, end);
}

/** Content length per node, memoised for `write`. */
function contentLength(obj: ASN1Obj, sizes: Map<ASN1Obj, number>): number {
  let len = sizes.get(obj);
  if (len === undefined) {
    len = 0;
    if (obj.subs.length > 0) for (const sub of obj.subs) len += measure(sub, sizes);
    else len = obj.value.length;
    sizes.set(obj, len);
  }
  return len;
}

function measure(obj: ASN1Obj, sizes: Map<ASN1Obj, number>): number {
  const len = contentLength(obj, sizes);
  return 1 + lengthOfLength(len) + len;
}

function lengthOfLength(len: number): number {
  if (len < 128) return 1;
  let n = 0;
  for (let v = len; v > 0; v = Math.floor(v / 256)) n++;
  return 1 + n;
}

function write(obj: ASN1Obj, out: Buffer, at: number, sizes: Map<ASN1Obj, number>): number {
  const len = sizes.get(obj)!;
  // ASN1Tag.toDER(): number | constructed bit | class — a single byte, as the library writes it.
  out[at++] = obj.tag.toDER() & 0xff;
  if (len < 128) {
    out[at++] = len;
  } else {
    const n = lengthOfLength(len) - 1;
    out[at++] = 0x80 | n;
    for (let i = n - 1; i >= 0; i--) out[at++] = Math.floor(len / 256 ** i) % 256;
  }
  if (obj.subs.length > 0) {
    for (const sub of obj.subs) at = write(sub, out, at, sizes);
  } else {
    out.set(obj.value, at);
    at += obj.value.length;
  }
  return at;
}
