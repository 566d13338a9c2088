/**
 * YAML (and JSON, which YAML 1.2 parses too) → plain data plus where each value is written,
 * so every config error and every finding about the policy can name file:line:column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourceLocation } from '../types.js';

/** One problem found while loading, before it is rendered as `file:line:column: …`. */
export interface ConfigIssue {
  line: number;
  column: number;
  message: string;
}

/** Where a policy path is written: its key (for "unknown key") and its value. */
export interface NodePosition {
  key?: { line: number; column: number };
  value: { line: number; column: number };
}

export interface ParsedDocument {
  value: unknown;
  /** Policy path (`a.b[2].c`, `` for the root) → position. */
  positions: Map<string, NodePosition>;
  issues: ConfigIssue[];
}

/** Joins a path and a key the way the rest of the config code spells policy paths. */
export function toChildPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export function parseYamlWithPositions(text: string): ParsedDocument {
  const lineCounter = new LineCounter();
  // uniqueKeys: a duplicated key silently overriding an earlier rule would hide a policy change.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const issues: ConfigIssue[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    const at = lineCounter.linePos(e.pos[0]);
    issues.push({ line: at.line, column: at.col, message: `invalid YAML: ${firstLine(e.message)}` });
  }
  const positions = new Map<string, NodePosition>();
  const posOf = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const walk = (node: Node | null | undefined, path: string, key?: { line: number; column: number }) => {
    const value = node?.range ? posOf(node.range[0]) : (key ?? { line: 1, column: 1 });
    positions.set(path, key ? { key, value } : { value });
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof k !== 'string' && typeof k !== 'number') continue;
        const kNode = pair.key as Node;
        const kPos = kNode.range ? posOf(kNode.range[0]) : value;
        walk(pair.value as Node | null, toChildPath(path, String(k)), kPos);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, toChildPath(path, i)));
    }
  };
  walk(doc.contents as Node | null, '');
  let value: unknown;
  if (issues.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // e.g. an alias bomb ("billion laughs"): refuse it as invalid input, never crash.
      issues.push({ line: 1, column: 1, message: `invalid YAML: ${firstLine((e as Error).message)}` });
    }
  }
  return { value, positions, issues };
}

/** The location of a policy path, falling back to its nearest written ancestor. */
export function toLocation(
  positions: Map<string, NodePosition>,
  path: string,
  which: 'key' | 'value' = 'value',
): { line: number; column: number } {
  let p: string | undefined = path;
  while (p !== undefined) {
    const hit = positions.get(p);
    if (hit) return which === 'key' && hit.key ? hit.key : hit.value;
    p = parentPath(p);
  }
  return { line: 1, column: 1 };
}

/** Every position as a SourceLocation, keyed by policy path (what findings point at). */
export function toLocationMap(positions: Map<string, NodePosition>, file: string): Record<string, SourceLocation> {
  const out: Record<string, SourceLocation> = {};
  for (const [path, pos] of positions) {
    const at = pos.key ?? pos.value;
    out[path] = { file, line: at.line, column: at.column };
  }
  return out;
}

function parentPath(path: string): string | undefined {
  if (path === '') return undefined;
  const m = /^(.*)(\[\d+\]|\.[^.[\]]+)$/.exec(path);
  return m ? m[1] : '';
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
