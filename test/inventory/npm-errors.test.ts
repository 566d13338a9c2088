import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateError, renderError, toExitCode } from '../../src/errors.js';
import { readInventory } from '../../src/inventory/index.js';
import { reg, writeProject } from './project.js';

async function failure(dir: string, lockfile = 'package-lock.json'): Promise<GateError> {
  const err = await readInventory(lockfile, { cwd: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GateError);
  expect(toExitCode(err)).toBe(2);
  return err as GateError;
}

const lock = (extra: Record<string, unknown> = {}, packages: Record<string, unknown> = {}) => ({
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  packages: { '': { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0' } }, 'node_modules/a': reg('a', '1.0.0'), ...packages },
  ...extra,
});
const manifest = { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0' } };

describe('bad npm lockfiles', () => {
  it('LOCKFILE_NOT_FOUND for a missing file', async () => {
    const err = await failure(writeProject({}));
    expect(err.code).toBe('LOCKFILE_NOT_FOUND');
    expect(err.file).toBe('package-lock.json');
  });

  it('LOCKFILE_INVALID for a name no reader knows', async () => {
    const dir = writeProject({ 'deps.lock': 'x' });
    expect((await failure(dir, 'deps.lock')).code).toBe('LOCKFILE_INVALID');
  });

  it('LOCKFILE_INVALID_JSON naming file, line and column', async () => {
    const dir = writeProject({ 'package-lock.json': '{\n  "name": "app",\n  "lockfileVersion": 3,\n  "packages": {\n    "": {,\n' });
    const err = await failure(dir);
    expect(err.code).toBe('LOCKFILE_INVALID_JSON');
    expect([err.file, err.line, err.column]).toEqual(['package-lock.json', 5, 10]);
    expect(renderError(err)).toMatch(/^provenance-gate: LOCKFILE_INVALID_JSON: package-lock\.json:5:10: not valid JSON/);
  });

  it('LOCKFILE_INVALID_JSON for a broken package.json beside the lockfile', async () => {
    const dir = writeProject({ 'package-lock.json': lock(), 'package.json': '{ "name": ' });
    const err = await failure(dir);
    expect(err.code).toBe('LOCKFILE_INVALID_JSON');
    expect(err.file).toBe('package.json');
  });

  it('LOCKFILE_INVALID when the top level is not an object', async () => {
    expect((await failure(writeProject({ 'package-lock.json': '[1, 2]' }))).code).toBe('LOCKFILE_INVALID');
  });

  it.each([[4], [0], ['3'], [undefined]])('LOCKFILE_UNSUPPORTED_VERSION for lockfileVersion %j', async (v) => {
    const err = await failure(writeProject({ 'package-lock.json': lock({ lockfileVersion: v }) }));
    expect(err.code).toBe('LOCKFILE_UNSUPPORTED_VERSION');
  });

  it('LOCKFILE_INVALID when packages is missing from a v3 lockfile', async () => {
    const err = await failure(writeProject({ 'package-lock.json': { name: 'app', lockfileVersion: 3 } }));
    expect(err.code).toBe('LOCKFILE_INVALID');
  });

  it('LOCKFILE_MISSING_VERSION for an entry without a version, with its line', async () => {
    const dir = writeProject({ 'package-lock.json': lock({}, { 'node_modules/b': { resolved: 'https://registry.npmjs.org/b/-/b-1.0.0.tgz' } }) });
    const err = await failure(dir);
    expect(err.code).toBe('LOCKFILE_MISSING_VERSION');
    expect(err.message).toContain("'node_modules/b'");
    expect(err.line).toBe(19);
  });

  it('LOCKFILE_MISSING_VERSION in a v1 lockfile', async () => {
    const dir = writeProject({ 'package-lock.json': { name: 'app', lockfileVersion: 1, dependencies: { a: { resolved: 'x' } } } });
    expect((await failure(dir)).code).toBe('LOCKFILE_MISSING_VERSION');
  });

  it('LOCKFILE_PACKAGE_JSON_MISMATCH when the names differ', async () => {
    const dir = writeProject({ 'package-lock.json': lock(), 'package.json': { ...manifest, name: 'other' } });
    const err = await failure(dir);
    expect(err.code).toBe('LOCKFILE_PACKAGE_JSON_MISMATCH');
    expect(err.message).toContain("'other'");
  });

  it('LOCKFILE_PACKAGE_JSON_MISMATCH when package.json adds a dependency', async () => {
    const dir = writeProject({ 'package-lock.json': lock(), 'package.json': { ...manifest, devDependencies: { vitest: '^4' } } });
    const err = await failure(dir);
    expect(err.code).toBe('LOCKFILE_PACKAGE_JSON_MISMATCH');
    expect(err.message).toContain("devDependencies 'vitest@^4'");
  });

  it('LOCKFILE_PACKAGE_JSON_MISMATCH when a dependency range changed', async () => {
    const dir = writeProject({ 'package-lock.json': lock(), 'package.json': { ...manifest, dependencies: { a: '^2.0.0' } } });
    expect((await failure(dir)).code).toBe('LOCKFILE_PACKAGE_JSON_MISMATCH');
  });

  it('LOCKFILE_PACKAGE_JSON_MISMATCH when package.json dropped a dependency', async () => {
    const dir = writeProject({ 'package-lock.json': lock(), 'package.json': { ...manifest, dependencies: {} } });
    expect((await failure(dir)).code).toBe('LOCKFILE_PACKAGE_JSON_MISMATCH');
  });

  it('LOCKFILE_PACKAGE_JSON_MISMATCH when a v1 lockfile lacks a declared dependency', async () => {
    const dir = writeProject({
      'package-lock.json': { name: 'app', lockfileVersion: 1, dependencies: { a: { version: '1.0.0' } } },
      'package.json': { name: 'app', dependencies: { a: '1', b: '1' } },
    });
    expect((await failure(dir)).code).toBe('LOCKFILE_PACKAGE_JSON_MISMATCH');
  });

  it('accepts a dependency listed in both dependencies and optionalDependencies (npm keeps it optional only)', async () => {
    const dir = writeProject({
      'package-lock.json': lock({}, { '': { name: 'app', version: '1.0.0', dependencies: { a: '^1.0.0' }, optionalDependencies: { o: '1' } } }),
      'package.json': { ...manifest, dependencies: { a: '^1.0.0', o: '1' }, optionalDependencies: { o: '1' } },
    });
    const inv = await readInventory(join(dir, 'package-lock.json'));
    expect(inv.packages).toHaveLength(1);
  });
});
