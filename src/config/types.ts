/**
 * The policy after loading: every default applied, every pattern validated. The file's
 * shape is schema/provenance-gate.schema.json; this is what evaluation receives.
 * Absent optional fields mean "not checked" (never "checked against empty").
 */
import type { SourceLocation } from '../types.js';

/** require: missing evidence fails; warn: missing evidence warns; off: not checked. */
export type Level = 'require' | 'warn' | 'off';
/** What a finding of a rule does to the gate. */
export type RuleAction = 'fail' | 'warn' | 'off';
/** prod = not dev-only; dev = dev-only; all = both. */
export type Scope = 'prod' | 'dev' | 'all';

/** Which packages a rule applies to. Empty include = every package in scope. */
export interface Selection {
  scope: Scope;
  /** Package name globs (or name@range); empty = all. */
  include: string[];
  exclude: string[];
}

export interface CheckRule extends Selection {
  level: Level;
}

export interface SourceRule {
  /** Package name glob, e.g. `@myorg/*`. */
  package: string;
  /** Repository globs, normalized to `host/owner/repo` (e.g. `github.com/myorg/*`). */
  repositories?: string[];
  /** Workflow path globs, e.g. `myorg/app/.github/workflows/release.yml`. */
  workflows?: string[];
  /** Policy path of this entry, e.g. `dependencies.sources[0]`. */
  path: string;
}

export interface DenyRule {
  /** `name@range` as written. */
  package: string;
  reason: string;
  path: string;
}

export interface LicenseRule extends Selection {
  /** SPDX ids / plus-ranges; undefined = no allow-list. */
  allow?: string[];
  deny?: string[];
  /** Severity for a missing or non-SPDX license. */
  unknown: RuleAction;
}

export interface ReleaseAgeRule extends Selection {
  days: number;
}

export interface DependencyPolicy {
  registrySignatures: CheckRule;
  provenance: CheckRule;
  /** Severity when a check could not be done at all. */
  unverifiable: 'fail' | 'warn' | 'info';
  provenanceRegression: RuleAction;
  sourceMismatch: RuleAction;
  /** Builder id globs; undefined = any builder. */
  trustedBuilders?: string[];
  sources: SourceRule[];
  deny: DenyRule[];
  licenses?: LicenseRule;
  minimumReleaseAge?: ReleaseAgeRule;
  /** Allow-list of packages that may run install scripts; undefined = not checked. */
  installScripts?: { allow: string[] };
}

/** Who must have signed an artifact. Exactly one of san / sanRegex / signerWorkflow. */
export interface IdentityRequirement {
  issuer?: string;
  san?: string;
  /** As written; evaluation anchors it (`^(?:…)$`). */
  sanRegex?: string;
  signerWorkflow?: string;
}

/** One `artifacts[]` entry: plain data, also handed to the artifact verifier. */
export interface ArtifactRequirement {
  /** Glob relative to the workspace. */
  path: string;
  bundle?: string;
  identity?: IdentityRequirement;
  sourceRepo?: string;
  /** Full ref globs; `tag: v*` is stored here as `refs/tags/v*`. */
  refs?: string[];
  builderIds?: string[];
  predicateType?: string;
  denySelfHostedRunners: boolean;
  required: boolean;
  /** Policy path, e.g. `artifacts[0]`. */
  policyPath: string;
}

export interface PolicyException {
  package?: string;
  artifact?: string;
  /** Waived rule ids; undefined = every rule for the subject. */
  rules?: string[];
  reason: string;
  /** As written (YYYY-MM-DD or date-time). */
  expires: string;
  /** The instant it stops applying (end of the stated day, UTC, for a date). */
  expiresAt: Date;
  owner?: string;
  /** Policy path, e.g. `exceptions[2]`. */
  path: string;
}

export interface Policy {
  mode: 'enforce' | 'audit';
  dependencies: DependencyPolicy;
  artifacts: ArtifactRequirement[];
  exceptions: PolicyException[];
  /** The file it came from; undefined for the built-in defaults. */
  file?: string;
  /** Policy path (`exceptions[2]`, `dependencies.deny[0].package`) → where it is written. */
  locations: Record<string, SourceLocation>;
}
