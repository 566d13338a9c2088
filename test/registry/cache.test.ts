import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openResultCache, toCacheKey } from '../../src/registry/cache.js';

describe('result cache', () => {
  it('keeps results across runs, keyed by name@version+integrity and trust fingerprint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    const a = await openResultCache(dir);
    const key = toCacheKey('left-pad', '1.3.0', 'sha512-abc', 'fp1');
    expect(a.read(key)).toBeUndefined();
    a.write(key, { signature: { status: 'verified' } });
    expect(a.read(key)).toEqual({ signature: { status: 'verified' } });
    await a.flush();
    const b = await openResultCache(dir);
    expect(b.read(key)).toEqual({ signature: { status: 'verified' } });
    expect(b.read(toCacheKey('left-pad', '1.3.0', 'sha512-abc', 'fp2'))).toBeUndefined();
    expect(b.read(toCacheKey('left-pad', '1.3.0', 'sha512-other', 'fp1'))).toBeUndefined();
  });

  it('treats a corrupt pack as misses and merges many packs into one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    for (let i = 0; i < 10; i++) {
      const c = await openResultCache(dir);
      c.write(`k${i}`, i);
      await c.flush();
    }
    writeFileSync(join(dir, 'v1', 'pack-0-corrupt.json'), '{"k0": 1, trunc');
    const c = await openResultCache(dir);
    expect(c.read('k9')).toBe(9);
    c.write('k10', 10);
    await c.flush();
    expect(c.read('k10')).toBe(10);
    expect(c.read('k0')).toBe(0);
    const packs = readdirSync(join(dir, 'v1'));
    expect(packs.length).toBeLessThanOrEqual(8);
    const d = await openResultCache(dir);
    for (let i = 0; i <= 10; i++) expect(d.read(`k${i}`)).toBe(i);
  });

  it('ignores truncated, empty, non-object and unreadable packs and half-written temp files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    const c = await openResultCache(dir);
    c.write('good', { ok: true });
    await c.flush();
    const v1 = join(dir, 'v1');
    writeFileSync(join(v1, 'pack-1-trunc.json'), '{"good": {"ok": fal');
    writeFileSync(join(v1, 'pack-2-empty.json'), '');
    writeFileSync(join(v1, 'pack-3-array.json'), '[1, 2]');
    writeFileSync(join(v1, 'pack-4-null.json'), 'null');
    writeFileSync(join(v1, 'pack-5-tmp.json.tmp'), '{"good": {"ok": false}}');
    mkdirSync(join(v1, 'pack-6-dir.json'));
    const d = await openResultCache(dir);
    expect(d.read('good')).toEqual({ ok: true });
    expect(d.read('0')).toBeUndefined();
  });

  it('a newer pack wins over an older one for the same key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    mkdirSync(join(dir, 'v1'));
    writeFileSync(join(dir, 'v1', 'pack-1000-a.json'), '{"k": "old"}');
    writeFileSync(join(dir, 'v1', 'pack-2000-b.json'), '{"k": "new"}');
    expect((await openResultCache(dir)).read('k')).toBe('new');
  });

  it('writes nothing when nothing is new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-rc-'));
    await (await openResultCache(dir)).flush();
    expect(readdirSync(dir)).toEqual([]);
  });
});
