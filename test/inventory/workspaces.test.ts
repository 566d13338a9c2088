import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { readInventory } from '../../src/inventory/index.js';
import { discoverProjectLockfiles, findWorkspaceDirs, readProjectInventories, splitByWorkspace } from '../../src/inventory/workspaces.js';
import { REPO_ROOT } from '../support/real-world.js';

const FIX = join(REPO_ROOT, 'fixtures/lockfiles');
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function tempProject(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-ws-'));
  temps.push(dir);
  cpSync(join(FIX, from), dir, { recursive: true });
  return dir;
}
/** A minimal npm v3 lockfile for the fixture project (react only) — to pair with another lockfile. */
function writeNpmLock(dir: string, reactVersion: string): void {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture-app', version: '1.0.0', dependencies: { react: '^18.0.0' } }));
  const pkgs = {
    '': { name: 'fixture-app', version: '1.0.0', dependencies: { react: '^18.0.0' } },
    'node_modules/react': { version: reactVersion, resolved: `https://registry.npmjs.org/react/-/react-${reactVersion}.tgz`, integrity: 'sha512-AAAA', dependencies: { 'loose-envify': '^1.1.0' } },
    'node_modules/loose-envify': { version: '1.4.0', resolved: 'https://registry.npmjs.org/loose-envify/-/loose-envify-1.4.0.tgz', integrity: 'sha512-BBBB', dependencies: { 'js-tokens': '^4.0.0' } },
    'node_modules/js-tokens': { version: '4.0.0', resolved: 'https://registry.npmjs.org/js-tokens/-/js-tokens-4.0.0.tgz', integrity: 'sha512-CCCC' },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'fixture-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: pkgs }, null, 2));
}
function writeYarnLock(dir: string, reactVersion: string): void {
  writeFileSync(
    join(dir, 'yarn.lock'),
    `# yarn lockfile v1\n\n\nreact@^18.0.0:\n  version "${reactVersion}"\n  dependencies:\n    loose-envify "^1.1.0"\n\nloose-envify@^1.1.0:\n  version "1.4.0"\n  dependencies:\n    js-tokens "^4.0.0"\n\njs-tokens@^4.0.0:\n  version "4.0.0"\n`,
  );
}

describe('workspace discovery', () => {
  it('finds workspaces from pnpm-workspace.yaml and package.json globs', () => {
    expect(findWorkspaceDirs(join(FIX, 'pnpm/v9'))).toEqual(['packages/a', 'packages/b']);
    expect(findWorkspaceDirs(join(FIX, 'yarn/classic'))).toEqual(['packages/a', 'packages/b']);
    expect(findWorkspaceDirs(join(FIX, 'bun/workspaces'))).toEqual(['packages/a', 'packages/b']);
  });
  it('honours negated globs and ignores folders without package.json', () => {
    const dir = tempProject('pnpm/v9');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n  - "!packages/b"\n');
    mkdirSync(join(dir, 'packages/empty'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture-app', version: '1.0.0' }));
    expect(findWorkspaceDirs(dir)).toEqual(['packages/a']);
  });
  it('discovers every lockfile of a monorepo: the root one and those inside workspaces', () => {
    const dir = tempProject('pnpm/v9');
    writeFileSync(join(dir, 'packages/b/yarn.lock'), '# yarn lockfile v1\n');
    expect(discoverProjectLockfiles(dir).map((p) => p.slice(dir.length + 1))).toEqual(['pnpm-lock.yaml', 'packages/b/yarn.lock']);
  });
});

describe('per-workspace inventories', () => {
  it('splits a monorepo lockfile into the root project and one inventory per workspace', async () => {
    const inv = await readInventory(join(FIX, 'pnpm/v9/pnpm-lock.yaml'), { cwd: REPO_ROOT });
    const parts = splitByWorkspace(inv);
    expect(parts.map((p) => p.root.name)).toEqual(['fixture-app', '@fx/a', '@fx/b']);
    const [root, a, b] = parts as [typeof inv, typeof inv, typeof inv];
    expect(root.packages.some((p) => p.source === 'workspace')).toBe(false);
    expect(root.packages.some((p) => p.name === 'react')).toBe(true);
    expect(a.root).toMatchObject({ name: '@fx/a', version: '1.0.0', purl: 'pkg:npm/%40fx/a@1.0.0' });
    expect(a.packages.map((p) => `${p.name}@${p.version}`).sort()).toEqual(['@fx/b@1.0.0', 'is-number@7.0.0', 'left-pad@1.3.0']);
    expect(a.packages.find((p) => p.name === 'left-pad')!.direct).toBe(false);
    expect(a.packages.find((p) => p.name === '@fx/b')!.direct).toBe(true);
    expect(b.packages.map((p) => p.name)).toEqual(['left-pad']);
    // the split shares nothing mutable with the whole
    expect(inv.packages.find((p) => p.name === 'left-pad')!.direct).toBe(true);
  });
  it('readProjectInventories: perWorkspace for a discovered monorepo', async () => {
    const dir = tempProject('yarn/classic');
    const parts = await readProjectInventories([], { cwd: dir, perWorkspace: true });
    expect(parts.map((p) => p.root.name)).toEqual(['fixture-app', '@fx/a', '@fx/b']);
  });
});

describe('lockfiles of one folder that disagree', () => {
  it('keeps one inventory when package-lock.json and yarn.lock agree, with a note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-ws-'));
    temps.push(dir);
    writeNpmLock(dir, '18.3.1');
    writeYarnLock(dir, '18.3.1');
    const invs = await readProjectInventories([], { cwd: dir });
    expect(invs).toHaveLength(1);
    expect(invs[0]!.format).toBe('npm');
    expect(invs[0]!.notes?.join('\n')).toMatch(/yarn\.lock agrees with package-lock\.json/);
  });
  it('fails with LOCKFILE_CONFLICT naming the file and line when they disagree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-ws-'));
    temps.push(dir);
    writeNpmLock(dir, '18.3.1');
    writeYarnLock(dir, '18.2.0');
    const err = await readProjectInventories([], { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GateError);
    expect(err).toMatchObject({ code: 'LOCKFILE_CONFLICT', file: 'yarn.lock', line: 4 });
    expect((err as GateError).message).toMatch(/react@18\.3\.1 .* react@18\.2\.0/);
  });
});
