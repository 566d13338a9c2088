import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { parseBunLockfile } from '../../src/inventory/bun.js';
import { parseYarnLockfile } from '../../src/inventory/yarn.js';
import { REPO_ROOT } from '../support/real-world.js';

const fixture = (p: string) => readFileSync(`${REPO_ROOT}/fixtures/lockfiles/${p}`, 'utf8');
const ctx = { path: '/p/x', dir: '/nonexistent', cwd: '/p', packageJsonFile: 'package.json', packageJson: { name: 'r', version: '1.0.0', dependencies: { react: '18.3.1' } } };

function errorOf(parse: typeof parseYarnLockfile, text: string, file = 'yarn.lock'): GateError {
  try {
    parse(text, file, ctx);
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}

describe('yarn classic: bad input', () => {
  const text = fixture('yarn/classic/yarn.lock');
  it('rejects a file cut inside a string, naming the line', () => {
    const cut = text.indexOf('"4.3.4"') + 3;
    const e = errorOf(parseYarnLockfile, text.slice(0, cut));
    expect(e).toMatchObject({ code: 'LOCKFILE_INVALID', file: 'yarn.lock' });
    expect(e.line).toBe(text.slice(0, cut).split('\n').length);
  });
  it('rejects a file truncated at a line boundary (a dependency without an entry), on the entry line', () => {
    const lines = text.split('\n');
    const cut = lines.findIndex((l) => l.startsWith('ms@2.1.2'));
    const e = errorOf(parseYarnLockfile, lines.slice(0, cut).join('\n'));
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.message).toMatch(/'debug@4\.3\.4' needs 'ms@2\.1\.2' but yarn\.lock has no entry/);
    expect(lines[e.line! - 1]).toMatch(/^debug@4\.3\.4:/);
  });
  it('rejects a package.json dependency the lockfile does not lock', () => {
    const e = errorOf(parseYarnLockfile, '# yarn lockfile v1\n\nother@1.0.0:\n  version "1.0.0"\n');
    expect(e.code).toBe('LOCKFILE_PACKAGE_JSON_MISMATCH');
    expect(e.message).toMatch(/react@18\.3\.1/);
  });
  it('rejects bad indentation and entries without a version', () => {
    expect(errorOf(parseYarnLockfile, '# yarn lockfile v1\n\na@1:\n      version "1"\n').code).toBe('LOCKFILE_INVALID');
    const e = errorOf(parseYarnLockfile, '# yarn lockfile v1\n\na@1:\n  resolved "x"\n');
    expect(e).toMatchObject({ code: 'LOCKFILE_MISSING_VERSION', line: 3 });
  });
  it('rejects an unknown format (no v1 header, no __metadata)', () => {
    expect(errorOf(parseYarnLockfile, '# yarn lockfile v2\n\na@1:\n  version "1"\n').code).toBe('LOCKFILE_UNSUPPORTED_VERSION');
  });
});

describe('yarn berry: bad input', () => {
  const text = fixture('yarn/berry/yarn.lock');
  it('rejects an unknown __metadata.version on its line', () => {
    const e = errorOf(parseYarnLockfile, text.replace('  version: 10\n', '  version: 99\n'));
    expect(e).toMatchObject({ code: 'LOCKFILE_UNSUPPORTED_VERSION', line: 5 });
  });
  it('rejects a truncated file (a descriptor nothing resolves)', () => {
    const cut = text.indexOf('"use-sync-external-store@npm:1.2.0"');
    const e = errorOf(parseYarnLockfile, text.slice(0, cut));
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.message).toMatch(/use-sync-external-store@npm:1\.2\.0/);
    expect(e.line).toBeGreaterThan(1);
  });
  it('rejects an entry without resolution', () => {
    const e = errorOf(parseYarnLockfile, '__metadata:\n  version: 8\n\n"a@npm:1":\n  version: 1.0.0\n');
    expect(e).toMatchObject({ code: 'LOCKFILE_INVALID', line: 4 });
  });
});

describe('bun.lock: bad input', () => {
  const text = fixture('bun/workspaces/bun.lock');
  it('rejects invalid JSON with the line', () => {
    const cut = text.indexOf('"packages"') + 30;
    const e = errorOf(parseBunLockfile, text.slice(0, cut), 'bun.lock');
    expect(e.code).toBe('LOCKFILE_INVALID_JSON');
    expect(e.line).toBeGreaterThan(30);
  });
  it('rejects an unknown lockfileVersion', () => {
    const e = errorOf(parseBunLockfile, text.replace('"lockfileVersion": 2', '"lockfileVersion": 7'), 'bun.lock');
    expect(e).toMatchObject({ code: 'LOCKFILE_UNSUPPORTED_VERSION', line: 2 });
  });
  it('rejects a dependency that no package entry satisfies (removed entry)', () => {
    const e = errorOf(parseBunLockfile, text.replace(/\n {4}"loose-envify": \[.*\n/, '\n'), 'bun.lock');
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.message).toMatch(/loose-envify/);
  });
});
