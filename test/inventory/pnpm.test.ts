import { describe, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import { parsePnpmLockfile } from '../../src/inventory/pnpm.js';
import { refToKeyV6, refToKeyV9, stripPeerSuffix } from '../../src/inventory/pnpm-keys.js';
import type { Inventory, Package } from '../../src/types.js';
import { REPO_ROOT } from '../support/real-world.js';

const read = (dir: string) => readInventory(`fixtures/lockfiles/pnpm/${dir}/pnpm-lock.yaml`, { cwd: REPO_ROOT });
const pkg = (inv: Inventory, name: string, version?: string): Package => {
  const p = inv.packages.find((x) => x.name === name && (version === undefined || x.version === version));
  if (!p) throw new Error(`no ${name}@${version} in ${inv.lockfile}`);
  return p;
};
const depNames = (inv: Inventory, p: { dependencies: string[] }) =>
  p.dependencies.map((id) => inv.packages.find((x) => x.id === id)!).map((x) => `${x.name}@${x.version}`).sort();

describe('pnpm dependency paths', () => {
  it('maps v9 references to snapshot keys (versions, peers, aliases, URLs)', () => {
    expect(refToKeyV9('a', '1.0.0')).toBe('a@1.0.0');
    expect(refToKeyV9('a', '1.0.0(react@18.3.1)')).toBe('a@1.0.0(react@18.3.1)');
    expect(refToKeyV9('left', 'left-pad@1.3.0')).toBe('left-pad@1.3.0');
    expect(refToKeyV9('x', '@scope/y@2.0.0')).toBe('@scope/y@2.0.0');
    expect(refToKeyV9('t', 'https://h/t-1.0.0.tgz')).toBe('t@https://h/t-1.0.0.tgz');
    expect(refToKeyV9('g', 'git+ssh://git@github.com/o/g.git#abc')).toBe('g@git+ssh://git@github.com/o/g.git#abc');
    expect(refToKeyV9('l', 'link:../l')).toBeUndefined();
  });
  it('maps v6 references to package keys', () => {
    expect(refToKeyV6('a', '1.0.0(b@2.0.0)')).toBe('/a@1.0.0(b@2.0.0)');
    expect(refToKeyV6('a', '1.0.0(@s/b@2.0.0)')).toBe('/a@1.0.0(@s/b@2.0.0)');
    expect(refToKeyV6('left', '/left-pad@1.3.0')).toBe('/left-pad@1.3.0');
    expect(refToKeyV6('g', 'github.com/o/g/abc')).toBe('github.com/o/g/abc');
    expect(refToKeyV6('f', 'file:lib')).toBe('file:lib');
    expect(stripPeerSuffix('@s/a@1.0.0(@t/b@1.0.0)(c@2.0.0)')).toBe('@s/a@1.0.0');
  });
});

describe.each(['v8', 'v9', 'v11'])('pnpm fixture %s (real pnpm output)', (dir) => {
  it('reads every source kind with the right purl, flags and edges', async () => {
    const inv = await read(dir);
    expect(inv.format).toBe('pnpm');
    expect(inv.lockfileVersion).toBe(dir === 'v8' ? '6.0' : '9.0');
    expect(inv.root).toMatchObject({ name: 'fixture-app', version: '1.0.0', purl: 'pkg:npm/fixture-app@1.0.0' });
    // alias: one left-pad component (npm:left-pad@1.3.0 and the workspace's left-pad), named by its target
    const leftPad = inv.packages.filter((p) => p.name === 'left-pad');
    expect(leftPad).toHaveLength(1);
    expect(leftPad[0]!.alias).toBe('left');
    expect(leftPad[0]!.purl).toBe('pkg:npm/left-pad@1.3.0');
    expect(pkg(inv, '@isaacs/string-locale-compare').purl).toBe('pkg:npm/%40isaacs/string-locale-compare@1.1.0');
    expect(pkg(inv, 'is-number').integrity).toMatch(/^sha512-/);
    // git and non-registry tarball: qualifiers; registry-URL tarball: plain purl
    const git = pkg(inv, 'gitdep');
    expect(git).toMatchObject({ source: 'git', version: '0.3.0' });
    expect(git.purl).toBe('pkg:npm/gitdep@0.3.0?vcs_url=git%3A%2F%2F127.0.0.1%2Fgitdep.git%23727ce1fca3515a5f24bb6622ce3bf82d18e7ac72');
    expect(pkg(inv, 'tardep')).toMatchObject({ source: 'tarball', version: '1.0.0', purl: 'pkg:npm/tardep@1.0.0?download_url=http%3A%2F%2F127.0.0.1%3A9419%2Ftardep-1.0.0.tgz' });
    expect(pkg(inv, 'ms', '2.1.3').purl).toBe('pkg:npm/ms@2.1.3');
    // file: and link: folders, versions from their package.json
    expect(pkg(inv, 'local-lib')).toMatchObject({ source: 'file', version: '0.1.0', purl: 'pkg:npm/local-lib@0.1.0' });
    expect(pkg(inv, 'linked')).toMatchObject({ source: 'link', version: '0.0.1' });
    // peers: one component, its peer is an edge
    expect(inv.packages.filter((p) => p.name === 'use-sync-external-store')).toHaveLength(1);
    expect(depNames(inv, pkg(inv, 'use-sync-external-store'))).toEqual(['react@18.3.1']);
    // flags derived like npm's
    expect(pkg(inv, 'debug')).toMatchObject({ dev: true, direct: true });
    expect(pkg(inv, 'ms', '2.1.2')).toMatchObject({ dev: true, direct: false });
    expect(pkg(inv, 'fsevents')).toMatchObject({ optional: true, dev: false });
    expect(pkg(inv, 'react')).toMatchObject({ dev: false, optional: false, direct: true });
    expect(pkg(inv, 'js-tokens')).toMatchObject({ direct: false, dev: false });
    // workspaces: components with their own edges; the root depends on them
    const a = pkg(inv, '@fx/a');
    expect(a).toMatchObject({ source: 'workspace', version: '1.0.0', paths: ['packages/a'] });
    expect(depNames(inv, a)).toEqual(['@fx/b@1.0.0', 'is-number@7.0.0']);
    expect(depNames(inv, pkg(inv, '@fx/b'))).toEqual(['left-pad@1.3.0']);
    expect(inv.root.dependencies).toContain(a.id);
    // locations point at the entry
    expect(pkg(inv, 'react').location).toMatchObject({ file: `fixtures/lockfiles/pnpm/${dir}/pnpm-lock.yaml` });
    expect(pkg(inv, 'react').location.line).toBeGreaterThan(50);
    expect(new Set(inv.packages.map((p) => p.id)).size).toBe(inv.packages.length);
    expect(inv.notes?.join('\n')).toMatch(/left-pad@1\.3\.0 is patched/);
  });
});

describe('pnpm v9 details', () => {
  it('reads the last document of a two-document lockfile (pnpm 11 env lockfile first)', async () => {
    const inv = await read('v11');
    expect(inv.root.dependencies.length).toBeGreaterThan(5);
    expect(inv.packages.some((p) => p.name === 'react')).toBe(true);
  });
  it('maps codeload.github.com tarballs (github: specs) to git sources', () => {
    const text = `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      g:\n        specifier: github:o/g#abc\n        version: https://codeload.github.com/o/g/tar.gz/abc\npackages:\n  g@https://codeload.github.com/o/g/tar.gz/abc:\n    resolution: {tarball: https://codeload.github.com/o/g/tar.gz/abc}\n    version: 1.2.3\nsnapshots:\n  g@https://codeload.github.com/o/g/tar.gz/abc: {}\n`;
    const inv = parsePnpmLockfile(text, 'pnpm-lock.yaml', { path: '/x/pnpm-lock.yaml', dir: '/nonexistent', cwd: '/x', packageJsonFile: 'package.json', packageJson: { name: 'r', version: '1.0.0' } });
    expect(inv.packages[0]).toMatchObject({ name: 'g', version: '1.2.3', source: 'git', direct: true });
    // an archive URL, not a clone URL: download_url, by the same rule as the npm reader
    expect(inv.packages[0]!.purl).toBe('pkg:npm/g@1.2.3?download_url=https%3A%2F%2Fcodeload.github.com%2Fo%2Fg%2Ftar.gz%2Fabc');
  });
  it('reads a v6 lockfile of a single project (dependencies at the top, no importers)', () => {
    const text = [
      "lockfileVersion: '6.0'",
      'dependencies:',
      '  a:',
      '    specifier: ^1.0.0',
      '    version: 1.0.0(b@2.0.0)',
      '  b:',
      '    specifier: ^2.0.0',
      '    version: 2.0.0',
      'devDependencies:',
      '  c:',
      '    specifier: 3.0.0',
      '    version: 3.0.0',
      'packages:',
      '  /a@1.0.0(b@2.0.0):',
      '    resolution: {integrity: sha512-a}',
      '    peerDependencies:',
      '      b: ^2',
      '    dependencies:',
      '      b: 2.0.0',
      '    dev: false',
      '  /b@2.0.0:',
      '    resolution: {integrity: sha512-b}',
      '    dev: false',
      '  /c@3.0.0:',
      '    resolution: {integrity: sha512-c, tarball: https://npm.corp.example/c/-/c-3.0.0.tgz}',
      '    dev: true',
      '',
    ].join('\n');
    const inv = parsePnpmLockfile(text, 'pnpm-lock.yaml', { path: '/x/pnpm-lock.yaml', dir: '/nonexistent', cwd: '/x', packageJsonFile: 'package.json', packageJson: { name: 'r', version: '1.0.0' } });
    expect(inv.lockfileVersion).toBe('6.0');
    expect(inv.packages.map((p) => [p.name, p.version, p.dev, p.direct, p.location.line])).toEqual([
      ['a', '1.0.0', false, true, 14],
      ['b', '2.0.0', false, true, 21],
      ['c', '3.0.0', true, true, 24],
    ]);
    expect(inv.packages[0]!.dependencies).toEqual([inv.packages[1]!.id]);
    expect(inv.packages[2]).toMatchObject({ source: 'registry', registry: 'https://npm.corp.example/', purl: 'pkg:npm/c@3.0.0?download_url=https%3A%2F%2Fnpm.corp.example%2Fc%2F-%2Fc-3.0.0.tgz' });
  });
});
