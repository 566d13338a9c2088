/**
 * Checks JSON Schema cannot express: semver ranges, calendar dates, globs, regular
 * expressions, SPDX ids, paths that must stay inside the workspace. Runs on the raw value
 * (guarding every type, since the schema may also have failed) so all problems are
 * reported in one go.
 */
import parseSpdx from 'spdx-expression-parse';
import { checkWorkspaceGlob, parsePackageSpec } from './patterns.js';
import { toChildPath, toLocation, type ConfigIssue, type NodePosition } from './positions.js';

type Raw = Record<string, unknown>;

/** Parses `YYYY-MM-DD` (valid through the end of that day, UTC) or an ISO date-time with a zone. */
export function parseExpiry(text: string): Date | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const start = new Date(Date.UTC(y, m - 1, d));
    if (start.getUTCFullYear() !== y || start.getUTCMonth() !== m - 1 || start.getUTCDate() !== d) return undefined;
    return new Date(start.getTime() + 86_400_000);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export function checkSemantics(value: unknown, positions: Map<string, NodePosition>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const report = (path: string, message: string) => {
    const at = toLocation(positions, path);
    issues.push({ line: at.line, column: at.column, message: `${path}: ${message}` });
  };
  const root = asObject(value);
  if (!root) return issues;
  const deps = asObject(root['dependencies']);
  if (deps) {
    forEachItem(deps['deny'], 'dependencies.deny', (item, path) => checkSpec(item['package'], toChildPath(path, 'package'), report));
    // A pattern that can never match would silently switch a rule off: reject it instead.
    for (const key of ['registry-signatures', 'provenance', 'licenses', 'minimum-release-age']) {
      for (const list of ['include', 'exclude']) {
        forEachString(asObject(deps[key])?.[list], `dependencies.${key}.${list}`, (spec, path) => checkSpec(spec, path, report));
      }
    }
    forEachItem(deps['sources'], 'dependencies.sources', (item, path) => checkSpec(item['package'], toChildPath(path, 'package'), report));
    const allow = asObject(deps['install-scripts'])?.['allow'];
    forEachString(allow, 'dependencies.install-scripts.allow', (s, path) => checkSpec(s, path, report));
    const licenses = asObject(deps['licenses']);
    for (const list of ['allow', 'deny'] as const) {
      forEachString(licenses?.[list], `dependencies.licenses.${list}`, (s, path) => {
        const problem = checkSpdxId(s);
        if (problem) report(path, problem);
      });
    }
  }
  forEachItem(root['artifacts'], 'artifacts', (item, path) => {
    for (const key of ['path', 'bundle'] as const) {
      const v = item[key];
      const problem = typeof v === 'string' ? checkWorkspaceGlob(v) : undefined;
      if (problem) report(toChildPath(path, key), problem);
    }
    const regex = asObject(item['identity'])?.['san-regex'];
    if (typeof regex === 'string') {
      try {
        new RegExp(regex);
      } catch (e) {
        report(`${path}.identity.san-regex`, `expected a valid regular expression: ${(e as Error).message}`);
      }
    }
  });
  forEachItem(root['exceptions'], 'exceptions', (item, path) => {
    checkSpec(item['package'], toChildPath(path, 'package'), report);
    const glob = item['artifact'];
    const problem = typeof glob === 'string' ? checkWorkspaceGlob(glob) : undefined;
    if (problem) report(toChildPath(path, 'artifact'), problem);
    const expires = item['expires'];
    if (typeof expires === 'string' && !parseExpiry(expires)) {
      report(toChildPath(path, 'expires'), `expected a date YYYY-MM-DD (or an ISO date-time with a zone); got "${expires}"`);
    }
  });
  return issues;
}

/** A license list entry must be one SPDX id (plus `+` or `WITH exception`), not an expression. */
function checkSpdxId(id: string): string | undefined {
  try {
    const parsed = parseSpdx(id) as { conjunction?: string };
    if (parsed.conjunction) return `expected a single SPDX license id; got the expression "${id}" (list its ids separately)`;
    return undefined;
  } catch {
    return `expected an SPDX license id (https://spdx.org/licenses/, case-sensitive, e.g. MIT, Apache-2.0); got "${id}"`;
  }
}

function checkSpec(spec: unknown, path: string, report: (path: string, message: string) => void): void {
  if (typeof spec !== 'string') return;
  const parsed = parsePackageSpec(spec);
  if ('error' in parsed) report(path, parsed.error);
}

function asObject(v: unknown): Raw | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined;
}

function forEachItem(list: unknown, path: string, fn: (item: Raw, path: string) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    const obj = asObject(item);
    if (obj) fn(obj, toChildPath(path, i));
  });
}

function forEachString(list: unknown, path: string, fn: (s: string, path: string) => void): void {
  if (!Array.isArray(list)) return;
  list.forEach((s, i) => {
    if (typeof s === 'string') fn(s, toChildPath(path, i));
  });
}
