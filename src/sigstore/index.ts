/**
 * The Sigstore verification core: one place where bundles are parsed, trust is built
 * and signatures, certificates, transparency-log entries and timestamps are verified.
 * Artifacts (src/artifacts, src/provenance) and npm dependencies (src/registry) build
 * on this; nobody else imports sigstore / @sigstore/verify directly.
 *
 * Usage:
 * ```ts
 * const trust = loadTrust({ trustedRoots: ['gh-trusted-root.json'] }); // once per process
 * const bundle = parseBundle(readFileSync(p, 'utf8'), p);                // GateError BUNDLE_MALFORMED / BUNDLE_UNSUPPORTED
 * const v = await verifyBundle(trust, bundle, { path: 'dist/app.tgz' },
 *                              { sanRegex: 'https://github\\.com/o/r/.+', issuer: 'https://token.actions.githubusercontent.com' });
 * // v.payload (DSSE) is trusted; v.certificate.extensions has every Fulcio OID by name.
 * ```
 *
 * Errors: every failure is a `GateError` with one of these codes —
 * TRUST_ROOT_INVALID (loadTrust; exit 2), BUNDLE_MALFORMED, BUNDLE_UNSUPPORTED,
 * BUNDLE_SIGNATURE_INVALID, BUNDLE_CERTIFICATE_INVALID, BUNDLE_TLOG_INVALID,
 * BUNDLE_TIMESTAMP_INVALID, ARTIFACT_DIGEST_MISMATCH, IDENTITY_MISMATCH.
 *
 * In-toto subjects: when an artifact is given and the bundle is DSSE with payload type
 * `application/vnd.in-toto+json`, `verifyBundle` itself requires a subject whose digest
 * equals the artifact's (ARTIFACT_DIGEST_MISMATCH otherwise) — so a caller can never
 * forget it. Call without an artifact to get the trusted payload only, then use
 * `checkStatementSubjects` (or your own matching). SLSA predicate parsing is H3's
 * (src/provenance/), not here.
 *
 * Verification never reads the wall clock: certificates are checked at the verified
 * signing time (tlog integrated time / RFC 3161 time), so fixtures never expire.
 */
export { loadTrust, PUBLIC_GOOD } from './trust.js';
export type { Trust } from './trust.js';
export { parseBundle } from './bundle.js';
export { readBundleFile, MAX_BUNDLE_BYTES } from './bundle-file.js';
export { verifyBundle } from './verify.js';
export { checkStatementSubjects } from './subjects.js';
export { digestFile, digestData, parseDigest } from './digest.js';
export { readCertificateFacts } from './certificate.js';
export type {
  ArtifactDigest,
  ArtifactInput,
  CertificateFacts,
  DigestAlgorithm,
  FulcioExtensions,
  IdentityPolicy,
  ParsedBundle,
  TrustOptions,
  VerifiedBundle,
} from './types.js';
