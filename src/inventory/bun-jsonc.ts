/**
 * bun.lock is JSON with trailing commas (JSONC without comments in practice). Strip the
 * trailing commas and comments outside strings, then JSON.parse; map parse errors to a
 * line. Keys of `packages` / `workspaces` get their line from one scan over the text.
 */
import { GateError } from '../errors.js';

export function parseJsonc(text: string, file: string): { value: unknown; lineOf: (key: string) => number | undefined } {
  const clean = stripJsonc(text);
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg)?.[1];
    const line = pos === undefined ? lineAt(clean, clean.length) : lineAt(clean, Number(pos));
    throw new GateError('LOCKFILE_INVALID_JSON', `bun.lock is not valid JSON: ${msg.split('\n')[0]}`, {
      file,
      line,
      fix: 'restore bun.lock from version control or run `bun install` to rewrite it',
    });
  }
  const lines = new Map<string, number>();
  const re = /^ {4}"((?:[^"\\]|\\.)*)": [[{]/gm;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    line += countNewlines(text, last, m.index);
    last = m.index;
    if (!lines.has(m[1]!)) lines.set(m[1]!, line);
  }
  const top = /^ {2}"lockfileVersion"/m.exec(text);
  if (top) lines.set('lockfileVersion', lineAt(text, top.index));
  return { value, lineOf: (key) => lines.get(key) };
}

/** Replace comments and trailing commas with spaces (keeps offsets, so lines stay right). */
function stripJsonc(text: string): string {
  const out = text.split('');
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '"') {
      for (i++; i < out.length && out[i] !== '"'; i++) if (out[i] === '\\') i++;
    } else if (c === '/' && out[i + 1] === '/') {
      for (; i < out.length && out[i] !== '\n'; i++) out[i] = ' ';
    } else if (c === '/' && out[i + 1] === '*') {
      for (; i < out.length && !(out[i] === '*' && out[i + 1] === '/'); i++) if (out[i] !== '\n') out[i] = ' ';
      if (i < out.length) out[i] = out[i + 1] = ' ';
    } else if (c === ',') {
      let j = i + 1;
      while (j < out.length && /\s/.test(out[j]!)) j++;
      if (out[j] === '}' || out[j] === ']') out[i] = ' ';
    }
  }
  return out.join('');
}

function lineAt(text: string, offset: number): number {
  return countNewlines(text, 0, offset) + 1;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
