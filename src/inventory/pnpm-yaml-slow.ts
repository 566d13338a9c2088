/**
 * The slow, complete path of the lockfile YAML reader: the `yaml` package, for input
 * outside the subset the fast path handles, and for every syntax error (it reports
 * the position). Key lines come from the node tree, walked alongside `toJS`'s output.
 */
import YAML, { isMap, isPair, isScalar, LineCounter, type Node as YamlNode } from 'yaml';
import { GateError } from '../errors.js';
import type { LockfileYaml, Lines } from './pnpm-yaml.js';

export function parseSlow(text: string, file: string): LockfileYaml {
  const lineCounter = new LineCounter();
  const docs = YAML.parseAllDocuments(text, { lineCounter, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) {
      const pos = err.linePos?.[0];
      throw new GateError('LOCKFILE_INVALID', `not valid YAML: ${err.message.split('\n')[0]}`, {
        file,
        line: pos?.line,
        column: pos?.col,
        fix: 'restore the lockfile from version control or let the package manager rewrite it',
      });
    }
  }
  const doc = list[list.length - 1];
  if (!doc) return { value: null, lineOf: () => undefined };
  // Map JS objects to key lines by walking the node tree alongside toJS's output.
  const lines: Lines = new WeakMap();
  const value = doc.toJS({ maxAliasCount: -1 }) as unknown;
  recordLines(doc.contents, value, lines, lineCounter);
  return { value, lineOf: (obj, key) => lines.get(obj)?.get(key) };
}

function recordLines(node: unknown, value: unknown, lines: Lines, lc: LineCounter): void {
  if (!isMap(node) || value === null || typeof value !== 'object') return;
  const keyLines = new Map<string, number>();
  lines.set(value, keyLines);
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (k === undefined) continue;
    const range = (pair.key as YamlNode).range;
    if (range) keyLines.set(k, lc.linePos(range[0]).line);
    recordLines(pair.value, (value as Record<string, unknown>)[k], lines, lc);
  }
}
