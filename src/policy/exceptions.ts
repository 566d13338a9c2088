/**
 * Waivers. A live exception attaches itself (reason, expiry, owner, policy line) to every
 * finding it covers — the finding stays in the report but no longer blocks. An expired
 * exception covers nothing and fails the gate itself (POLICY_EXCEPTION_EXPIRED), so expiry
 * cannot be ignored; a live exception that covered nothing is reported as stale, so the
 * policy does not accumulate waivers nobody needs.
 */
import { matchesPathGlob } from '../config/patterns.js';
import type { Policy, PolicyException } from '../config/types.js';
import type { AppliedException, Finding } from '../types.js';
import { matchesSpec } from './matching.js';
import type { Draft } from './model.js';

export function applyExceptions(drafts: Draft[], policy: Policy, now: Date): Finding[] {
  const findings: Finding[] = drafts.map(({ target: _target, ...f }) => f);
  const extra: Finding[] = [];
  for (const e of policy.exceptions) {
    const location = policy.locations[e.path];
    const what = `${e.path} (${e.package ?? e.artifact}${e.rules ? `, rules: ${e.rules.join(', ')}` : ''})`;
    if (now.getTime() >= e.expiresAt.getTime()) {
      extra.push({
        ruleId: 'exception-expired',
        subject: e.package ?? e.artifact ?? e.path,
        severity: 'fail',
        code: 'POLICY_EXCEPTION_EXPIRED',
        message: `The exception ${what} expired on ${e.expires} and no longer applies (reason was: ${e.reason}${e.owner ? `; owner: ${e.owner}` : ''}).`,
        fix: `Fix what it waived, or review it and move expires to a new date${e.owner ? ` (ask ${e.owner})` : ''}.`,
        ...(location ? { location } : {}),
      });
      continue;
    }
    const applied: AppliedException = { reason: e.reason, expires: e.expires, ...(e.owner ? { owner: e.owner } : {}), ...(location ? { location } : {}) };
    let used = false;
    drafts.forEach((d, i) => {
      const f = findings[i];
      if (!f || f.exception || !covers(e, d)) return;
      f.exception = applied;
      used = true;
    });
    if (!used) {
      extra.push({
        ruleId: 'exception-stale',
        subject: e.package ?? e.artifact ?? e.path,
        severity: 'warn',
        code: 'POLICY_EXCEPTION_STALE',
        message: `The exception ${what} matched no finding; it is no longer needed (or its package/range is wrong).`,
        fix: `Remove ${e.path} from the policy${location?.line ? ` (line ${location.line})` : ''}.`,
        ...(location ? { location } : {}),
      });
    }
  }
  return [...findings, ...extra];
}

function covers(e: PolicyException, d: Draft): boolean {
  if (e.rules && !e.rules.includes(d.ruleId)) return false;
  if (d.target.kind === 'package') return e.package !== undefined && matchesSpec(d.target.name, d.target.version, e.package);
  return e.artifact !== undefined && matchesPathGlob(d.target.path, e.artifact);
}
