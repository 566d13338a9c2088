/** Rules on the package itself: deny-list, install scripts, minimum release age (cooldown). */
import type { DependencyPolicy } from '../config/types.js';
import { isSelected, matchesSpec } from './matching.js';
import { isOwnCode, type DependencySubject, type Draft } from './model.js';

type DraftInput = Omit<Draft, 'target' | 'subject' | 'location'>;

const DAY_MS = 86_400_000;

export function evaluatePackageRules(s: DependencySubject, deps: DependencyPolicy, now: Date): DraftInput[] {
  const out: DraftInput[] = [];
  for (const rule of deps.deny) {
    if (!matchesSpec(s.name, s.version, rule.package)) continue;
    out.push({
      ruleId: 'deny',
      severity: 'fail',
      code: 'POLICY_PACKAGE_DENIED',
      message: `${s.key} is denied by the policy (${rule.package}): ${rule.reason}.`,
      fix: `Remove ${s.name} or move to a version outside ${rule.package}, then re-lock.`,
    });
  }
  if (isOwnCode(s)) return out;
  const scripts = deps.installScripts;
  if (scripts && s.hasInstallScript && !scripts.allow.some((p) => matchesSpec(s.name, s.version, p))) {
    out.push({
      ruleId: 'install-scripts',
      severity: 'fail',
      code: 'POLICY_INSTALL_SCRIPT',
      message: `${s.key} runs an install script (preinstall/install/postinstall) and is not in install-scripts.allow.`,
      fix: `Review the script; if it is needed, add "${s.name}" to dependencies.install-scripts.allow.`,
    });
  }
  const age = deps.minimumReleaseAge;
  // Only registry versions have a publish time; git/tarball/file sources are already
  // reported as unverifiable by the signature and provenance checks.
  if (age && isSelected(s, age) && (s.source === undefined || s.source === 'registry')) {
    const published = s.verification?.publishedAt;
    const t = published === undefined ? NaN : Date.parse(published);
    if (Number.isNaN(t)) {
      out.push({
        ruleId: 'minimum-release-age',
        severity: deps.unverifiable,
        code: 'POLICY_RELEASE_AGE_UNKNOWN',
        message: `The publish time of ${s.key} is unknown, so its age (minimum ${age.days} days) cannot be checked.`,
        fix: 'Run with registry access so the publish time can be read.',
      });
    } else if (now.getTime() - t < age.days * DAY_MS) {
      const days = ((now.getTime() - t) / DAY_MS).toFixed(1);
      const eligible = new Date(t + age.days * DAY_MS).toISOString();
      out.push({
        ruleId: 'minimum-release-age',
        severity: 'fail',
        code: 'POLICY_RELEASE_TOO_NEW',
        message: `${s.key} was published ${days} days ago (${published}); the policy requires ${age.days} days.`,
        fix: `Wait until ${eligible}, or pin the previous version.`,
      });
    }
  }
  return out;
}
