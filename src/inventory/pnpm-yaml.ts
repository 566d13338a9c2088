/**
 * Lockfile YAML, fast. pnpm-lock.yaml and yarn berry's yarn.lock are written by their
 * package managers' own YAML emitters: block mappings with 2-space indents, one-line flow
 * collections, quoted keys — a small, regular subset. The `yaml` package parses big-app's
 * pnpm lockfile in ~110 ms (JSON.parse of the npm lockfile: ~2 ms), so this reader handles
 * that subset in one pass and hands anything else (anchors, block scalars, tabs, odd
 * quoting, and every syntax error) to `yaml`, which has the final word and the error
 * positions. Both paths record the 1-based line of every mapping key, for annotations.
 */
import { parseSlow } from './pnpm-yaml-slow.js';

/** A parsed document plus the line each mapping key was written on. */
export interface LockfileYaml {
  value: unknown;
  /** 1-based line of `key` in mapping `obj`, when known. */
  lineOf(obj: object, key: string): number | undefined;
}

export type Lines = WeakMap<object, Map<string, number>>;
/** Thrown by the fast path for anything outside the subset; never escapes this module. */
class Unsupported extends Error {}

/** Parse the LAST YAML document of `text` (pnpm 11+ writes two; the lockfile is the last). */
export function parseLockfileYaml(text: string, file: string): LockfileYaml {
  const lines: Lines = new WeakMap();
  const lineOf = (obj: object, key: string) => lines.get(obj)?.get(key);
  try {
    return { value: parseFast(text, lines), lineOf };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
  }
  return parseSlow(text, file);
}

function parseFast(text: string, lines: Lines): unknown {
  let root: unknown = undefined;
  // stack of open containers: indent of their keys/items, the container, last key (maps)
  let stack: { indent: number; node: Record<string, unknown> | unknown[]; key?: string }[] = [];
  let pending: { indent: number; parent: Record<string, unknown>; key: string } | undefined;
  const src = text.split('\n');
  for (let n = 0; n < src.length; n++) {
    let line = src[n]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line[indent] === '#') continue;
    if (line[indent] === '\t') throw new Unsupported();
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...'))) {
      if (line.length > 3 && line[3] !== ' ') throw new Unsupported();
      if (line.startsWith('---')) {
        root = undefined;
        stack = [];
        pending = undefined;
        if (line.slice(3).trim() !== '') throw new Unsupported();
      }
      continue;
    }
    const isItem = line[indent] === '-' && (line.length === indent + 1 || line[indent + 1] === ' ');
    if (pending) {
      // the value of `key:` is the block that starts here
      if (indent > pending.indent || (isItem && indent === pending.indent)) {
        const node: Record<string, unknown> | unknown[] = isItem ? [] : {};
        pending.parent[pending.key] = node;
        stack.push({ indent, node });
      } else {
        pending.parent[pending.key] = null;
      }
      pending = undefined;
    }
    if (root === undefined) {
      root = isItem ? [] : {};
      stack = [{ indent, node: root as Record<string, unknown> }];
    }
    while (stack.length > 0 && stack[stack.length - 1]!.indent > indent) stack.pop();
    const top = stack[stack.length - 1];
    if (!top || top.indent !== indent) throw new Unsupported();
    if (isItem) {
      if (!Array.isArray(top.node)) throw new Unsupported();
      const rest = line.slice(indent + 1).trim();
      if (rest === '' || /^[^'"{[]*:(?: |$)/.test(rest)) throw new Unsupported(); // nested block in an item
      top.node.push(parseScalarOrFlow(rest));
      continue;
    }
    if (Array.isArray(top.node)) throw new Unsupported();
    const map = top.node;
    const [key, after] = readKey(line, indent);
    if (Object.prototype.hasOwnProperty.call(map, key)) throw new Unsupported(); // duplicate: let yaml report it
    let keyLines = lines.get(map);
    if (!keyLines) lines.set(map, (keyLines = new Map()));
    keyLines.set(key, n + 1);
    const rest = line.slice(after).trim();
    if (rest === '' || rest[0] === '#') {
      map[key] = null;
      pending = { indent, parent: map, key };
    } else {
      map[key] = parseScalarOrFlow(rest);
    }
  }
  return root ?? null;
}

