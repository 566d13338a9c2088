/**
 * The job summary (GITHUB_STEP_SUMMARY): verdict first, then the counts, then a table of
 * what failed with the reason and the fix, then the waivers to add, and everything else
 * collapsed. GitHub rejects a step summary over 1 MiB, so the full rendering falls back
 * to shorter ones that still lead with the verdict and the failures.
 */
import type { Finding, RunResult, SourceLocation } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { renderLocation, toDisplayPath, toLocator, type Locator } from './locate.js';
import { escapeCell, formatCount, renderCode, renderDetails, renderLink, renderTable } from './markdown.js';
import { toRuleHelp } from './rules.js';
import { renderArtifactTable, renderPackageTable } from './summary-details.js';
import { renderWaiverYaml } from './waiver.js';

/** GitHub's limit for one step's summary (SUMMARY_UPLOAD_SIZE_LIMIT). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface SummaryOptions {
  /** Workspace root: locations are shown relative to it. */
  cwd: string;
  now: Date;
  /** e.g. `https://github.com/o/r/blob/<sha>`: locations become links to the line. */
  blobBaseUrl?: string;
  /** Where the full JSON report is (named in the footer and the fallback). */
  reportFile?: string;
  /** Budget in bytes (default 1 MiB); tests use small ones. */
  maxBytes?: number;
}

export function renderSummary(result: RunResult, options: SummaryOptions): string {
  const max = options.maxBytes ?? SUMMARY_MAX_BYTES;
  const ctx = { result, options, locate: toLocator(result, options.cwd) };
  const full = renderSections(ctx, true);
  if (byteLength(full) <= max) return full;
  const withoutPackages = renderSections(ctx, false);
  if (byteLength(withoutPackages) <= max) return withoutPackages;
  return renderShort(ctx, max);
}

interface Ctx {
  result: RunResult;
  options: SummaryOptions;
  locate: Locator;
}

function renderSections(ctx: Ctx, withPackages: boolean): string {
  const { result, options } = ctx;
  const findings = result.verdict.findings;
  const failing = findings.filter((f) => !f.exception && f.severity === 'fail');
  const warnings = findings.filter((f) => !f.exception && f.severity === 'warn');
  const notes = findings.filter((f) => !f.exception && f.severity === 'info');
  const waived = findings.filter((f) => f.exception);
  const parts = [renderHeadline(ctx), renderCounts(result)];
  if (failing.length > 0) {
    parts.push(`### ${result.verdict.mode === 'audit' ? 'What would fail in enforce mode' : 'What failed'}`, renderFindingTable(ctx, failing));
    const yaml = renderWaiverYaml(failing, new Set(result.artifacts.map((a) => a.subject)), options.now);
    if (yaml) parts.push(renderDetails('Waivers to add, if accepting the risk is right (policy <code>exceptions:</code>)', `\`\`\`yaml\n${yaml}\n\`\`\``));
  }
  if (warnings.length > 0) parts.push(renderDetails(`⚠️ Warnings (${formatCount(warnings.length)})`, renderFindingTable(ctx, warnings)));
  if (waived.length > 0) parts.push(renderDetails(`🏷️ Waived by exceptions (${formatCount(waived.length)})`, renderWaivedTable(waived)));
  if (notes.length > 0) parts.push(renderDetails(`ℹ️ Notes (${formatCount(notes.length)})`, renderFindingTable(ctx, notes)));
  if (result.artifacts.length > 0) parts.push(renderDetails(`📎 Artifacts (${formatCount(result.artifacts.length)})`, renderArtifactTable(result.artifacts)));
  if (withPackages && result.packages.length > 0) parts.push(renderDetails(`📦 Packages (${formatCount(result.packages.length)})`, renderPackageTable(result.packages)));
  parts.push(renderFooter(ctx, withPackages ? '' : ' The package table was left out to stay within the 1 MiB summary limit.'));
  return `${parts.join('\n\n')}\n`;
}

/** Headline, counts and as many failure rows as fit in `max` bytes. */
function renderShort(ctx: Ctx, max: number): string {
  const failing = ctx.result.verdict.findings.filter((f) => !f.exception && f.severity === 'fail');
  const head = `${renderHeadline(ctx)}\n\n${renderCounts(ctx.result)}\n\n`;
  const reserve = 600; // footer and the truncation note
  const rows: string[][] = [];
  let size = byteLength(head) + reserve + 200;
  for (const f of failing) {
    const row = toFindingRow(ctx, f);
    const rowSize = byteLength(row.join(' | ')) + 6;
    if (size + rowSize > max) break;
    rows.push(row);
    size += rowSize;
  }
  const table = rows.length > 0 ? `### What failed\n\n${renderTable(FINDING_HEADERS, rows)}\n\n` : '';
  const omitted = failing.length - rows.length;
  const note = `The full summary is larger than GitHub's 1 MiB limit, so this is the short form${omitted > 0 ? `; ${formatCount(omitted)} more failing findings are` : '; warnings, waivers and per-package details are'} in the JSON report${ctx.options.reportFile ? ` (${renderCode(ctx.options.reportFile)})` : ''}.`;
  return `${head}${table}${note}\n\n${renderFooter(ctx, '')}\n`;
}

