import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { parsePnpmLockfile } from '../../src/inventory/pnpm.js';
import { parseLockfileYaml } from '../../src/inventory/pnpm-yaml.js';
import { REPO_ROOT } from '../support/real-world.js';
import YAML from 'yaml';

const V9 = readFileSync(`${REPO_ROOT}/fixtures/lockfiles/pnpm/v9/pnpm-lock.yaml`, 'utf8');
const ctx = { path: '/p/pnpm-lock.yaml', dir: '/nonexistent', cwd: '/p', packageJsonFile: 'package.json', packageJson: { name: 'r', version: '1.0.0' } };

function errorOf(text: string): GateError {
  try {
    parsePnpmLockfile(text, 'pnpm-lock.yaml', ctx);
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}

describe('pnpm lockfile: bad input', () => {
  it('rejects a file truncated at a line boundary (dangling reference), naming the line', () => {
    const lines = V9.split('\n');
    const cut = lines.findIndex((l) => l.startsWith('snapshots:'));
    const e = errorOf(lines.slice(0, cut + 4).join('\n'));
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.file).toBe('pnpm-lock.yaml');
    expect(e.message).toMatch(/has no entry under snapshots|does not list/);
    expect(e.line).toBeGreaterThan(0);
  });
  it('rejects a file truncated inside packages (importer refers to a missing package)', () => {
    const lines = V9.split('\n');
    const cut = lines.findIndex((l) => l.startsWith('packages:'));
    const e = errorOf(lines.slice(0, cut + 3).join('\n'));
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.line).toBeGreaterThan(5);
  });
  it('rejects a file cut in the middle of a line', () => {
    const e = errorOf(`${V9.slice(0, V9.indexOf('snapshots:') + 40)}`);
    expect(e.code).toBe('LOCKFILE_INVALID');
  });
  it('rejects YAML that does not parse, with the line of the problem', () => {
    const e = errorOf("lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: {a: [\n\tbad: x\n");
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.line).toBeGreaterThanOrEqual(4);
  });
  it('rejects duplicate keys', () => {
    const e = errorOf("lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x}\n  a@1.0.0:\n    resolution: {integrity: sha512-y}\n");
    expect(e.code).toBe('LOCKFILE_INVALID');
    expect(e.line).toBe(5);
  });
  it.each([
    ['5.4', 'pnpm 7'],
    ["'10.0'", 'a future pnpm'],
  ])('rejects lockfileVersion %s (%s) as unsupported, on its line', (v) => {
    const e = errorOf(`# comment\nlockfileVersion: ${v}\nimporters: {}\n`);
    expect(e.code).toBe('LOCKFILE_UNSUPPORTED_VERSION');
    expect(e.line).toBe(2);
  });
  it('rejects a file without lockfileVersion', () => {
    expect(errorOf('importers: {}\n').code).toBe('LOCKFILE_MISSING_VERSION');
  });
  it('rejects a file that is not a mapping', () => {
    expect(errorOf('- a\n- b\n').code).toBe('LOCKFILE_INVALID');
  });
});

describe('the fast YAML path', () => {
  it.each(['v8', 'v9', 'v11'])('gives what the yaml package gives for the %s fixture', (dir) => {
    const text = readFileSync(`${REPO_ROOT}/fixtures/lockfiles/pnpm/${dir}/pnpm-lock.yaml`, 'utf8');
    const docs = YAML.parseAllDocuments(text);
    const last = (Array.isArray(docs) ? docs : [docs]).at(-1)!.toJS();
    expect(parseLockfileYaml(text, 'x').value).toEqual(last);
  });
  it('hands anything outside the subset to the yaml package (anchors, block scalars, numbers)', () => {
    const text = 'a: &x {b: 1}\nc: *x\nd: |\n  line\ne: 1e3\nf: "esc\\u0041"\n';
    expect(parseLockfileYaml(text, 'x').value).toEqual(YAML.parse(text));
  });
  it('records the line of every key, on both paths', () => {
    const fast = parseLockfileYaml("a:\n  'b@1':\n    c: d\n", 'x');
    const v = fast.value as { a: object };
    expect(fast.lineOf(v.a, 'b@1')).toBe(2);
    const slow = parseLockfileYaml('a: &x\n  b@1:\n    c: |\n      d\n', 'x');
    const w = slow.value as { a: object };
    expect(slow.lineOf(w.a, 'b@1')).toBe(2);
  });
});