/** The key at `start` and the index just after its `:`. */
function readKey(line: string, start: number): [string, number] {
  const q = line[start];
  if (q === "'" || q === '"') {
    const end = closingQuote(line, start);
    if (line[end + 1] !== ':' || (end + 2 < line.length && line[end + 2] !== ' ')) throw new Unsupported();
    return [unquote(line.slice(start, end + 1)), end + 2];
  }
  const colon = line.indexOf(': ', start);
  const end = colon >= 0 ? colon : line.endsWith(':') ? line.length - 1 : -1;
  if (end <= start) throw new Unsupported();
  const key = line.slice(start, end);
  if (/^[&*!|>%@`{[\]?]|[#,]|^-\s/.test(key)) throw new Unsupported();
  return [key, end + 1];
}

function closingQuote(s: string, start: number): number {
  const q = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') i++;
    else if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") i++;
      else return i;
    }
  }
  throw new Unsupported();
}

function unquote(token: string): string {
  if (token[0] === "'") return token.slice(1, -1).replace(/''/g, "'");
  try {
    return JSON.parse(token) as string; // YAML double-quoted escapes ⊇ JSON's; others → fallback
  } catch {
    throw new Unsupported();
  }
}

function parseScalarOrFlow(s: string): unknown {
  if (s[0] === '{' || s[0] === '[') {
    const [value, end] = parseFlow(s, 0);
    const tail = s.slice(end).trim();
    if (tail !== '' && tail[0] !== '#') throw new Unsupported();
    return value;
  }
  if (s[0] === "'" || s[0] === '"') {
    const end = closingQuote(s, 0);
    const tail = s.slice(end + 1).trim();
    if (tail !== '' && tail[0] !== '#') throw new Unsupported();
    return unquote(s.slice(0, end + 1));
  }
  const hash = s.indexOf(' #');
  return toPlain(hash >= 0 ? s.slice(0, hash).trimEnd() : s);
}

/** A one-line flow collection starting at `i`; returns the value and the index after it. */
function parseFlow(s: string, i: number): [unknown, number] {
  const open = s[i];
  const close = open === '{' ? '}' : ']';
  const out: Record<string, unknown> | unknown[] = open === '{' ? {} : [];
  i++;
  for (;;) {
    while (s[i] === ' ') i++;
    if (s[i] === close) return [out, i + 1];
    let key: string | undefined;
    if (!Array.isArray(out)) {
      [key, i] = readFlowToken(s, i, true);
      if (s[i] !== ':') throw new Unsupported();
      i++;
      while (s[i] === ' ') i++;
    }
    let value: unknown;
    if (s[i] === '{' || s[i] === '[') [value, i] = parseFlow(s, i);
    else {
      let token: string;
      [token, i] = readFlowToken(s, i, false);
      value = token[0] === "'" || token[0] === '"' ? unquote(token) : toPlain(token);
    }
    if (Array.isArray(out)) out.push(value);
    else if (Object.prototype.hasOwnProperty.call(out, key!)) throw new Unsupported();
    else out[key!] = value;
    while (s[i] === ' ') i++;
    if (s[i] === ',') i++;
    else if (s[i] !== close) throw new Unsupported();
  }
}

/** A flow scalar: quoted (returned with its quotes) or plain up to `,` `]` `}` (and `: ` for keys). */
function readFlowToken(s: string, i: number, isKey: boolean): [string, number] {
  if (s[i] === "'" || s[i] === '"') {
    const end = closingQuote(s, i);
    const token = s.slice(i, end + 1);
    return [isKey ? unquote(token) : token, end + 1];
  }
  let j = i;
  while (j < s.length) {
    const c = s[j];
    if (c === ',' || c === '}' || c === ']') break;
    if (c === ':' && (s[j + 1] === ' ' || s[j + 1] === ',' || s[j + 1] === '}' || j + 1 === s.length)) break;
    if (c === '{' || c === '[' || c === '#') throw new Unsupported();
    j++;
  }
  const token = s.slice(i, j).trim();
  if (token === '') throw new Unsupported();
  return [token, j];
}

/** YAML 1.2 core schema for plain scalars (what `yaml` does by default). */
function toPlain(s: string): unknown {
  if (/^[&*!|>%@`]/.test(s) || s.startsWith('- ') || s.includes(': ')) throw new Unsupported();
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  if (s === 'null' || s === '~' || s === 'Null' || s === 'NULL') return null;
  if (/^[-+]?\d{1,15}(?:\.\d{1,15})?$/.test(s)) return Number(s); // e.g. yarn's `version: 8`
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$|^0[xo]|^[-+]?\.(?:inf|nan)$/i.test(s)) {
    throw new Unsupported(); // other number forms: let `yaml` apply its exact rules
  }
  return s;
}
