/**
 * Bundle → @sigstore/verify SignedEntity. Written out (instead of `toSignedEntity`) so
 * that (1) a bad certificate or timestamp gets its own reason code, (2) a message
 * signature can be verified from the artifact's digest alone (prehashed), and (3)
 * parsed certificates are cached by their bytes across bundles.
 */
import type { Bundle } from '@sigstore/bundle';
import { crypto as sigCrypto, RFC3161Timestamp, X509Certificate } from '@sigstore/core';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { toSignedEntity, type SignedEntity } from '@sigstore/verify';
import { GateError } from '../errors.js';
import { memoizeCertificate } from './cert-cache.js';
import { verifyPrehashed } from './prehash.js';
import type { ArtifactDigest, DigestAlgorithm } from './types.js';

type Timestamps = SignedEntity['timestamps'];

/** The digest algorithm a message signature was made with. */
export function readMessageAlgorithm(bundle: Bundle, file?: string): DigestAlgorithm {
  if (bundle.content.$case !== 'messageSignature') throw new GateError('INTERNAL', 'not a message signature');
  const alg = bundle.content.messageSignature.messageDigest?.algorithm;
  switch (alg) {
    case HashAlgorithm.SHA2_256:
    case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
    case undefined:
      return 'sha256';
    case HashAlgorithm.SHA2_384:
      return 'sha384';
    case HashAlgorithm.SHA2_512:
      return 'sha512';
    default:
      throw new GateError('BUNDLE_UNSUPPORTED', `unsupported message digest algorithm ${alg}`, { file });
  }
}

/**
 * The entity for @sigstore/verify. For message signatures give `data` (verified
 * natively) or `digest` (same algorithm as the bundle's, verified prehashed).
 */
export function toEntity(bundle: Bundle, artifact: { data?: Buffer; digest?: ArtifactDigest }, file?: string): SignedEntity {
  // Only the signature content is taken from sigstore-js: key and timestamps are read
  // below (a stripped copy keeps it from parsing them a second time).
  const vm = bundle.verificationMaterial;
  const stripped: Bundle = {
    ...bundle,
    verificationMaterial: { ...vm, content: { $case: 'publicKey', publicKey: { hint: '' } }, timestampVerificationData: undefined },
  };
  const base = toSignedEntity(stripped, artifact.data ?? Buffer.alloc(0));
  const entity: SignedEntity = { ...base, key: readKey(bundle, file), timestamps: readTimestamps(bundle, file) };
  if (bundle.content.$case === 'messageSignature' && !artifact.data) {
    const digest = artifact.digest;
    if (!digest) throw new GateError('INTERNAL', 'message signature without artifact data or digest');
    const { signature, messageDigest } = bundle.content.messageSignature;
    const signed = Buffer.from(digest.hex, 'hex');
    const bundleDigest = Buffer.from(messageDigest!.digest);
    entity.signature = {
      signature: Buffer.from(signature),
      compareSignature: (s) => sigCrypto.bufferEqual(s, Buffer.from(signature)),
      compareDigest: (d) => sigCrypto.bufferEqual(d, bundleDigest),
      compareSignedDigest: (d) => sigCrypto.bufferEqual(d, bundleDigest),
      verifySignature: (key) => verifyPrehashed(key, digest.algorithm, signed, Buffer.from(signature)),
    };
  }
  return entity;
}

// Parsed certificates by DER (base64); issuer/intermediate certs repeat across bundles.
const certCache = new Map<string, X509Certificate>();

/** Parses a DER certificate once per distinct byte string (bounded cache). */
export function readCertificate(der: Uint8Array, file?: string): X509Certificate {
  const id = Buffer.from(der).toString('base64');
  let cert = certCache.get(id);
  if (!cert) {
    // The parser tries every OCTET STRING as nested DER and swallows the error when it is
    // not (Fulcio's string extensions): stack traces for those throw-aways cost more than
    // the parse. Only the message of a real failure is used.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      cert = memoizeCertificate(X509Certificate.parse(Buffer.from(der)), Buffer.from(der));
    } catch (e) {
      Error.stackTraceLimit = limit;
      throw new GateError('BUNDLE_CERTIFICATE_INVALID', `unparseable certificate: ${(e as Error).message}`, { file, cause: e });
    } finally {
      Error.stackTraceLimit = limit;
    }
    if (certCache.size > 1000) certCache.clear();
    certCache.set(id, cert);
  }
  return cert;
}

function readKey(bundle: Bundle, file?: string): SignedEntity['key'] {
  const vm = bundle.verificationMaterial.content;
  switch (vm.$case) {
    case 'publicKey':
      return { $case: 'public-key', hint: vm.publicKey.hint };
    case 'x509CertificateChain': {
      const leaf = vm.x509CertificateChain.certificates[0];
      if (!leaf) throw new GateError('BUNDLE_CERTIFICATE_INVALID', 'empty certificate chain', { file });
      return { $case: 'certificate', certificate: readCertificate(leaf.rawBytes, file) };
    }
    case 'certificate':
      return { $case: 'certificate', certificate: readCertificate(vm.certificate.rawBytes, file) };
  }
}

function readTimestamps(bundle: Bundle, file?: string): Timestamps {
  const { tlogEntries, timestampVerificationData } = bundle.verificationMaterial;
  const out: Timestamps = [];
  for (const entry of tlogEntries) {
    if (entry.integratedTime && entry.integratedTime !== '0') out.push({ $case: 'transparency-log', tlogEntry: entry });
  }
  for (const [i, ts] of (timestampVerificationData?.rfc3161Timestamps ?? []).entries()) {
    try {
      out.push({ $case: 'timestamp-authority', timestamp: RFC3161Timestamp.parse(Buffer.from(ts.signedTimestamp)) });
    } catch (e) {
      throw new GateError('BUNDLE_TIMESTAMP_INVALID', `unparseable RFC 3161 timestamp [${i}]: ${(e as Error).message}`, {
        file,
        cause: e,
      });
    }
  }
  return out;
}
