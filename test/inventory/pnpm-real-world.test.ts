/**
 * The pnpm v9 lockfile of big-app against the npm lockfile of the same project (read by
 * the npm reader): the same packages (name@version) and the same edges, apart from two
 * differences that are the formats', not ours — both asserted precisely below:
 *  1. npm lists the 195 packages bundled inside the `npm` tarball (bundleDependencies)
 *     and npm's edges to them; pnpm never records bundled packages.
 *  2. pnpm records a snapshot per peer-dependency variant and resolves optional peers
 *     that are present in the tree (`debug` → `supports-color`, `@typescript-eslint/*` →
 *     `typescript`); we merge variants into one component (one tarball, one purl), so
 *     some packages carry peer edges npm records only where it installed that peer.
 * Platform-specific optional packages are in both lockfiles (both record every platform).
 */
import { expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import type { Inventory } from '../../src/types.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';
import { parseLockfileYaml } from '../../src/inventory/pnpm-yaml.js';
import { readFileSync } from 'node:fs';

const nv = (p: { name: string; version: string }) => `${p.name}@${p.version}`;

function edges(inv: Inventory): Map<string, { bundledEnd: boolean }> {
  const byId = new Map(inv.packages.map((p) => [p.id, p]));
  const out = new Map<string, { bundledEnd: boolean }>();
  for (const p of inv.packages) {
    for (const d of p.dependencies) {
      const q = byId.get(d);
      if (q) out.set(`${nv(p)} > ${nv(q)}`, { bundledEnd: p.bundled || q.bundled });
    }
  }
  return out;
}

describeRealWorld('pnpm v9 lockfile of big-app vs its npm lockfile', () => {
  it('has the same packages and edges, except bundled packages and merged peer variants', async () => {
    const npm = await readInventory(realWorld('lockfiles/big-app/package-lock.json'));
    const pnpm = await readInventory(realWorld('lockfiles/pnpm9/pnpm-lock.yaml'));
    expect(pnpm.format).toBe('pnpm');
    expect(pnpm.lockfileVersion).toBe('9.0');

    const npmNv = new Set(npm.packages.map(nv));
    const pnpmNv = new Set(pnpm.packages.map(nv));
    expect(pnpm.packages.length).toBe(pnpmNv.size); // one component per name@version
    expect([...pnpmNv].filter((x) => !npmNv.has(x))).toEqual([]);
    const missing = [...npmNv].filter((x) => !pnpmNv.has(x));
    const bundledOnly = new Set(npm.packages.filter((p) => p.bundled).map(nv));
    expect(missing.length).toBeGreaterThan(100);
    expect(missing.filter((x) => !bundledOnly.has(x))).toEqual([]);

    const e1 = edges(npm);
    const e2 = edges(pnpm);
    expect(e2.size).toBeGreaterThan(2000);
    const onlyNpm = [...e1].filter(([k]) => !e2.has(k));
    expect(onlyNpm.filter(([, v]) => !v.bundledEnd).map(([k]) => k)).toEqual([]);
    // every pnpm-only edge is to a declared peer dependency of its source package
    const lock = parseLockfileYaml(readFileSync(realWorld('lockfiles/pnpm9/pnpm-lock.yaml'), 'utf8'), 'pnpm-lock.yaml').value as {
      packages: Record<string, { peerDependencies?: Record<string, string> }>;
    };
    const onlyPnpm = [...e2.keys()].filter((k) => !e1.has(k));
    expect(onlyPnpm.length).toBeLessThan(20);
    for (const k of onlyPnpm) {
      const [from, to] = k.split(' > ') as [string, string];
      const target = to.slice(0, to.lastIndexOf('@'));
      expect(Object.keys(lock.packages[from]?.peerDependencies ?? {}), k).toContain(target);
    }
  });

  it('marks the same direct dependencies, dev and optional packages as npm', async () => {
    const npm = await readInventory(realWorld('lockfiles/big-app/package-lock.json'));
    const pnpm = await readInventory(realWorld('lockfiles/pnpm9/pnpm-lock.yaml'));
    // per name@version (pnpm has one component each): dev/optional when every copy is, direct when any is
    const flags = (inv: Inventory, f: 'dev' | 'optional' | 'direct') => {
      const all = new Map<string, boolean>();
      for (const p of inv.packages.filter((q) => !q.bundled)) {
        const k = nv(p);
        all.set(k, f === 'direct' ? p[f] || (all.get(k) ?? false) : p[f] && (all.get(k) ?? true));
      }
      return new Set([...all].filter(([, v]) => v).map(([k]) => k));
    };
    for (const f of ['direct', 'optional', 'dev'] as const) {
      const a = flags(npm, f);
      const b = flags(pnpm, f);
      expect(b.size, f).toBeGreaterThan(0);
      expect([...a].filter((x) => !b.has(x)), f).toEqual([]);
      // npm's lockfile marks a few dev tools' dependencies prod because the packages
      // bundled inside `npm` declare them too; pnpm (no bundled packages) derives dev.
      if (f === 'dev') expect([...b].filter((x) => !a.has(x)).length).toBeLessThan(15);
      else expect([...b].filter((x) => !a.has(x)), f).toEqual([]);
    }
    expect(pnpm.notes?.join('\n')).toMatch(/no dev\/optional flags/);
    expect(pnpm.notes?.join('\n')).toMatch(/no licences/);
  });
});
