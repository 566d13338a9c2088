/**
 * Annotations for the workflow run: one per finding that needs attention, placed on the
 * lockfile line of the package or the policy line of a policy problem, so the pull
 * request diff shows the failure where it is fixed. GitHub shows at most 10 errors and
 * 10 warnings per step, so past `limit` per level the rest fold into one annotation that
 * points to the summary. Waived findings are not annotated (the summary lists them).
 */
import type { GateError } from '../errors.js';
import type { Finding, RunResult } from '../types.js';
import { toDisplayPath, toLocator } from './locate.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation, as `core.error` / `core.warning` / `core.notice` take it. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationOptions {
  cwd: string;
  /** Annotations per level before the rest are folded into one (default 10, GitHub's per-step cap). */
  limit?: number;
}

export function renderAnnotations(result: RunResult, options: AnnotationOptions): Annotation[] {
  const limit = options.limit ?? 10;
  const locate = toLocator(result, options.cwd);
  const audit = result.verdict.mode === 'audit';
  const all = result.verdict.findings
    .filter((f) => !f.exception)
    .map((f) => toAnnotation(f, locate(f), audit));
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const list = all.filter((a) => a.level === level);
    out.push(...list.slice(0, limit));
    const rest = list.length - limit;
    if (rest > 0) {
      out.push({ level, title: 'provenance-gate', message: `${rest} more ${level === 'notice' ? 'notes' : `${level}s`} are not annotated; see the job summary or the JSON report.` });
    }
  }
  return out;
}

function toAnnotation(f: Finding, loc: ReturnType<ReturnType<typeof toLocator>>, audit: boolean): Annotation {
  // In audit mode nothing fails the build, so failures show as warnings that say so.
  const level: AnnotationLevel = f.severity === 'fail' ? (audit ? 'warning' : 'error') : f.severity === 'warn' ? 'warning' : 'notice';
  const prefix = f.severity === 'fail' && audit ? '(audit mode: would fail) ' : '';
  const a: Annotation = {
    level,
    title: `provenance-gate: ${f.ruleId}`,
    message: `${prefix}${f.subject}: ${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}`,
  };
  if (loc) {
    a.file = loc.file;
    if (loc.line) a.startLine = loc.line;
    if (loc.column) a.startColumn = loc.column;
  }
  return a;
}

/** The annotation for an error that stopped the run (config, input): on the file and line it names. */
export function renderErrorAnnotation(e: GateError, cwd: string): Annotation {
  const a: Annotation = { level: 'error', title: `provenance-gate: ${e.code}`, message: `${e.message}${e.fix ? `\nFix: ${e.fix}` : ''}` };
  if (e.file) a.file = toDisplayPath(e.file, cwd);
  if (e.line) a.startLine = e.line;
  if (e.column) a.startColumn = e.column;
  return a;
}
