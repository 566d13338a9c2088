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
