/**
 * The yarn v1 lockfile syntax (neither JSON nor YAML): indentation-nested blocks,
 * `key value` pairs, comma-separated quoted keys. Written here rather than taken from
 * `@yarnpkg/lockfile` (yarn's own parser, last published 2018) because we need the line of
 * every entry for annotations and a precise error for a truncated or corrupt file; the
 * grammar is small: a line is `keys:` (opens a block) or `key value`.
 */
import { GateError } from '../errors.js';

/** One top-level entry: its specifiers (`name@range`), fields, and line. */
export interface YarnV1Entry {
  specifiers: string[];
  fields: Record<string, string | boolean | Record<string, string>>;
  line: number;
}

export function parseYarnV1Syntax(text: string, file: string): YarnV1Entry[] {
  const entries: YarnV1Entry[] = [];
  let entry: YarnV1Entry | undefined;
  let nested: Record<string, string> | undefined;
  const lines = text.split('\n');
  const fail = (n: number, why: string) =>
    new GateError('LOCKFILE_INVALID', `not a valid yarn v1 lockfile: ${why}`, {
      file,
      line: n + 1,
      fix: 'restore yarn.lock from version control or run `yarn install` to rewrite it',
    });
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    const opens = body.endsWith(':');
    if (indent === 0) {
      if (!opens) throw fail(n, `expected 'specifier:' but got '${clip(body)}'`);
      entry = { specifiers: readTokens(body.slice(0, -1), n, fail, true), fields: {}, line: n + 1 };
      entries.push(entry);
      nested = undefined;
    } else if (indent === 2 && entry) {
      if (opens) {
        nested = {};
        entry.fields[readTokens(body.slice(0, -1), n, fail, false)[0]!] = nested;
      } else {
        const [key, value] = readPair(body, n, fail);
        entry.fields[key] = value === 'true' ? true : value === 'false' ? false : value;
        nested = undefined;
      }
    } else if (indent === 4 && nested) {
      const [key, value] = readPair(body, n, fail);
      nested[key] = value;
    } else {
      throw fail(n, `unexpected indentation (${indent} spaces)`);
    }
  }
  return entries;
}

type Fail = (n: number, why: string) => GateError;

function readPair(body: string, n: number, fail: Fail): [string, string] {
  const tokens = readTokens(body, n, fail, false, ' ');
  if (tokens.length !== 2 || tokens[0] === '') throw fail(n, `expected 'key value' but got '${clip(body)}'`);
  return [tokens[0]!, tokens[1]!];
}

/** Quoted ("…", JSON escapes) or bare tokens separated by `sep` (', ' for keys, ' ' for pairs). */
function readTokens(s: string, n: number, fail: Fail, commaList: boolean, sep = ', '): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) throw fail(n, 'unterminated string');
      try {
        out.push(JSON.parse(s.slice(i, j + 1)) as string);
      } catch {
        throw fail(n, 'bad escape in string');
      }
      i = j + 1;
    } else {
      const end = commaList ? s.indexOf(sep, i) : s.indexOf(' ', i);
      const stop = end < 0 ? s.length : end;
      out.push(s.slice(i, stop));
      i = stop;
    }
    if (i < s.length) {
      if (s.startsWith(sep, i)) i += sep.length;
      else if (!commaList && s[i] === ' ') i++;
      else throw fail(n, `unexpected '${s[i]}'`);
    }
  }
  if (out.length === 0 || (commaList && out.some((t) => t === ''))) throw fail(n, 'empty key');
  return out;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
