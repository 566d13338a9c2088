import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';

const lock = (version: string) =>
  `${JSON.stringify(
    {
      name: 'app',
      version: '1.0.0',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^1.0.0' } },
        'node_modules/left-pad': { version, resolved: `https://registry.npmjs.org/left-pad/-/left-pad-${version}.tgz`, integrity: 'sha512-abc', license: 'MIT' },
      },
    },
    null,
    2,
  )}\n`;

function project(version = '1.3.0'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-invc-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^1.0.0' } }));
  writeFileSync(join(dir, 'package-lock.json'), lock(version));
  return dir;
}

describe('inventory cache (--cache-dir)', () => {
  it('reads back exactly what the parser produced, and re-parses when the lockfile changes', async () => {
    const dir = project();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pg-invc-cache-'));
    const parsed = await readInventory('package-lock.json', { cwd: dir });
    const cold = await readInventory('package-lock.json', { cwd: dir, cacheDir });
    expect(readdirSync(join(cacheDir, 'inventory-v1'))).toHaveLength(1);
    const warm = await readInventory('package-lock.json', { cwd: dir, cacheDir });
    expect(JSON.stringify(cold)).toBe(JSON.stringify(parsed));
    expect(JSON.stringify(warm)).toBe(JSON.stringify(parsed));
    writeFileSync(join(dir, 'package-lock.json'), lock('1.3.1'));
    const changed = await readInventory('package-lock.json', { cwd: dir, cacheDir });
    expect(changed.packages[0]!.version).toBe('1.3.1');
  });

  it('keeps only the most recent inventories', async () => {
    const dir = project();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pg-invc-cache-'));
    for (let i = 0; i < 11; i++) {
      writeFileSync(join(dir, 'package-lock.json'), lock(`1.0.${i}`));
      await readInventory('package-lock.json', { cwd: dir, cacheDir });
    }
    expect(readdirSync(join(cacheDir, 'inventory-v1')).length).toBeLessThanOrEqual(8);
    expect((await readInventory('package-lock.json', { cwd: dir, cacheDir })).packages[0]!.version).toBe('1.0.10');
  });

  it('treats a corrupt or foreign cache entry as a miss', async () => {
    const dir = project();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pg-invc-cache-'));
    const parsed = await readInventory('package-lock.json', { cwd: dir, cacheDir });
    const [entry] = readdirSync(join(cacheDir, 'inventory-v1'));
    for (const junk of ['{"packages": [', '[]', '{"packages": "x"}', 'null']) {
      writeFileSync(join(cacheDir, 'inventory-v1', entry!), junk);
      expect(JSON.stringify(await readInventory('package-lock.json', { cwd: dir, cacheDir }))).toBe(JSON.stringify(parsed));
    }
  });

  it('still rejects a lockfile that does not match package.json (errors are never cached)', async () => {
    const dir = project();
    const cacheDir = mkdtempSync(join(tmpdir(), 'pg-invc-cache-'));
    await readInventory('package-lock.json', { cwd: dir, cacheDir });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'left-pad': '^2.0.0' } }));
    await expect(readInventory('package-lock.json', { cwd: dir, cacheDir })).rejects.toMatchObject({ code: 'LOCKFILE_PACKAGE_JSON_MISMATCH' });
  });
});
