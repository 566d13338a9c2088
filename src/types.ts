/**
 * The domain types that flow between pipeline stages:
 * inventory → SBOM → evidence → verify → policy → report.
 * Stages talk only through these shapes; each stage's internals stay private.
 */

// ───────────────────────────── inventory ─────────────────────────────

/** Where a package's code comes from, as the lockfile records it. */
export type PackageSource =
  | 'registry' // an npm registry tarball (default or custom registry)
  | 'git' // git+https://…, github:…, git+ssh://…
  | 'tarball' // a remote tarball URL that is not a registry path
  | 'file' // file: dependency (directory or local tarball)
  | 'link' // a symlink into the tree (workspaces, link: dependencies)
  | 'workspace'; // a workspace package of this repository

export type LockfileFormat = 'npm' | 'pnpm' | 'yarn-classic' | 'yarn-berry' | 'bun';

/** A location in a file, 1-based, for annotations and SARIF. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** One package node of the installed tree (one per install path, like cyclonedx-npm). */
export interface Package {
  /** Stable, unique id within the inventory; also the SBOM bom-ref. */
  id: string;
  ecosystem: 'npm';
  /** The package's real name (for aliases: the target, not the alias). */
  name: string;
  version: string;
  /** Name under which the parent depends on it when it differs from `name` (npm: aliases). */
  alias?: string;
  /** purl per the purl spec, with vcs_url / download_url / repository_url qualifiers where needed. */
  purl: string;
  /** SRI string as recorded by the lockfile (e.g. `sha512-…`), if any. */
  integrity?: string;
  /** The resolved URL or spec recorded by the lockfile. */
  resolved?: string;
  source: PackageSource;
  /** Registry base URL the package resolves from, when source is 'registry'. */
  registry?: string;
  /** Install paths in the tree, e.g. `node_modules/a/node_modules/b`. First is canonical. */
  paths: string[];
  /** Only needed for development (npm's `dev: true`). */
  dev: boolean;
  /** Only reachable through optional dependencies. */
  optional: boolean;
  /** Needed only by dev or by optional dependencies (npm's `devOptional`): omitted only when both are. */
  devOptional?: boolean;
  /** Shipped inside its parent's tarball (bundleDependencies): never fetched separately. */
  bundled: boolean;
  /** Depended on directly by the root project or a workspace. */
  direct: boolean;
  /** Ids of the packages this one resolves its dependencies to. */
  dependencies: string[];
  /** License as recorded (SPDX id, expression or free text). */
  license?: string;
  hasInstallScript?: boolean;
  /** Where the package is recorded, for annotations. */
  location: SourceLocation;
}

/** The project (or a workspace) the inventory belongs to. */
export interface RootComponent {
  id: string;
  name: string;
  version: string;
  purl: string;
  description?: string;
  license?: string;
  /** Ids of the packages the root depends on directly. */
  dependencies: string[];
}

export interface Inventory {
  /** Path of the lockfile this inventory was read from (as given / relative to cwd). */
  lockfile: string;
  format: LockfileFormat;
  /** Lockfile format version as recorded (npm lockfileVersion, pnpm lockfileVersion, …). */
  lockfileVersion: string;
  root: RootComponent;
  /** Workspace packages are also in `packages`, with source 'workspace'. */
  packages: Package[];
  /** Checks the lockfile format cannot support, and why (never pretend). */
  notes?: string[];
}

// ───────────────────────────── verification ─────────────────────────────

export type CheckStatus = 'verified' | 'missing' | 'invalid' | 'unverifiable';

/** Why a check ended where it did: a stable code users and policies act on, and a sentence. */
export interface Reason {
  code: string;
  message: string;
}

export interface CheckResult {
  status: CheckStatus;
  reason?: Reason;
}

/** What a signature and its provenance say, once verified. Absent = not stated. */
export interface ProvenanceFacts {
  /** Certificate SAN (workflow identity, email, URI) or key id for key-signed bundles. */
  signerIdentity?: string;
  issuer?: string;
  /** e.g. `https://github.com/owner/repo` */
  sourceRepo?: string;
  sourceRef?: string;
  sourceCommit?: string;
  /** Workflow that ran the build, e.g. `owner/repo/.github/workflows/release.yml` */
  workflow?: string;
  /** `github-hosted` | `self-hosted` from the Fulcio extension. */
  runnerEnvironment?: string;
  builderId?: string;
  buildType?: string;
  predicateType?: string;
  /** ISO-8601 time from the transparency log or timestamp authority. */
  logTime?: string;
  /** Transparency log index, when logged. */
  logIndex?: string;
}

