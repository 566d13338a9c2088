/** Building check results: a status always comes with a stable code and a sentence. */
import type { GateErrorCode } from '../errors.js';
import type { CheckResult, CheckStatus } from '../types.js';

export function fail(status: Exclude<CheckStatus, 'verified'>, code: GateErrorCode, message: string): CheckResult {
  return { status, reason: { code, message } };
}
