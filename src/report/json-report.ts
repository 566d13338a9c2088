/**
 * The JSON report: one document with the verdict, the counts, every package and artifact
 * result and every finding, in a shape documented by `schema/report.schema.json`.
 * `schemaVersion` follows semver: additions bump the minor, any rename or removal the
 * major, so consumers can check `schemaVersion.startsWith('1.')`.
 */
import type { ArtifactVerification, CheckResult, Finding, PackageVerification, RunResult, StatusCounts } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { toDisplayPath, toLocator, type Locator } from './locate.js';

export const REPORT_SCHEMA_VERSION = '1.0.0';

/** A check as reported: status plus the reason code and sentence when not verified. */
export interface ReportCheck {
  status: CheckResult['status'];
  reason?: { code: string; message: string };
}

/** Provenance of a package in the report's terms (`commit`, `ref`, `builder`). */
export interface ReportProvenance extends ReportCheck {
  sourceRepo?: string;
  commit?: string;
  ref?: string;
  builder?: string;
  workflow?: string;
  buildType?: string;
  predicateType?: string;
  signerIdentity?: string;
  issuer?: string;
  runnerEnvironment?: string;
  logTime?: string;
  logIndex?: string;
}

export interface ReportPackage {
  id: string;
  name: string;
  version: string;
  purl: string;
  signature: ReportCheck;
  integrity: ReportCheck;
  provenance: ReportProvenance;
  sourceConsistency?: ReportCheck;
  regression?: PackageVerification['regression'];
  publishedAt?: string;
  hasInstallScript?: boolean;
  notComparable?: string[];
}

export interface ReportFinding {
  ruleId: string;
  subject: string;
  severity: Finding['severity'];
  message: string;
  /** Stable reason code behind the finding (verification reason or POLICY_*). */
  code: string | null;
  fix: string | null;
  /** The entry to add under the policy's `exceptions:` to waive it, when waivable. */
  waiver: string | null;
  location: { file: string; line?: number; column?: number } | null;
  exception: { reason: string; expires: string; owner?: string; location?: { file: string; line?: number; column?: number } } | null;
}

/** The whole document (schemaVersion 1.x). */
export interface JsonReport {
  schemaVersion: string;
  tool: { name: string; version: string };
  generatedAt: string;
  verdict: 'pass' | 'fail';
  mode: 'enforce' | 'audit';
  exitCode: 0 | 1;
  counts: StatusCounts;
  findingCounts: { fail: number; warn: number; info: number; excepted: number };
  policy: { file: string | null };
  lockfiles: { file: string; format: string; lockfileVersion: string; packages: number; notes: string[] }[];
  packages: ReportPackage[];
  artifacts: ArtifactVerification[];
  findings: ReportFinding[];
}

export interface JsonReportOptions {
  /** Workspace root: paths in the report are relative to it. */
  cwd: string;
  now: Date;
}

export function renderJsonReport(result: RunResult, options: JsonReportOptions): JsonReport {
  const { cwd } = options;
  const locate = toLocator(result, cwd);
  const findings = result.verdict.findings;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: options.now.toISOString(),
    verdict: result.verdict.result,
    mode: result.verdict.mode,
    exitCode: result.verdict.result === 'pass' ? 0 : 1,
    counts: { ...result.verdict.counts },
    findingCounts: {
      fail: findings.filter((f) => !f.exception && f.severity === 'fail').length,
      warn: findings.filter((f) => !f.exception && f.severity === 'warn').length,
      info: findings.filter((f) => !f.exception && f.severity === 'info').length,
      excepted: findings.filter((f) => f.exception).length,
    },
    policy: { file: result.policyFile ? toDisplayPath(result.policyFile, cwd) : null },
    lockfiles: result.inventories.map((inv) => ({
      file: toDisplayPath(inv.lockfile, cwd),
      format: inv.format,
      lockfileVersion: inv.lockfileVersion,
      packages: inv.packages.length,
      notes: inv.notes ?? [],
    })),
    packages: result.packages.map(toReportPackage),
    artifacts: result.artifacts.map((a) => ({ ...a, facts: { ...a.facts } })),
    findings: findings.map((f) => toReportFinding(f, locate, cwd)),
  };
}

function toReportCheck(check: CheckResult): ReportCheck {
  return check.reason ? { status: check.status, reason: { ...check.reason } } : { status: check.status };
}

function toReportPackage(p: PackageVerification): ReportPackage {
  const v = p.provenance;
  const provenance: ReportProvenance = {
    ...toReportCheck(v),
    sourceRepo: v.sourceRepo,
    commit: v.sourceCommit,
    ref: v.sourceRef,
    builder: v.builderId,
    workflow: v.workflow,
    buildType: v.buildType,
    predicateType: v.predicateType,
    signerIdentity: v.signerIdentity,
    issuer: v.issuer,
    runnerEnvironment: v.runnerEnvironment,
    logTime: v.logTime,
    logIndex: v.logIndex,
  };
  return dropUndefined({
    id: p.id,
    name: p.name,
    version: p.version,
    purl: p.purl,
    signature: toReportCheck(p.signature),
    integrity: toReportCheck(p.integrity),
    provenance: dropUndefined(provenance),
    sourceConsistency: p.sourceConsistency ? toReportCheck(p.sourceConsistency) : undefined,
    regression: p.regression ? { ...p.regression } : undefined,
    publishedAt: p.publishedAt,
    hasInstallScript: p.hasInstallScript,
    notComparable: p.notComparable,
  });
}

function toReportFinding(f: Finding, locate: Locator, cwd: string): ReportFinding {
  const e = f.exception;
  return {
    ruleId: f.ruleId,
    subject: f.subject,
    severity: f.severity,
    message: f.message,
    code: f.code ?? null,
    fix: f.fix ?? null,
    waiver: f.waiver ?? null,
    location: locate(f) ?? null,
    exception: e
      ? dropUndefined({
          reason: e.reason,
          expires: e.expires,
          owner: e.owner,
          location: e.location ? { ...e.location, file: toDisplayPath(e.location.file, cwd) } : undefined,
        })
      : null,
  };
}

/** Keys with undefined values would vanish in JSON anyway; dropping them keeps snapshots honest. */
function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
