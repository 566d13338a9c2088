/**
 * Line numbers of lockfile entries, for annotations. One pass over the text with a
 * regex over lines that open an object (`"key": {`), tracking nesting by indentation —
 * npm always writes its lockfiles pretty-printed. A minified file simply yields no
 * lines (locations then carry the file only).
 */

/** Map from an entry's key path (keys joined with '\u0000') to its 1-based line. */
export type LineIndex = Map<string, number>;

/** Only objects directly inside these keys are indexed (lockfile entries), to keep the index small. */
const ENTRY_PARENTS = new Set(['packages', 'dependencies']);

const OPENING = /^( *)"((?:[^"\\\n]|\\.)*)": *[{[]/gm;

/** Index every `"key": {` line inside a `packages` / `dependencies` object by the chain of keys that leads to it. */
export function readLineIndex(text: string): LineIndex {
  const index: LineIndex = new Map();
  const stack: { indent: number; key: string }[] = [];
  let line = 1;
  let counted = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    line += countNewlines(text, counted, m.index);
    counted = m.index;
    const indent = m[1]!.length;
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop();
    const raw = m[2]!;
    stack.push({ indent, key: raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw });
    if (stack.length > 1 && ENTRY_PARENTS.has(stack[stack.length - 2]!.key)) index.set(stack.map((s) => s.key).join('\u0000'), line);
  }
  OPENING.lastIndex = 0;
  return index;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Fast path for lockfile v2/v3: only the keys of the top-level `packages` object, found
 * with one regex anchored at their indentation (whatever npm detected: spaces or tabs).
 * Returns undefined when the layout is not recognised (the caller falls back).
 */
export function readPackagesLineIndex(text: string): LineIndex | undefined {
  const open = /^([ \t]*)"packages": *\{[ \t]*\r?\n/m.exec(text);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  const indent = /^[ \t]+(?=")/.exec(text.slice(start, start + 200))?.[0];
  if (indent === undefined || indent.length <= open[1]!.length) return undefined;
  const close = text.indexOf(`\n${open[1]}}`, start);
  const end = close < 0 ? text.length : close;
  const entry = new RegExp(`^${indent}"((?:[^"\\\\\\n]|\\\\.)*)": *\\{`, 'gm');
  entry.lastIndex = start;
  const index: LineIndex = new Map();
  let line = countNewlines(text, 0, start) + 1;
  let counted = start;
  for (let m = entry.exec(text); m && m.index < end; m = entry.exec(text)) {
    line += countNewlines(text, counted, m.index);
    counted = m.index;
    const raw = m[1]!;
    index.set(`packages\u0000${raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw}`, line);
  }
  return index;
}
