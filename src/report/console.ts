/**
 * Console output for the CLI and the action log: a compact summary that leads with the
 * verdict and the counts, one line per finding that needs attention (with where and how
 * to fix it), coloured only when the output is a terminal (or the caller forces it).
 */
import type { Finding, RunResult, Severity } from '../types.js';
import { TOOL_NAME } from '../version.js';
import { renderLocation, toLocator } from './locate.js';

export interface ConsoleOptions {
  cwd: string;
  color: boolean;
  /** Print at most this many findings per severity (default 20); the JSON report has them all. */
  limit?: number;
}

type Paint = (code: string, s: string) => string;

const MARK: Record<Severity, string> = { fail: '✖', warn: '⚠', info: 'ℹ' };
const COLOR: Record<Severity, string> = { fail: '31', warn: '33', info: '36' };

export function renderConsole(result: RunResult, options: ConsoleOptions): string {
  const paint: Paint = options.color ? (code, s) => `\u001b[${code}m${s}\u001b[0m` : (_c, s) => s;
  const limit = options.limit ?? 20;
  const locate = toLocator(result, options.cwd);
  const v = result.verdict;
  const c = v.counts;
  const verdict = v.result === 'pass' ? paint('1;32', 'PASS') : paint('1;31', 'FAIL');
  const lines = [
    `${TOOL_NAME}: ${verdict} (${v.mode}) — ${count(result.packages.length, 'package')}, ${count(result.artifacts.length, 'artifact')}`,
    `  verified ${paint('32', String(c.verified))} · missing ${paint(c.missing ? '33' : '2', String(c.missing))} · invalid ${paint(c.invalid ? '31' : '2', String(c.invalid))} · unverifiable ${paint(c.unverifiable ? '33' : '2', String(c.unverifiable))} · excepted ${paint('2', String(c.excepted))}`,
  ];
  for (const severity of ['fail', 'warn', 'info'] as const) {
    const list = groupFindings(v.findings.filter((f) => !f.exception && f.severity === severity));
    for (const g of list.slice(0, limit)) lines.push(...renderFinding(g, renderLocation(locate(g.first)), paint));
    // limit 0 is --quiet: the counts line below says how many there are.
    if (list.length > limit && limit > 0) lines.push(paint('2', `  … ${list.length - limit} more (${severity}); see the JSON report`));
  }
  // The good news is part of the answer too: what was waived (and until when) and which artifacts verified.
  for (const f of v.findings.filter((x) => x.exception).slice(0, limit)) {
    const e = f.exception!;
    lines.push(`  ${paint('2', '◌ waived')} ${paint('1', f.subject)}  ${paint('2', f.ruleId)}  ${e.reason} (${e.owner ? `${e.owner}, ` : ''}until ${e.expires})`);
  }
  for (const a of result.artifacts.filter((x) => x.status === 'verified').slice(0, limit)) {
    const f = a.facts;
    const source = f.sourceRepo ? ` — ${f.sourceRepo}${f.sourceRef ? `@${f.sourceRef}` : ''}${f.sourceCommit ? ` (${f.sourceCommit.slice(0, 12)})` : ''}` : '';
    lines.push(`  ${paint('32', '✔ verified')} ${paint('1', a.subject)}${source}${f.signerIdentity ? paint('2', `  signed by ${f.signerIdentity}`) : ''}`);
  }
  const waived = v.findings.filter((f) => f.exception).length;
  const failing = v.findings.filter((f) => !f.exception && f.severity === 'fail').length;
  const warnings = v.findings.filter((f) => !f.exception && f.severity === 'warn').length;
  lines.push(`  ${failing} failing · ${count(warnings, 'warning')} · ${waived} waived`);
  return `${lines.join('\n')}\n`;
}

/** Findings about one subject with the same code and fix (e.g. three checks a git source cannot have) print as one line. */
interface FindingGroup {
  first: Finding;
  ruleIds: string[];
}

function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.subject}\u0000${f.code ?? f.message}\u0000${f.fix ?? ''}`;
    const g = groups.get(key);
    if (g) g.ruleIds.push(f.ruleId);
    else groups.set(key, { first: f, ruleIds: [f.ruleId] });
  }
  return [...groups.values()];
}

function renderFinding(g: FindingGroup, where: string, paint: Paint): string[] {
  const f = g.first;
  const head = `  ${paint(COLOR[f.severity], MARK[f.severity])} ${paint('1', f.subject)}  ${paint('2', g.ruleIds.join(', '))}  ${f.message}${where ? paint('2', `  (${where})`) : ''}`;
  return f.fix ? [head, paint('2', `      fix: ${f.fix}`)] : [head];
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

/** Colour on when the stream is a TTY, unless NO_COLOR is set; FORCE_COLOR (≠ 0) wins. */
export function toColorEnabled(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' ) return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/**
 * A progress reporter for long runs: `verifying packages 120/1246`, at most one line per
 * `step` percent so logs (where \r does not work) stay short; always reports the end.
 */
export function toProgress(log: (line: string) => void, label: string, total: number, step = 10): (done: number) => void {
  let last = -1;
  return (done) => {
    if (total <= 0) return;
    // The end gets its own bucket so it is always reported exactly once.
    const bucket = done >= total ? Number.MAX_SAFE_INTEGER : Math.floor(((done / total) * 100) / step);
    if (bucket === last) return;
    last = bucket;
    log(renderProgress(label, done, total));
  };
}

export function renderProgress(label: string, done: number, total: number): string {
  return `${label} ${done}/${total}`;
}
