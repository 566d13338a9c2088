/** Maps @sigstore/verify and @sigstore/core failures onto the gate's stable reason codes. */
import { GateError, type GateErrorCode } from '../errors.js';

const CODES: Record<string, GateErrorCode> = {
  SIGNATURE_ERROR: 'BUNDLE_SIGNATURE_INVALID',
  PUBLIC_KEY_ERROR: 'BUNDLE_SIGNATURE_INVALID',
  CERTIFICATE_ERROR: 'BUNDLE_CERTIFICATE_INVALID',
  TLOG_ERROR: 'BUNDLE_TLOG_INVALID',
  TLOG_BODY_ERROR: 'BUNDLE_TLOG_INVALID',
  TLOG_INCLUSION_PROOF_ERROR: 'BUNDLE_TLOG_INVALID',
  TLOG_INCLUSION_PROMISE_ERROR: 'BUNDLE_TLOG_INVALID',
  TLOG_MISSING_INCLUSION_ERROR: 'BUNDLE_TLOG_INVALID',
  TIMESTAMP_ERROR: 'BUNDLE_TIMESTAMP_INVALID',
  UNTRUSTED_SIGNER_ERROR: 'IDENTITY_MISMATCH',
};

/** The sigstore-js error code of `e`, if it is one. */
export function readSigstoreCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in CODES ? code : undefined;
}

/** Any failure inside verification → GateError with the matching code (`fallback` for the unknown). */
export function toGateError(e: unknown, fallback: GateErrorCode, file?: string): GateError {
  if (e instanceof GateError) return e;
  const sig = readSigstoreCode(e);
  const code = sig ? CODES[sig]! : fallback;
  const message = e instanceof Error ? e.message : String(e);
  return new GateError(code, message, { file, cause: e });
}
