import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import type { Inventory, Package } from '../../src/types.js';
import { reg, SHA512, writeProject } from './project.js';

const byPath = (inv: Inventory): Map<string, Package> => new Map(inv.packages.map((p) => [p.paths[0]!, p]));
const depPaths = (inv: Inventory, p: { dependencies: string[] }): string[] => {
  const paths = new Map(inv.packages.map((q) => [q.id, q.paths[0]!]));
  return p.dependencies.map((d) => paths.get(d)!).sort();
};

const v3 = (packages: Record<string, unknown>, root: Record<string, unknown> = {}) => ({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: { '': { name: 'app', version: '1.0.0', ...root }, ...packages },
});

describe('npm lockfile v3', () => {
  it('resolves dependencies by walking up node_modules, like Node', async () => {
    const dir = writeProject({
      'package.json': { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0', b: '^1.0.0' } },
      'package-lock.json': v3(
        {
          'node_modules/a': reg('a', '1.0.0', { dependencies: { c: '^2.0.0', b: '*' } }),
          'node_modules/a/node_modules/c': reg('c', '2.0.0', { dependencies: { b: '*' } }),
          'node_modules/b': reg('b', '1.0.0', { dependencies: { c: '^1.0.0' } }),
          'node_modules/c': reg('c', '1.0.0'),
        },
        { dependencies: { a: '^1.0.0', b: '^1.0.0' } },
      ),
    });
    const inv = await readInventory(join(dir, 'package-lock.json'));
    const pkgs = byPath(inv);
    expect(inv.format).toBe('npm');
    expect(inv.lockfileVersion).toBe('3');
    expect(inv.packages).toHaveLength(4);
    expect(depPaths(inv, pkgs.get('node_modules/a')!)).toEqual(['node_modules/a/node_modules/c', 'node_modules/b']);
    expect(depPaths(inv, pkgs.get('node_modules/a/node_modules/c')!)).toEqual(['node_modules/b']);
    expect(depPaths(inv, pkgs.get('node_modules/b')!)).toEqual(['node_modules/c']);
    expect(depPaths(inv, inv.root)).toEqual(['node_modules/a', 'node_modules/b']);
    expect(pkgs.get('node_modules/a')!.direct).toBe(true);
    expect(pkgs.get('node_modules/c')!.direct).toBe(false);
  });

  it('gives stable, unique, nested bom-refs', async () => {
    const dir = writeProject({
      'package-lock.json': v3({
        'node_modules/a': reg('a', '1.0.0'),
        'node_modules/a/node_modules/c': reg('c', '2.0.0'),
        'node_modules/lodash': reg('lodash', '4.17.21'),
        'node_modules/my-lodash': { ...reg('lodash', '4.17.21'), name: 'lodash' },
      }),
    });
    const inv = await readInventory(join(dir, 'package-lock.json'));
    const ids = inv.packages.map((p) => p.id).sort();
    expect(ids).toEqual(['app@1.0.0|a@1.0.0', 'app@1.0.0|a@1.0.0|c@2.0.0', 'app@1.0.0|lodash@4.17.21', 'app@1.0.0|lodash@4.17.21#2']);
    expect(inv.root.id).toBe('app@1.0.0');
    const alias = byPath(inv).get('node_modules/my-lodash')!;
    expect(alias.name).toBe('lodash');
    expect(alias.alias).toBe('my-lodash');
    expect(alias.purl).toBe('pkg:npm/lodash@4.17.21');
  });

  it('records fields, flags and the line of each entry', async () => {
    const dir = writeProject({
      'package-lock.json': v3({
        'node_modules/@s/dev': reg('@s/dev', '1.0.0', { dev: true, hasInstallScript: true }),
        'node_modules/opt': reg('opt', '1.0.0', { optional: true, license: 'Apache-2.0' }),
        'node_modules/both': reg('both', '1.0.0', { devOptional: true }),
        'node_modules/opt/node_modules/inner': { version: '3.0.0', inBundle: true, license: '(MIT OR ISC)' },
      }),
    });
    const inv = await readInventory('package-lock.json', { cwd: dir });
    const p = byPath(inv);
    const dev = p.get('node_modules/@s/dev')!;
    expect(dev).toMatchObject({ name: '@s/dev', version: '1.0.0', dev: true, optional: false, hasInstallScript: true, integrity: SHA512, source: 'registry' });
    expect(dev.purl).toBe('pkg:npm/%40s/dev@1.0.0');
    expect(dev.registry).toBe('https://registry.npmjs.org/');
    expect(dev.location).toEqual({ file: 'package-lock.json', line: 11 });
    expect(p.get('node_modules/opt')).toMatchObject({ optional: true, dev: false, license: 'Apache-2.0' });
    expect(p.get('node_modules/both')).toMatchObject({ devOptional: true, dev: false, optional: false });
    expect(p.get('node_modules/opt/node_modules/inner')).toMatchObject({ bundled: true, license: '(MIT OR ISC)' });
    expect(inv.lockfile).toBe('package-lock.json');
  });

  it('follows peer and optional dependencies when present and skips missing ones', async () => {
    const dir = writeProject({
      'package-lock.json': v3({
        'node_modules/plugin': reg('plugin', '1.0.0', {
          peerDependencies: { host: '^1', absent: '*' },
          optionalDependencies: { fsevents: '*', gone: '*' },
          peerDependenciesMeta: { absent: { optional: true } },
        }),
        'node_modules/host': reg('host', '1.0.0', { peer: true }),
        'node_modules/fsevents': reg('fsevents', '2.0.0', { optional: true }),
      }),
    });
    const inv = await readInventory(join(dir, 'package-lock.json'));
    expect(depPaths(inv, byPath(inv).get('node_modules/plugin')!)).toEqual(['node_modules/fsevents', 'node_modules/host']);
  });

  it('makes one package per workspace and per link, with the workspace’s own dependencies', async () => {
    const dir = writeProject({
      'package.json': { name: 'app', version: '1.0.0', workspaces: ['packages/*'], dependencies: { lib: 'file:./lib' } },
      'package-lock.json': v3(
        {
          lib: { version: '0.1.0', license: 'ISC' },
          'node_modules/lib': { resolved: 'lib', link: true },
          'node_modules/@ws/a': { resolved: 'packages/a', link: true },
          'node_modules/left-pad': reg('left-pad', '1.3.0'),
          'packages/a': { name: '@ws/a', version: '2.0.0', dependencies: { 'left-pad': '1.3.0', x: '1' }, devDependencies: { y: '1' } },
          'packages/a/node_modules/x': reg('x', '1.0.0'),
          'packages/a/node_modules/y': reg('y', '1.0.0', { dev: true }),
        },
        { workspaces: ['packages/*'], dependencies: { lib: 'file:./lib' } },
      ),
    });
    const inv = await readInventory(join(dir, 'package-lock.json'));
    const p = byPath(inv);
    expect(inv.packages).toHaveLength(5);
    const ws = p.get('node_modules/@ws/a')!;
    expect(ws).toMatchObject({ name: '@ws/a', version: '2.0.0', source: 'workspace', paths: ['node_modules/@ws/a', 'packages/a'] });
    expect(depPaths(inv, ws)).toEqual(['node_modules/left-pad', 'packages/a/node_modules/x', 'packages/a/node_modules/y']);
    expect(p.get('node_modules/lib')).toMatchObject({ name: 'lib', version: '0.1.0', source: 'link', license: 'ISC' });
    expect(depPaths(inv, inv.root)).toEqual(['node_modules/@ws/a', 'node_modules/lib']);
    expect(p.get('packages/a/node_modules/x')!.id).toBe('app@1.0.0|@ws/a@2.0.0|x@1.0.0');
    // A workspace's dependencies are direct dependencies of the project.
    expect(p.get('packages/a/node_modules/x')!.direct).toBe(true);
  });

  it('adds purl qualifiers for git, tarball and custom-registry sources', async () => {
    const dir = writeProject({
      'package-lock.json': v3({
        'node_modules/g': { version: '0.3.0', resolved: 'git+ssh://git@github.com/foo/g.git#0123456789abcdef' },
        'node_modules/t': { version: '1.0.0', resolved: 'https://example.com/t-1.0.0.tgz', integrity: SHA512 },
        'node_modules/@corp/p': { version: '2.1.0', resolved: 'https://npm.corp.example/@corp/p/-/p-2.1.0.tgz' },
        'node_modules/f': { version: '1.0.0', resolved: 'file:vendor/f-1.0.0.tgz' },
      }),
    });
    const p = byPath(await readInventory(join(dir, 'package-lock.json')));
    expect(p.get('node_modules/g')).toMatchObject({ source: 'git', purl: 'pkg:npm/g@0.3.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Ffoo%2Fg.git%230123456789abcdef' });
    expect(p.get('node_modules/t')).toMatchObject({ source: 'tarball', purl: 'pkg:npm/t@1.0.0?download_url=https%3A%2F%2Fexample.com%2Ft-1.0.0.tgz' });
    expect(p.get('node_modules/@corp/p')).toMatchObject({ source: 'registry', registry: 'https://npm.corp.example/' });
    expect(p.get('node_modules/@corp/p')!.purl).toBe('pkg:npm/%40corp/p@2.1.0?download_url=https%3A%2F%2Fnpm.corp.example%2F%40corp%2Fp%2F-%2Fp-2.1.0.tgz');
    expect(p.get('node_modules/f')).toMatchObject({ source: 'file', purl: 'pkg:npm/f@1.0.0' });
  });

  it('reads npm-shrinkwrap.json and lockfileVersion 2 the same way', async () => {
    const lock = { ...v3({ 'node_modules/a': reg('a', '1.0.0') }), lockfileVersion: 2, dependencies: { a: { version: '1.0.0' } } };
    const dir = writeProject({ 'npm-shrinkwrap.json': lock });
    const inv = await readInventory(join(dir, 'npm-shrinkwrap.json'));
    expect(inv.lockfileVersion).toBe('2');
    expect(inv.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['a@1.0.0']);
  });
});

describe('npm lockfile v1', () => {
  it('converts the nested tree to install paths and resolves requires', async () => {
    const dir = writeProject({
      'package.json': { name: 'old', version: '1.0.0', dependencies: { a: '^1', 'my-b': 'npm:b@^2' }, devDependencies: { d: '1' } },
      'package-lock.json': {
        name: 'old',
        version: '1.0.0',
        lockfileVersion: 1,
        requires: true,
        dependencies: {
          a: { version: '1.0.0', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: SHA512, requires: { c: '^2' }, dependencies: { c: { version: '2.0.0', bundled: true } } },
          c: { version: '1.0.0', dev: true },
          d: { version: '1.0.0', dev: true, requires: { c: '^1' } },
          'my-b': { version: 'npm:b@2.1.0' },
          g: { version: 'git+https://github.com/x/g.git#abc', optional: true },
        },
      },
    });
    const inv = await readInventory(join(dir, 'package-lock.json'));
    const p = byPath(inv);
    expect(inv.lockfileVersion).toBe('1');
    expect([...p.keys()].sort()).toEqual(['node_modules/a', 'node_modules/a/node_modules/c', 'node_modules/c', 'node_modules/d', 'node_modules/g', 'node_modules/my-b']);
    expect(depPaths(inv, p.get('node_modules/a')!)).toEqual(['node_modules/a/node_modules/c']);
    expect(depPaths(inv, p.get('node_modules/d')!)).toEqual(['node_modules/c']);
    expect(depPaths(inv, inv.root)).toEqual(['node_modules/a', 'node_modules/d', 'node_modules/my-b']);
    expect(p.get('node_modules/my-b')).toMatchObject({ name: 'b', version: '2.1.0', alias: 'my-b' });
    expect(p.get('node_modules/a/node_modules/c')).toMatchObject({ bundled: true });
    expect(p.get('node_modules/g')).toMatchObject({ source: 'git', optional: true, resolved: 'git+https://github.com/x/g.git#abc' });
    expect(p.get('node_modules/a')!.location.line).toBe(7);
  });
});
