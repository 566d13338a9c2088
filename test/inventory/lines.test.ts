import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLineIndex, readPackagesLineIndex } from '../../src/inventory/lines.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';

const lock = (indent: string | number, eol = '\n') =>
  JSON.stringify(
    {
      name: 'x',
      lockfileVersion: 3,
      packages: { '': { name: 'x', dependencies: { a: '1' } }, 'node_modules/a': { version: '1.0.0', dependencies: { b: '1' } }, 'node_modules/a\\"q': { version: '2.0.0' } },
      dependencies: { a: { version: '1.0.0' } },
    },
    null,
    indent,
  ).replaceAll('\n', eol);

describe('line index', () => {
  it.each([[2], [4], ['\t']])('fast path finds the packages entries (indent %j) like the generic scan', (indent) => {
    const text = lock(indent);
    const fast = readPackagesLineIndex(text)!;
    expect([...fast.keys()]).toEqual(['packages\u0000', 'packages\u0000node_modules/a', 'packages\u0000node_modules/a\\"q']);
    expect(fast.get('packages\u0000node_modules/a')).toBe(text.split('\n').findIndex((l) => l.includes('"node_modules/a": {')) + 1);
    if (indent !== '\t') {
      const generic = readLineIndex(text);
      for (const [k, v] of fast) expect(generic.get(k)).toBe(v);
    }
  });

  it('handles CRLF line ends', () => {
    const text = lock(2, '\r\n');
    expect(readPackagesLineIndex(text)!.get('packages\u0000node_modules/a')).toBe(11);
  });

  it('gives up (undefined) on a minified file', () => {
    expect(readPackagesLineIndex(lock(0))).toBeUndefined();
  });
});

describeRealWorld('line index on real lockfiles', () => {
  it('fast path equals the generic scan for big-app', () => {
    const text = readFileSync(realWorld('lockfiles', 'big-app', 'package-lock.json'), 'utf8');
    const fast = readPackagesLineIndex(text)!;
    const generic = readLineIndex(text);
    expect(fast.size).toBe(1247);
    for (const [k, v] of fast) expect(generic.get(k)).toBe(v);
  });
});
