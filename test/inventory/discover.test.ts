import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverLockfiles, toDisplayPath } from '../../src/inventory/index.js';
import { writeFileAtomic } from '../../src/io/write-atomic.js';
import { parseJsonText } from '../../src/io/json.js';
import { GateError } from '../../src/errors.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pg-inv-'));
}

describe('discoverLockfiles', () => {
  it('finds package-lock.json', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    expect(discoverLockfiles(dir)).toEqual([join(dir, 'package-lock.json')]);
  });

  it('prefers npm-shrinkwrap.json over package-lock.json, as npm does', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    writeFileSync(join(dir, 'npm-shrinkwrap.json'), '{}');
    expect(discoverLockfiles(dir)).toEqual([join(dir, 'npm-shrinkwrap.json')]);
  });

  it('returns nothing for a folder without lockfiles', () => {
    expect(discoverLockfiles(tempDir())).toEqual([]);
  });
});

describe('toDisplayPath', () => {
  it('is relative with forward slashes inside cwd, absolute outside', () => {
    expect(toDisplayPath('/a/b', '/a/b/c/d.json')).toBe('c/d.json');
    expect(toDisplayPath('/a/b', '/x/y.json')).toBe('/x/y.json');
  });
});

describe('writeFileAtomic', () => {
  it('writes the content and leaves no temporary file', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'sub', 'out.json'), 'hello');
    expect(readFileSync(join(dir, 'sub', 'out.json'), 'utf8')).toBe('hello');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['out.json']);
  });

  it('throws OUTPUT_UNWRITABLE and leaves nothing when the target is a folder', async () => {
    const dir = tempDir();
    const err = await writeFileAtomic(dir, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect((err as GateError).code).toBe('OUTPUT_UNWRITABLE');
    expect(readdirSync(join(dir, '..')).filter((n) => n.includes('.tmp') && n.includes('pg-inv'))).toEqual([]);
  });
});

describe('parseJsonText', () => {
  it('names the line and column of a syntax error', () => {
    const err = (() => {
      try {
        parseJsonText('{\n  "a": 1,\n  "b": }\n', 'x.json');
      } catch (e) {
        return e as GateError;
      }
      throw new Error('expected a throw');
    })();
    expect(err.code).toBe('LOCKFILE_INVALID_JSON');
    expect(err.file).toBe('x.json');
    expect(err.line).toBe(3);
    expect(err.column).toBe(8);
  });

  it('points at the end for truncated input', () => {
    try {
      parseJsonText('{\n  "a": [1,', 'y.json');
      expect.unreachable();
    } catch (e) {
      expect((e as GateError).code).toBe('LOCKFILE_INVALID_JSON');
      expect((e as GateError).line).toBe(2);
    }
  });
});

describe('writeFileAtomic with chunks', () => {
  it('writes chunks of any size and non-ASCII text exactly', async () => {
    const dir = tempDir();
    const chunks = ['ä€😀', 'x'.repeat(400_000), 'ü'.repeat(300_000), ...Array.from({ length: 5000 }, (_, i) => `line ${i} ✓\n`), 'end'];
    await writeFileAtomic(join(dir, 'big.txt'), chunks);
    expect(readFileSync(join(dir, 'big.txt'), 'utf8')).toBe(chunks.join(''));
    expect(readdirSync(dir)).toEqual(['big.txt']);
  });

  it('removes the temporary file when producing a chunk fails', async () => {
    const dir = tempDir();
    function* failing(): Generator<string> {
      yield 'partial';
      throw new GateError('INTERNAL', 'boom');
    }
    await expect(writeFileAtomic(join(dir, 'out.json'), failing())).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
