/** Transparency-log entry bodies: hashedrekord/dsse 0.0.1 (Rekor v1) and hashedrekord 0.0.2 (Rekor v2). */
import { createHash } from 'node:crypto';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest();

/** Who signed, as the log records it. */
export interface EntrySigner {
  /** PEM of the certificate or public key (v1 bodies). */
  verifierPem: string;
  cert?: Buffer;
  spki: Buffer;
}

export function toHashedRekordV001(artifactDigest: Buffer, signature: Buffer, s: EntrySigner): object {
  return {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: artifactDigest.toString('hex') } },
      signature: { content: signature.toString('base64'), publicKey: { content: Buffer.from(s.verifierPem).toString('base64') } },
    },
  };
}

export function toDsseV001(envelope: object, payload: Buffer, signature: Buffer, s: EntrySigner): object {
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(JSON.stringify(envelope))).toString('hex') },
      payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
      signatures: [{ signature: signature.toString('base64'), verifier: Buffer.from(s.verifierPem).toString('base64') }],
    },
  };
}

/** Rekor v2 logs the digest of the signed bytes (the artifact, or the DSSE PAE). */
export function toHashedRekordV002(signedDigest: Buffer, signature: Buffer, s: EntrySigner): object {
  const verifier = s.cert
    ? { keyDetails: 'PKIX_ECDSA_P256_SHA_256', x509Certificate: { rawBytes: s.cert.toString('base64') } }
    : { keyDetails: 'PKIX_ECDSA_P256_SHA_256', publicKey: { rawBytes: s.spki.toString('base64') } };
  return {
    apiVersion: '0.0.2',
    kind: 'hashedrekord',
    spec: { hashedRekordV002: { data: { algorithm: 'SHA2_256', digest: signedDigest.toString('base64') }, signature: { content: signature.toString('base64'), verifier } } },
  };
}
