/**
 * Where a finding points, in the form reports need: a path relative to the workspace
 * with forward slashes (GitHub annotations and SARIF resolve paths against the
 * repository root) and a 1-based line. The policy sets `Finding.location` when it
 * knows it; otherwise the package's lockfile entry is looked up by `name@version`.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Finding, RunResult, SourceLocation } from '../types.js';

/** Display path: relative to `cwd` when inside it, with `/` separators. */
export function toDisplayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file.split(sep).join('/');
  const rel = relative(cwd, file);
  // Outside the workspace: keep the absolute path, annotations cannot point there anyway.
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file.split(sep).join('/');
  return rel.split(sep).join('/');
}

/** Finds locations for findings that carry none, from the inventories of a run. */
export type Locator = (finding: Finding) => SourceLocation | undefined;

/** A locator over `result`; returned paths are display paths relative to `cwd`. */
export function toLocator(result: Pick<RunResult, 'inventories' | 'policyFile'>, cwd: string): Locator {
  const bySubject = new Map<string, SourceLocation>();
  for (const inv of result.inventories) {
    for (const pkg of inv.packages) {
      const key = `${pkg.name}@${pkg.version}`;
      if (!bySubject.has(key)) bySubject.set(key, { ...pkg.location, file: pkg.location.file || inv.lockfile });
    }
  }
  return (finding) => {
    const loc = finding.location ?? bySubject.get(finding.subject);
    if (!loc) return undefined;
    return { ...loc, file: toDisplayPath(loc.file, cwd) };
  };
}

/** `file:line` (or `file`) for text output. */
export function renderLocation(loc: SourceLocation | undefined): string {
  if (!loc) return '';
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}
