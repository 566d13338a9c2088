/**
 * The per-package verification checks: registry signature, integrity and provenance.
 * Invalid evidence fails whatever the level (it means tampering or a broken release);
 * missing evidence fails under `require` and warns under `warn`; a check that could not
 * run gets the policy's `unverifiable` severity — never silence.
 */
import type { CheckRule, DependencyPolicy } from '../config/types.js';
import type { CheckResult, Severity } from '../types.js';
import { isSelected } from './matching.js';
import { isOwnCode, type DependencySubject, type Draft } from './model.js';

type DraftInput = Omit<Draft, 'target' | 'subject' | 'location'>;

const NO_RESULT: CheckResult = {
  status: 'unverifiable',
  reason: { code: 'POLICY_CHECK_NOT_RUN', message: 'no verification result was produced for this package' },
};

export function evaluateChecks(s: DependencySubject, deps: DependencyPolicy): DraftInput[] {
  if (isOwnCode(s)) return [];
  const v = s.verification;
  const out: DraftInput[] = [];
  const sig = deps.registrySignatures;
  if (isActive(s, sig)) {
    const r = evaluateCheck('registry-signatures', 'registry signature', v?.signature ?? NO_RESULT, sig, deps, {
      missing: 'REGISTRY_SIGNATURE_MISSING',
      fix: 'Install from a registry that serves npm signatures (or point --attestations-registry past a mirror that strips them), then re-lock.',
    });
    if (r) out.push(r);
    // Integrity belongs to the same trust chain: the signature covers name@version:integrity.
    const i = evaluateCheck('integrity', 'integrity', v?.integrity ?? NO_RESULT, { ...sig, level: 'warn' }, deps, {
      missing: 'REGISTRY_INTEGRITY_MISSING',
      fix: 'Regenerate the lockfile from the registry (npm install --package-lock-only) and review the diff.',
    });
    if (i) out.push(i);
  }
  const prov = deps.provenance;
  if (isActive(s, prov)) {
    const r = evaluateCheck('provenance', 'provenance', v?.provenance ?? NO_RESULT, prov, deps, {
      missing: 'PROVENANCE_MISSING',
      fix: 'Ask the publisher to publish with provenance (npm publish --provenance from CI), or use a version that has it.',
    });
    if (r) out.push(r);
  }
  return out;
}

function isActive(s: DependencySubject, rule: CheckRule): boolean {
  return rule.level !== 'off' && isSelected(s, rule);
}

function evaluateCheck(
  ruleId: string,
  what: string,
  check: CheckResult,
  rule: CheckRule,
  deps: DependencyPolicy,
  codes: { missing: string; fix: string },
): DraftInput | undefined {
  const why = check.reason ? `: ${check.reason.message}` : '';
  switch (check.status) {
    case 'verified':
      return undefined;
    case 'invalid':
      return {
        ruleId,
        severity: 'fail',
        code: check.reason?.code ?? 'POLICY_VIOLATION',
        message: `The ${what} is invalid${why}. Invalid evidence always fails.`,
        fix: codes.fix,
      };
    case 'missing': {
      const severity: Severity = rule.level === 'require' ? 'fail' : 'warn';
      return {
        ruleId,
        severity,
        code: check.reason?.code ?? codes.missing,
        message: `No ${what}${why}; the policy ${rule.level === 'require' ? 'requires' : 'expects'} one (${ruleId}: ${rule.level}).`,
        fix: codes.fix,
      };
    }
    case 'unverifiable':
      return {
        ruleId,
        // A bundled dependency is covered by its parent's signature: worth showing, not warning.
        severity: check.reason?.code === 'PACKAGE_BUNDLED' ? 'info' : deps.unverifiable,
        code: check.reason?.code ?? 'POLICY_CHECK_NOT_RUN',
        message: `The ${what} could not be checked${why}.`,
        fix: toUnverifiableFix(check.reason?.code),
      };
  }
}

/** The fix depends on why the check could not run: a source that can never be signed vs evidence out of reach. */
function toUnverifiableFix(code: string | undefined): string {
  if (code === 'PACKAGE_NOT_FROM_REGISTRY') {
    return 'Git, tarball and local dependencies carry no registry signature or provenance: depend on a published registry version, or add an exception with a reason and expiry.';
  }
  if (code === 'PACKAGE_BUNDLED') return 'Nothing to do: a bundled dependency ships inside its parent, whose signature covers it.';
  return 'Make the evidence reachable (registry access, or an --evidence-dir recorded online) and run again.';
}
