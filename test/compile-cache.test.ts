import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_CACHE_SUBDIR, enableCompileCacheIn, findCacheDirArgument } from '../src/compile-cache.js';

describe('compile cache in --cache-dir', () => {
  it('finds --cache-dir in either spelling, the last one winning, never after --', () => {
    expect(findCacheDirArgument(['check', '--cache-dir', '.cache/pg'])).toBe('.cache/pg');
    expect(findCacheDirArgument(['--cache-dir=/tmp/x', '--offline'])).toBe('/tmp/x');
    expect(findCacheDirArgument(['--cache-dir', 'a', '--cache-dir=b'])).toBe('b');
    expect(findCacheDirArgument(['sbom', '--', '--cache-dir', 'x'])).toBeUndefined();
    expect(findCacheDirArgument(['--cache-dir'])).toBeUndefined();
    expect(findCacheDirArgument(['--cache-dir='])).toBeUndefined();
    expect(findCacheDirArgument(['check'])).toBeUndefined();
  });

  it('creates <dir>/v8-compile-cache (relative to cwd) and enables the cache there', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pg-cc-'));
    const seen: string[] = [];
    expect(enableCompileCacheIn('deep/cache', cwd, (dir) => (seen.push(dir), { status: 1 }))).toBe(true);
    const dir = join(cwd, 'deep', 'cache', COMPILE_CACHE_SUBDIR);
    expect(seen).toEqual([dir]);
    expect(statSync(dir).isDirectory()).toBe(true);
    // An existing directory is fine too; Node's own FAILED status is reported as false.
    expect(enableCompileCacheIn('deep/cache', cwd, () => ({ status: 0 }))).toBe(false);
  });

  it('does nothing without a cache dir, and gives up quietly where it cannot write', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pg-cc-'));
    const enable = () => {
      throw new Error('must not be called');
    };
    expect(enableCompileCacheIn(undefined, cwd, enable)).toBe(false);
    writeFileSync(join(cwd, 'file'), 'x');
    expect(enableCompileCacheIn('file', cwd, enable)).toBe(false);
    expect(enableCompileCacheIn('file/below', cwd, enable)).toBe(false);
    // Node's recursive mkdir loops forever here (ENOENT under an existing parent).
    if (existsSync('/proc/self')) expect(enableCompileCacheIn('/proc/self/pg/cache', cwd, enable)).toBe(false);
    expect(enableCompileCacheIn('/dev/null/cache', cwd, () => ({ status: 1 }))).toBe(false);
  });
});