export interface ProvenanceCheck extends CheckResult, ProvenanceFacts {}

/** Per-package verification result (the JSON report's `packages[]`). */
export interface PackageVerification {
  id: string;
  name: string;
  version: string;
  purl: string;
  /** npm registry signature over `${name}@${version}:${integrity}`. */
  signature: CheckResult;
  /** Lockfile integrity vs the registry's `dist.integrity`. */
  integrity: CheckResult;
  provenance: ProvenanceCheck;
  /** Provenance source repo vs the manifest's `repository`. */
  sourceConsistency?: CheckResult;
  /** Set when an earlier version of the same major line had provenance and this one lacks or changed it. */
  regression?: { kind: 'missing' | 'source-changed' | 'workflow-changed'; previousVersion: string; message: string };
  /** From the registry's manifest, for policy rules. */
  publishedAt?: string;
  hasInstallScript?: boolean;
  /** Checks that the lockfile format could not compare (e.g. no integrity recorded). */
  notComparable?: string[];
}

/** Per-artifact verification result (the JSON report's `artifacts[]`). */
export interface ArtifactVerification {
  /** Path relative to the workspace, or `sha256:…` for digest-only subjects. */
  subject: string;
  digest: { algorithm: 'sha256' | 'sha512'; hex: string };
  status: CheckStatus;
  reason?: Reason;
  /** The bundle / attestation file that decided the status. */
  evidence?: string;
  facts: ProvenanceFacts;
}

// ───────────────────────────── policy & verdict ─────────────────────────────

export type Severity = 'fail' | 'warn' | 'info';

export interface AppliedException {
  reason: string;
  expires: string;
  owner?: string;
  location?: SourceLocation;
}

export interface Finding {
  /** Stable rule id, e.g. `provenance`, `registry-signatures`, `deny`. */
  ruleId: string;
  /** package `name@version`, or the artifact subject. */
  subject: string;
  severity: Severity;
  message: string;
  /** How to fix it or the waiver to add. */
  fix?: string;
  location?: SourceLocation;
  exception?: AppliedException;
  /** Stable reason code behind the finding (a verification reason code, or POLICY_* ), e.g. `POLICY_EXCEPTION_EXPIRED`. */
  code?: string;
  /** The exact YAML to add under `exceptions:` to waive this finding (multi-line), when waivable. */
  waiver?: string;
}

export interface StatusCounts {
  verified: number;
  missing: number;
  invalid: number;
  unverifiable: number;
  excepted: number;
}

export interface Verdict {
  result: 'pass' | 'fail';
  mode: 'enforce' | 'audit';
  counts: StatusCounts;
  findings: Finding[];
}

// ───────────────────────────── the pipeline (src/run.ts) ─────────────────────────────

/** Everything `check` (CLI) and the action need; both entry points build this and call run(). */
export interface RunOptions {
  /** Workspace root: every input path must stay inside it. */
  cwd: string;
  /** Policy file (YAML or JSON); undefined = defaults. */
  policyFile?: string;
  /** Lockfiles; empty = discover in cwd. */
  lockfiles: string[];
  /** Artifact globs (relative to cwd, inside it). */
  artifacts: string[];
  outputDir?: string;
  sbomFile?: string;
  jsonFile?: string;
  sarifFile?: string;
  registry?: string;
  attestationsRegistry?: string;
  offline: boolean;
  /** Offline evidence store to read (with offline) … */
  evidenceDir?: string;
  /** … or to record into, for later air-gapped runs. */
  recordEvidence?: string;
  cacheDir?: string;
  trustedRoots: string[];
  concurrency: number;
  /** Overrides the policy's mode when set. */
  mode?: 'enforce' | 'audit';
  githubToken?: string;
  npmToken?: string;
  now: Date;
  env: Record<string, string | undefined>;
  /** Progress and informational lines (never secrets). */
  log: (line: string) => void;
}

/** What run() hands to the reports and the entry points. */
export interface RunResult {
  inventories: Inventory[];
  packages: PackageVerification[];
  artifacts: ArtifactVerification[];
  verdict: Verdict;
  /** Files written, for action outputs. */
  files: { sbom?: string; report?: string; sarif?: string };
  /** Where the policy came from (for annotations on policy lines). */
  policyFile?: string;
}
