/**
 * Rules on what the provenance says (or stopped saying): regressions, source consistency,
 * trusted builders and per-package source requirements (`@myorg/*` only from
 * `github.com/myorg/*`). Facts are only trusted once the provenance check verified them.
 */
import type { DependencyPolicy, RuleAction } from '../config/types.js';
import type { Severity } from '../types.js';
import { matchesBuilder, matchesRepo, matchesSpec, matchesWorkflow } from './matching.js';
import { isOwnCode, type DependencySubject, type Draft } from './model.js';

type DraftInput = Omit<Draft, 'target' | 'subject' | 'location'>;

export function evaluateProvenanceRules(s: DependencySubject, deps: DependencyPolicy): DraftInput[] {
  if (isOwnCode(s)) return [];
  const v = s.verification;
  const p = v?.provenance;
  const verified = p?.status === 'verified';
  const out: DraftInput[] = [];
  const regression = v?.regression;
  if (regression && deps.provenanceRegression !== 'off') {
    out.push({
      ruleId: 'provenance-regression',
      severity: toSeverity(deps.provenanceRegression),
      code: 'PROVENANCE_REGRESSION',
      message: `${regression.message} (previous version with provenance: ${regression.previousVersion}).`,
      fix: `Stay on ${s.name}@${regression.previousVersion} until the publisher confirms this release, or verify it by hand.`,
    });
  }
  if (verified && v?.sourceConsistency?.status === 'invalid' && deps.sourceMismatch !== 'off') {
    out.push({
      ruleId: 'source-mismatch',
      severity: toSeverity(deps.sourceMismatch),
      code: v.sourceConsistency.reason?.code ?? 'PROVENANCE_SOURCE_MISMATCH',
      message: `Built from ${p?.sourceRepo ?? '(unknown)'}, which differs from the manifest's repository${v.sourceConsistency.reason ? `: ${v.sourceConsistency.reason.message}` : ''}.`,
      fix: 'Check that the source repository is the real home of this package (forks and monorepos are legitimate; typosquats are not).',
    });
  }
  if (verified && deps.trustedBuilders && !matchesBuilder(p?.builderId, deps.trustedBuilders)) {
    out.push({
      ruleId: 'trusted-builders',
      severity: 'fail',
      code: 'POLICY_BUILDER_NOT_TRUSTED',
      message: `Built by ${p?.builderId ?? '(no builder id stated)'}; the policy trusts only ${deps.trustedBuilders.join(', ')}.`,
      fix: 'Add the builder to dependencies.trusted-builders if you trust it, or use a version built by a trusted builder.',
    });
  }
  for (const rule of deps.sources) {
    if (!matchesSpec(s.name, s.version, rule.package)) continue;
    const expected = [
      rule.repositories ? `repository ${rule.repositories.join(' | ')}` : undefined,
      rule.workflows ? `workflow ${rule.workflows.join(' | ')}` : undefined,
    ].filter(Boolean).join(' and ');
    if (!verified) {
      out.push({
        ruleId: 'sources',
        severity: 'fail',
        code: 'POLICY_SOURCE_NOT_ALLOWED',
        message: `${rule.package} must be built from ${expected || 'a verified source'}, but this version has no verified provenance (${p?.status ?? 'no result'}).`,
        fix: 'Publish it with provenance from the expected repository (npm publish --provenance in its CI).',
      });
      continue;
    }
    const repoOk = !rule.repositories || matchesRepo(p?.sourceRepo, rule.repositories);
    const wfOk = !rule.workflows || matchesWorkflow(p?.workflow, rule.workflows, p?.sourceRepo);
    if (!repoOk || !wfOk) {
      out.push({
        ruleId: 'sources',
        severity: 'fail',
        code: 'POLICY_SOURCE_NOT_ALLOWED',
        message: `${rule.package} must be built from ${expected}; got repository ${p?.sourceRepo ?? '(not stated)'}, workflow ${p?.workflow ?? '(not stated)'}.`,
        fix: 'Publish from the expected repository and workflow, or widen dependencies.sources if this source is legitimate.',
      });
    }
  }
  return out;
}

function toSeverity(action: Exclude<RuleAction, 'off'>): Severity {
  return action;
}
