/**
 * Facts + policy + clock → findings. Pure: no I/O, no environment, no wall clock.
 * One finding per rule violation, each with what failed and why, how to fix it, the
 * waiver to paste, and where (the lockfile line, or the policy line).
 */
import type { Policy } from '../config/types.js';
import type { ArtifactVerification, Finding, Package, PackageVerification } from '../types.js';
import { evaluateArtifacts } from './artifacts.js';
import { evaluateChecks } from './checks.js';
import { applyExceptions } from './exceptions.js';
import { evaluateLicenses } from './licenses.js';
import { toDependencySubjects, type Draft } from './model.js';
import { evaluatePackageRules } from './package-rules.js';
import { evaluateProvenanceRules } from './provenance-rules.js';
import { renderWaiver } from './waivers.js';

export interface PolicyInput {
  /** Verification results, one per package (or per install path). */
  packages: PackageVerification[];
  /** The inventory's packages: scope (dev/prod), license, direct, lockfile location. */
  inventory: Package[];
  artifacts: ArtifactVerification[];
}

export function evaluatePolicy(input: PolicyInput, policy: Policy, now: Date): Finding[] {
  const drafts: Draft[] = [];
  const deps = policy.dependencies;
  for (const s of toDependencySubjects(input.inventory, input.packages)) {
    const target = { kind: 'package' as const, name: s.name, version: s.version };
    const found = [
      ...evaluateChecks(s, deps),
      ...evaluateProvenanceRules(s, deps),
      ...evaluatePackageRules(s, deps, now),
      ...evaluateLicenses(s, deps.licenses),
    ];
    for (const f of found) drafts.push({ ...f, subject: s.key, target, ...(s.location ? { location: s.location } : {}) });
  }
  drafts.push(...evaluateArtifacts(input.artifacts, policy));
  for (const d of drafts) d.waiver = renderWaiver(d.target, d.ruleId, now);
  return applyExceptions(drafts, policy, now);
}
