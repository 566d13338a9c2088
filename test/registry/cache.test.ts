import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultCache, toCacheKey } from '../../src/registry/cache.js';

describe('result cache', () => {
  it('keeps results across runs, keyed by name@version+integrity and trust fingerprint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    const a = openResultCache(dir);
    const key = toCacheKey('left-pad', '1.3.0', 'sha512-abc', 'fp1');
    expect(await a.read(key)).toBeUndefined();
    a.write(key, { signature: { status: 'verified' } });
    expect(await a.read(key)).toEqual({ signature: { status: 'verified' } });
    await a.flush();
    const b = openResultCache(dir);
    expect(await b.read(key)).toEqual({ signature: { status: 'verified' } });
    expect(await b.read(toCacheKey('left-pad', '1.3.0', 'sha512-abc', 'fp2'))).toBeUndefined();
    expect(await b.read(toCacheKey('left-pad', '1.3.0', 'sha512-other', 'fp1'))).toBeUndefined();
  });

  it('treats a corrupt pack as misses and merges many packs into one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    for (let i = 0; i < 10; i++) {
      const c = openResultCache(dir);
      c.write(`k${i}`, i);
      await c.flush();
    }
    writeFileSync(join(dir, 'v1', 'pack-0-corrupt.json'), '{"k0": 1, trunc');
    const c = openResultCache(dir);
    expect(await c.read('k9')).toBe(9);
    c.write('k10', 10);
    await c.flush();
    const packs = readdirSync(join(dir, 'v1'));
    expect(packs.length).toBeLessThanOrEqual(8);
    const d = openResultCache(dir);
    for (let i = 0; i <= 10; i++) expect(await d.read(`k${i}`)).toBe(i);
  });

  it('writes nothing when nothing is new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    await openResultCache(dir).flush();
    expect(readdirSync(dir)).toEqual([]);
  });
});
