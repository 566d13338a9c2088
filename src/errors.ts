/**
 * One error type for everything a user can act on: a stable code, a sentence that
 * states expected vs got, and (where there is one) the fix. Codes are never renamed
 * or reused; the README lists them.
 *
 * Convention: verifiers throw GateError inside a check; the loop over subjects catches
 * it and records a status + reason. Anything that is not a GateError is a bug and
 * stops the run with exit code 2 — a bug is never a verdict.
 */
export type GateErrorCode =
  // usage / config / input — exit 2
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_OUTSIDE_WORKSPACE'
  | 'LOCKFILE_NOT_FOUND'
  | 'LOCKFILE_INVALID_JSON'
  | 'LOCKFILE_INVALID'
  | 'LOCKFILE_UNSUPPORTED_VERSION'
  | 'LOCKFILE_MISSING_VERSION'
  | 'LOCKFILE_PACKAGE_JSON_MISMATCH'
  | 'LOCKFILE_CONFLICT'
  | 'TRUST_ROOT_INVALID'
  | 'OUTPUT_UNWRITABLE'
  // verification outcomes — recorded per subject, exit 1 when they fail the gate
  | 'BUNDLE_MALFORMED'
  | 'BUNDLE_UNSUPPORTED'
  | 'BUNDLE_SIGNATURE_INVALID'
  | 'BUNDLE_CERTIFICATE_INVALID'
  | 'BUNDLE_TLOG_INVALID'
  | 'BUNDLE_TIMESTAMP_INVALID'
  | 'BUNDLE_NOT_FOUND'
  | 'ARTIFACT_DIGEST_MISMATCH'
  | 'IDENTITY_MISMATCH'
  | 'PROVENANCE_MALFORMED'
  | 'PROVENANCE_PREDICATE_MISMATCH'
  | 'PROVENANCE_SUBJECT_MISMATCH'
  | 'PROVENANCE_BUILDER_MISMATCH'
  | 'PROVENANCE_SOURCE_MISMATCH'
  | 'PROVENANCE_CERTIFICATE_MISMATCH'
  | 'PROVENANCE_UNVERIFIABLE_OFFLINE'
  | 'REGISTRY_UNREACHABLE'
  | 'REGISTRY_BAD_RESPONSE'
  | 'REGISTRY_SIGNATURE_INVALID'
  | 'REGISTRY_SIGNATURE_MISSING'
  | 'REGISTRY_KEY_UNKNOWN'
  | 'REGISTRY_KEY_EXPIRED'
  | 'REGISTRY_INTEGRITY_MISMATCH'
  | 'REGISTRY_NO_KEYS'
  | 'REGISTRY_VERSION_NOT_FOUND'
  | 'REGISTRY_OFFLINE_NO_EVIDENCE'
  | 'PACKAGE_NOT_FROM_REGISTRY'
  | 'PACKAGE_BUNDLED'
  | 'PACKAGE_NO_INTEGRITY'
  | 'PROVENANCE_MISSING'
  | 'PROVENANCE_PUBLISH_ATTESTATION_MISSING'
  | 'PROVENANCE_REGRESSION'
  | 'MANIFEST_NO_REPOSITORY'
  | 'PROVENANCE_BUILDER_UNTRUSTED'
  | 'PROVENANCE_REF_MISMATCH'
  | 'PROVENANCE_WORKFLOW_INPUTS_MISMATCH'
  | 'GITHUB_API_UNREACHABLE'
  | 'GITHUB_API_BAD_RESPONSE'
  | 'GITHUB_API_UNAUTHORIZED'
  | 'POLICY_VIOLATION'
  | 'POLICY_EXCEPTION_EXPIRED'
  | 'INTERNAL';

/** Codes that mean "the invocation or its inputs are wrong" → exit code 2. */
const INPUT_CODES: ReadonlySet<GateErrorCode> = new Set<GateErrorCode>([
  'USAGE',
  'CONFIG_INVALID',
  'CONFIG_NOT_FOUND',
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_OUTSIDE_WORKSPACE',
  'LOCKFILE_NOT_FOUND',
  'LOCKFILE_INVALID_JSON',
  'LOCKFILE_INVALID',
  'LOCKFILE_UNSUPPORTED_VERSION',
  'LOCKFILE_MISSING_VERSION',
  'LOCKFILE_PACKAGE_JSON_MISMATCH',
  'LOCKFILE_CONFLICT',
  'TRUST_ROOT_INVALID',
  'GITHUB_API_UNAUTHORIZED',
  'OUTPUT_UNWRITABLE',
  'INTERNAL',
]);

export interface GateErrorOptions {
  /** How the user fixes it, one sentence. */
  fix?: string;
  /** File the problem is in, and the 1-based line/column where known. */
  file?: string;
  line?: number;
  column?: number;
  cause?: unknown;
}

export class GateError extends Error {
  readonly code: GateErrorCode;
  readonly fix?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: GateErrorCode, message: string, options: GateErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GateError';
    this.code = code;
    this.fix = options.fix;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }
}

export function isGateError(e: unknown): e is GateError {
  return e instanceof GateError;
}

/** Exit code for an error that ended a command: 2 for input problems, 1 for failed verification. */
export function toExitCode(e: unknown): 1 | 2 {
  if (isGateError(e)) return INPUT_CODES.has(e.code) ? 2 : 1;
  return 2;
}

/** One line for the terminal: `provenance-gate: CODE file:line: message (fix)`. */
export function renderError(e: unknown): string {
  if (!isGateError(e)) {
    const msg = e instanceof Error ? e.message : String(e);
    return `provenance-gate: INTERNAL: ${msg} (this is a bug; please report it)`;
  }
  const where = e.file ? `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}: ` : '';
  const fix = e.fix ? ` — ${e.fix}` : '';
  return `provenance-gate: ${e.code}: ${where}${e.message}${fix}`;
}