function renderHeadline({ result, options }: Ctx): string {
  const v = result.verdict;
  const failing = v.findings.filter((f) => !f.exception && f.severity === 'fail').length;
  const warn = v.findings.filter((f) => !f.exception && f.severity === 'warn').length;
  const waived = v.findings.filter((f) => f.exception).length;
  const icon = v.result === 'fail' ? '❌' : failing > 0 || warn > 0 ? '⚠️' : '✅';
  const title = `## ${icon} ${TOOL_NAME}: ${v.result === 'fail' ? 'FAIL' : 'PASS'}${v.mode === 'audit' ? ' (audit mode)' : ''}`;
  const what = [
    failing > 0 ? `**${formatCount(failing)} ${plural(failing, 'finding')} ${v.mode === 'audit' ? 'would fail' : failing === 1 ? 'fails' : 'fail'} the gate**` : 'No finding fails the gate',
    `${formatCount(warn)} ${plural(warn, 'warning')}`,
    `${formatCount(waived)} waived by exceptions`,
  ].join(' · ');
  const lockfiles = result.inventories.map((i) => renderCode(toDisplayPath(i.lockfile, options.cwd))).join(', ');
  const scope = `${formatCount(result.packages.length)} ${plural(result.packages.length, 'package')}${lockfiles ? ` from ${lockfiles}` : ''}, ${formatCount(result.artifacts.length)} ${plural(result.artifacts.length, 'artifact')}.`;
  return `${title}\n\n${what}. ${scope}`;
}

function renderCounts(result: RunResult): string {
  const c = result.verdict.counts;
  return renderTable(
    ['✅ verified', '❔ missing', '❌ invalid', '⚠️ unverifiable', '🏷️ excepted'],
    [[c.verified, c.missing, c.invalid, c.unverifiable, c.excepted].map(formatCount)],
    ['r', 'r', 'r', 'r', 'r'],
  );
}

const FINDING_HEADERS = ['Subject', 'Rule', 'Why', 'Fix', 'Where'];

function renderFindingTable(ctx: Ctx, findings: Finding[]): string {
  return renderTable(FINDING_HEADERS, findings.map((f) => toFindingRow(ctx, f)));
}

function toFindingRow(ctx: Ctx, f: Finding): string[] {
  const fix = f.fix ?? toHelpFix(f.ruleId);
  return [renderCode(f.subject), renderCode(f.ruleId), escapeCell(f.message), escapeCell(fix), renderWhere(ctx, ctx.locate(f))];
}

function renderWaivedTable(findings: Finding[]): string {
  const rows = findings.map((f) => {
    const e = f.exception!;
    return [renderCode(f.subject), renderCode(f.ruleId), escapeCell(e.reason), escapeCell(e.expires), escapeCell(e.owner ?? '')];
  });
  return renderTable(['Subject', 'Rule', 'Reason', 'Expires', 'Owner'], rows);
}

function renderWhere(ctx: Ctx, loc: SourceLocation | undefined): string {
  if (!loc) return '';
  const base = ctx.options.blobBaseUrl?.replace(/\/+$/, '');
  const url = base && !loc.file.startsWith('/') ? `${base}/${loc.file}${loc.line ? `#L${loc.line}` : ''}` : undefined;
  return renderLink(escapeCell(renderLocation(loc)), url);
}

function renderFooter({ options }: Ctx, extra: string): string {
  const report = options.reportFile ? ` Full results: ${renderCode(options.reportFile)}.` : '';
  return `<sub>${TOOL_NAME} ${TOOL_VERSION} · ${options.now.toISOString()}.${report}${extra}</sub>`;
}

/** The rule help's `Fix: …` sentence, for findings that bring no fix of their own. */
function toHelpFix(ruleId: string): string {
  const help = toRuleHelp(ruleId).help;
  const i = help.indexOf('Fix: ');
  return i === -1 ? `Review it; if it is acceptable, waive it with an exception for rule ${ruleId}.` : help.slice(i + 5);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
