/**
 * What each policy rule means, for people and tools reading a report. Titles and help
 * come from the policy's own catalogue (src/policy/rules.ts), so there is one wording;
 * this adds what only reports need: a SARIF security-severity per rule. An id the
 * catalogue does not know still renders, with generic help, so a new rule never breaks a report.
 */
import { RULES, type RuleId } from '../policy/rules.js';

/** Help for one rule, shared by SARIF `rules[]`, the job summary and the console. */
export interface RuleHelp {
  id: string;
  title: string;
  /** What the rule checks and what to do when it fails. */
  help: string;
  /** Policy key that configures it (`dependencies.provenance`), when known. */
  policyKey?: string;
  /** GitHub code scanning ranks alerts by this (0.1–10; ≥7 high, ≥9 critical). */
  securitySeverity: number;
}

/**
 * Code scanning severities: tampering and denied releases rank critical/high; missing
 * evidence medium; hygiene (licenses, stale waivers) low.
 */
const SECURITY_SEVERITY: Record<RuleId, number> = {
  'registry-signatures': 8.1,
  integrity: 8.1,
  provenance: 5.3,
  'provenance-regression': 7.5,
  'source-mismatch': 6.5,
  sources: 7.5,
  'trusted-builders': 7.5,
  deny: 9.1,
  licenses: 3.1,
  'minimum-release-age': 4.3,
  'install-scripts': 6.1,
  'artifact-missing': 7.5,
  'artifact-signature': 8.8,
  'artifact-identity': 8.8,
  'artifact-source': 8.1,
  'artifact-builder': 7.5,
  'artifact-predicate-type': 5.3,
  'artifact-runner': 6.5,
  'exception-expired': 5.0,
  'exception-stale': 1.0,
};

function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/** Help for `ruleId`; unknown ids get generic text instead of failing the report. */
export function toRuleHelp(ruleId: string): RuleHelp {
  if (isRuleId(ruleId)) {
    const r = RULES[ruleId];
    return { id: ruleId, title: r.title, help: r.help, policyKey: r.policyKey, securitySeverity: SECURITY_SEVERITY[ruleId] };
  }
  return {
    id: ruleId,
    title: ruleId,
    help: `Policy rule '${ruleId}' failed. The message says what was found; fix it, or add an exception with this rule id, a reason and an expiry date.`,
    securitySeverity: 5.0,
  };
}
