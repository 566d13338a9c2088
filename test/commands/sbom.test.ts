import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { reg, writeProject } from '../inventory/project.js';
import { expectValidBom } from '../sbom/validate.js';

const project = (extra: Record<string, unknown> = {}) =>
  writeProject({
    'package.json': { name: 'demo', version: '2.0.0', dependencies: { a: '^1.0.0' }, devDependencies: { d: '^1.0.0' } },
    'package-lock.json': {
      name: 'demo',
      version: '2.0.0',
      lockfileVersion: 3,
      packages: {
        '': { name: 'demo', version: '2.0.0', dependencies: { a: '^1.0.0' }, devDependencies: { d: '^1.0.0' } },
        'node_modules/a': reg('a', '1.0.0'),
        'node_modules/d': reg('d', '1.0.0', { dev: true }),
      },
    },
    ...extra,
  });

/** Exit 2 and exactly one line on stderr carrying the code. */
function expectInputError(r: { code: number; stderr: string; stdout: string }, code: string): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`: ${code}: `);
}

describe('provenance-gate sbom', () => {
  it('discovers the lockfile in cwd and prints CycloneDX 1.6 JSON to stdout', async () => {
    const r = await runCli(['sbom'], { cwd: project() });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.specVersion).toBe('1.6');
    expect(doc.metadata.timestamp).toBe('2026-11-26T00:00:00.000Z');
    expect(doc.metadata.component.name).toBe('demo');
    expect(doc.components.map((c: { name: string }) => c.name)).toEqual(['a', 'd']);
    await expectValidBom(r.stdout);
  });

  it('writes the file given by -o, --output-file or --sbom, creating folders', async () => {
    const dir = project();
    for (const flag of ['-o', '--output-file', '--sbom']) {
      const r = await runCli(['sbom', flag, `out/${flag}.json`], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      await expectValidBom(readFileSync(join(dir, 'out', `${flag}.json`), 'utf8'));
    }
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['--output-file.json', '--sbom.json', '-o.json']);
  });

  it('honours --spec-version, --output-format, --omit and --reproducible', async () => {
    const dir = project();
    const v15 = await runCli(['sbom', '--spec-version', '1.5'], { cwd: dir });
    expect(JSON.parse(v15.stdout).specVersion).toBe('1.5');
    await expectValidBom(v15.stdout, '1.5');
    const xml = await runCli(['sbom', '--output-format', 'xml'], { cwd: dir });
    expect(xml.stdout).toMatch(/^<\?xml/);
    expect(xml.stdout).toContain('http://cyclonedx.org/schema/bom/1.6');
    const prod = await runCli(['sbom', '--omit', 'dev'], { cwd: dir });
    expect(JSON.parse(prod.stdout).components.map((c: { name: string }) => c.name)).toEqual(['a']);
    const one = await runCli(['sbom', '--reproducible'], { cwd: dir, now: new Date(1) });
    const two = await runCli(['sbom', '--reproducible'], { cwd: dir, now: new Date(2) });
    expect(one.stdout).toBe(two.stdout);
    expect(JSON.parse(one.stdout).serialNumber).toBeUndefined();
  });

  it('prints its flags with --help', async () => {
    const r = await runCli(['sbom', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--lockfile', '--output-file', '--sbom', '--spec-version', '--output-format', '--omit', '--reproducible']) expect(r.stdout).toContain(flag);
  });

  it.each([
    [['--spec-version', '1.4']],
    [['--output-format', 'yaml']],
    [['--omit', 'peer']],
    [['--bogus']],
    [['-o', 'a.json', '--sbom', 'b.json']],
  ])('USAGE for %j', async (args) => {
    expectInputError(await runCli(['sbom', ...args], { cwd: project() }), 'USAGE');
  });

  it('LOCKFILE_NOT_FOUND in a folder without a lockfile', async () => {
    expectInputError(await runCli(['sbom'], { cwd: writeProject({ 'package.json': { name: 'x' } }) }), 'LOCKFILE_NOT_FOUND');
  });

  it('leaves no file behind when the lockfile is bad', async () => {
    const dir = project({ 'package-lock.json': '{ "lockfileVersion": 3, "packages": {' });
    const r = await runCli(['sbom', '-o', 'sbom.json'], { cwd: dir });
    expectInputError(r, 'LOCKFILE_INVALID_JSON');
    expect(r.stderr).toContain('package-lock.json:1:');
    expect(readdirSync(dir).sort()).toEqual(['package-lock.json', 'package.json']);
  });

  it('keeps an existing SBOM intact when the new one cannot be produced', async () => {
    const dir = project();
    writeFileSync(join(dir, 'sbom.json'), 'previous');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'renamed', version: '2.0.0' }));
    expectInputError(await runCli(['sbom', '-o', 'sbom.json'], { cwd: dir }), 'LOCKFILE_PACKAGE_JSON_MISMATCH');
    expect(readFileSync(join(dir, 'sbom.json'), 'utf8')).toBe('previous');
  });

  it('OUTPUT_UNWRITABLE when the output path is a folder', async () => {
    const dir = project();
    expectInputError(await runCli(['sbom', '-o', '.'], { cwd: dir }), 'OUTPUT_UNWRITABLE');
    expect(existsSync(join(dir, 'package-lock.json'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
