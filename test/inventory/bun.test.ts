import { describe, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import type { Inventory, Package } from '../../src/types.js';
import { REPO_ROOT } from '../support/real-world.js';

const pkgs = (inv: Inventory, name: string): Package[] => inv.packages.filter((x) => x.name === name);
const depNames = (inv: Inventory, p: { dependencies: string[] }) =>
  p.dependencies.map((id) => inv.packages.find((x) => x.id === id)!).map((x) => `${x.name}@${x.version}`).sort();

describe('bun.lock fixture (real bun output)', () => {
  it('reads install-path keys, sources, aliases and workspaces', async () => {
    const inv = await readInventory('fixtures/lockfiles/bun/workspaces/bun.lock', { cwd: REPO_ROOT });
    expect(inv).toMatchObject({ format: 'bun', lockfileVersion: '2' });
    expect(inv.root).toMatchObject({ name: 'fixture-app', version: '1.0.0' });
    // bun keeps npm's install-path shape: the alias `left` and `left-pad` are two installs
    const leftPad = pkgs(inv, 'left-pad');
    expect(leftPad.map((p) => p.alias).sort()).toEqual(['left', undefined]);
    expect(leftPad.every((p) => p.purl === 'pkg:npm/left-pad@1.3.0')).toBe(true);
    // nested install (debug/ms) resolves before the hoisted one
    const debug = pkgs(inv, 'debug')[0]!;
    expect(debug).toMatchObject({ dev: true, direct: true });
    expect(depNames(inv, debug)).toEqual(['ms@2.1.2']);
    expect(pkgs(inv, 'ms').map((p) => p.version).sort()).toEqual(['2.1.2', '2.1.3']);
    expect(pkgs(inv, 'ms').find((p) => p.version === '2.1.3')!.purl).toBe('pkg:npm/ms@2.1.3');
    expect(pkgs(inv, 'tardep')[0]!.purl).toBe('pkg:npm/tardep@1.0.0?download_url=http%3A%2F%2F127.0.0.1%3A9419%2Ftardep-1.0.0.tgz');
    expect(pkgs(inv, 'gitdep')[0]).toMatchObject({ source: 'git', resolved: 'git+git://127.0.0.1/gitdep.git#727ce1fca3515a5f24bb6622ce3bf82d18e7ac72' });
    expect(pkgs(inv, 'local-lib')[0]).toMatchObject({ source: 'file', version: '0.1.0' });
    expect(pkgs(inv, 'fsevents')[0]).toMatchObject({ optional: true });
    expect(depNames(inv, pkgs(inv, 'use-sync-external-store')[0]!)).toEqual(['react@18.3.1']);
    expect(depNames(inv, pkgs(inv, '@fx/a')[0]!)).toEqual(['@fx/b@1.0.0', 'is-number@7.0.0']);
    expect(pkgs(inv, 'react')[0]!.integrity).toMatch(/^sha512-/);
    expect(pkgs(inv, 'react')[0]!.location.line).toBeGreaterThan(40);
    expect(inv.notes?.join('\n')).toMatch(/gitdep/);
  });
});
