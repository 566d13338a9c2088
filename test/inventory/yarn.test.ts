import { describe, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import type { Inventory, Package } from '../../src/types.js';
import { REPO_ROOT } from '../support/real-world.js';

const read = (dir: string) => readInventory(`fixtures/lockfiles/yarn/${dir}/yarn.lock`, { cwd: REPO_ROOT });
const pkg = (inv: Inventory, name: string, version?: string): Package => {
  const p = inv.packages.find((x) => x.name === name && (version === undefined || x.version === version));
  if (!p) throw new Error(`no ${name}@${version} in ${inv.lockfile}`);
  return p;
};
const depNames = (inv: Inventory, p: { dependencies: string[] }) =>
  p.dependencies.map((id) => inv.packages.find((x) => x.id === id)!).map((x) => `${x.name}@${x.version}`).sort();

describe.each(['classic', 'berry'])('yarn %s fixture (real yarn output)', (dir) => {
  it('reads sources, aliases, workspaces and dev flags', async () => {
    const inv = await read(dir);
    expect(inv.format).toBe(dir === 'classic' ? 'yarn-classic' : 'yarn-berry');
    expect(inv.root).toMatchObject({ name: 'fixture-app', version: '1.0.0' });
    const leftPad = inv.packages.filter((p) => p.name === 'left-pad');
    expect(leftPad).toHaveLength(1); // alias + plain (+ berry's patch) → one component
    expect(leftPad[0]).toMatchObject({ alias: 'left', purl: 'pkg:npm/left-pad@1.3.0', direct: true });
    expect(pkg(inv, 'gitdep')).toMatchObject({ source: 'git', version: '0.3.0' });
    expect(pkg(inv, 'gitdep').purl).toBe('pkg:npm/gitdep@0.3.0?vcs_url=git%3A%2F%2F127.0.0.1%2Fgitdep.git%23727ce1fca3515a5f24bb6622ce3bf82d18e7ac72');
    expect(pkg(inv, 'tardep').purl).toBe('pkg:npm/tardep@1.0.0?download_url=http%3A%2F%2F127.0.0.1%3A9419%2Ftardep-1.0.0.tgz');
    expect(pkg(inv, 'ms', '2.1.3').purl).toBe('pkg:npm/ms@2.1.3');
    expect(pkg(inv, 'local-lib')).toMatchObject({ source: 'file', version: '0.1.0' });
    expect(pkg(inv, 'linked')).toMatchObject({ source: 'link', version: '0.0.1' });
    expect(pkg(inv, 'debug')).toMatchObject({ dev: true, direct: true });
    expect(pkg(inv, 'ms', '2.1.2')).toMatchObject({ dev: true, direct: false });
    expect(pkg(inv, 'fsevents')).toMatchObject({ optional: true, dev: false });
    expect(depNames(inv, pkg(inv, 'react'))).toEqual(['loose-envify@1.4.0']);
    expect(depNames(inv, pkg(inv, '@fx/a'))).toEqual(['@fx/b@1.0.0', 'is-number@7.0.0']);
    expect(pkg(inv, '@fx/b')).toMatchObject({ source: 'workspace', version: '1.0.0' });
    expect(pkg(inv, 'react').location.line).toBeGreaterThan(1);
    expect(new Set(inv.packages.map((p) => p.id)).size).toBe(inv.packages.length);
  });
});

describe('yarn specifics', () => {
  it('classic: registry.yarnpkg.com is the default registry (no qualifier) and integrity is kept', async () => {
    const inv = await read('classic');
    const p = pkg(inv, 'is-number');
    expect(p.resolved).toBe('https://registry.yarnpkg.com/is-number/-/is-number-7.0.0.tgz');
    expect(p.purl).toBe('pkg:npm/is-number@7.0.0');
    expect(p.integrity).toMatch(/^sha512-/);
    expect(inv.notes?.join('\n')).toMatch(/no integrity recorded for 1 package\(s\) \(gitdep@0\.3\.0\)/);
  });
  it('berry: checksums are never passed off as npm integrity, and the notes say so', async () => {
    const inv = await read('berry');
    expect(inv.packages.every((p) => p.integrity === undefined)).toBe(true);
    expect(inv.lockfileVersion).toBe('10');
    expect(inv.notes?.join('\n')).toMatch(/checksum .* not the npm tarball's integrity/);
    expect(inv.notes?.join('\n')).toMatch(/left-pad@patch:.* is patched locally/);
    // fsevents pulls node-gyp (yarn's implicit build dependency): optional with it
    expect(pkg(inv, 'node-gyp').optional).toBe(true);
  });
});
