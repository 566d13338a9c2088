/**
 * Signature verification over a digest (the artifact is known only by its hash, or is
 * too large to hold in memory). node:crypto cannot verify a prehashed ECDSA signature,
 * so ECDSA goes through @noble/curves (audited, zero-dependency) with `prehash: false`;
 * RSA PKCS#1 v1.5 is checked by recovering the DigestInfo with node:crypto.
 * Only public data is involved, so constant-time concerns do not apply.
 */
import { constants, type KeyObject, publicDecrypt, timingSafeEqual } from 'node:crypto';
import { p256, p384, p521 } from '@noble/curves/nist.js';
import { GateError } from '../errors.js';
import type { DigestAlgorithm } from './types.js';

const CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 } as const;

// DER prefixes of DigestInfo for RSASSA-PKCS1-v1_5 (RFC 8017 §9.2 note 1).
const DIGEST_INFO_PREFIX: Record<DigestAlgorithm, string> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
};

/** True when `signature` is a valid signature by `key` over a message whose `algorithm` digest is `digest`. */
export function verifyPrehashed(key: KeyObject, algorithm: DigestAlgorithm, digest: Buffer, signature: Buffer): boolean {
  if (key.asymmetricKeyType === 'ec') {
    const curveName = key.asymmetricKeyDetails?.namedCurve as keyof typeof CURVES | undefined;
    const curve = curveName ? CURVES[curveName] : undefined;
    if (!curve) throw unsupported(`EC curve ${curveName ?? '?'}`);
    const jwk = key.export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]);
    try {
      return curve.verify(signature, digest, point, { prehash: false, format: 'der', lowS: false });
    } catch {
      return false; // unparseable DER signature
    }
  }
  if (key.asymmetricKeyType === 'rsa') {
    let recovered: Buffer;
    try {
      recovered = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature);
    } catch {
      return false;
    }
    const expected = Buffer.concat([Buffer.from(DIGEST_INFO_PREFIX[algorithm], 'hex'), digest]);
    return recovered.length === expected.length && timingSafeEqual(recovered, expected);
  }
  throw unsupported(`${key.asymmetricKeyType ?? 'unknown'} keys`);
}

function unsupported(what: string): GateError {
  return new GateError('BUNDLE_UNSUPPORTED', `cannot verify a message signature from its digest alone with ${what}`, {
    fix: 'pass the artifact file instead of its digest',
  });
}
