import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { REPO_ROOT } from '../support/real-world.js';
import { expectValidBom } from '../sbom/validate.js';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});
function tempProject(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-wscli-'));
  temps.push(dir);
  cpSync(join(REPO_ROOT, 'fixtures/lockfiles', from), dir, { recursive: true });
  return dir;
}

describe('sbom on pnpm, yarn and bun lockfiles', () => {
  it.each(['pnpm/v8', 'pnpm/v9', 'pnpm/v11', 'yarn/classic', 'yarn/berry', 'bun/workspaces'])('%s: a schema-valid SBOM with the root component', async (dir) => {
    const r = await runCli(['sbom', '--reproducible'], { cwd: tempProject(dir) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const bom = JSON.parse(r.stdout) as { metadata: { component: { name: string } }; components: { purl: string }[] };
    expect(bom.metadata.component.name).toBe('fixture-app');
    expect(bom.components.map((c) => c.purl)).toContain('pkg:npm/react@18.3.1');
    await expectValidBom(r.stdout);
  });

  it('--per-workspace writes one SBOM per project, each with its own root component', async () => {
    const cwd = tempProject('pnpm/v9');
    const r = await runCli(['sbom', '--per-workspace', '--output-dir', 'out', '--reproducible'], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['fixture-app.cdx.json', 'fx-a.cdx.json', 'fx-b.cdx.json']);
    const a = JSON.parse(readFileSync(join(cwd, 'out/fx-a.cdx.json'), 'utf8')) as {
      metadata: { component: { group?: string; name: string; purl: string; 'bom-ref': string } };
      components: { group?: string; name: string }[];
      dependencies: { ref: string; dependsOn?: string[] }[];
    };
    expect(a.metadata.component).toMatchObject({ group: '@fx', name: 'a', purl: 'pkg:npm/%40fx/a@1.0.0' });
    expect(a.components.map((c) => (c.group ? `${c.group}/${c.name}` : c.name)).sort()).toEqual(['@fx/b', 'is-number', 'left-pad']);
    expect(a.dependencies.find((d) => d.ref === a.metadata.component['bom-ref'])?.dependsOn).toHaveLength(2);
    await expectValidBom(readFileSync(join(cwd, 'out/fx-a.cdx.json'), 'utf8'));
  });

  it('--per-workspace without --output-dir is a usage error (exit 2)', async () => {
    const r = await runCli(['sbom', '--per-workspace'], { cwd: tempProject('pnpm/v9') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/USAGE/);
  });

  it('a truncated lockfile exits 2 naming the file and line; no SBOM is written', async () => {
    const cwd = tempProject('pnpm/v9');
    const text = readFileSync(join(cwd, 'pnpm-lock.yaml'), 'utf8');
    writeFileSync(join(cwd, 'pnpm-lock.yaml'), text.slice(0, text.indexOf('snapshots:')));
    const r = await runCli(['sbom', '-o', 'sbom.json'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/LOCKFILE_INVALID: pnpm-lock\.yaml:\d+: /);
    expect(readdirSync(cwd)).not.toContain('sbom.json');
  });

  it('lockfiles of one folder that disagree exit 2 with LOCKFILE_CONFLICT', async () => {
    const cwd = tempProject('yarn/classic');
    cpSync(join(REPO_ROOT, 'fixtures/lockfiles/pnpm/v9/pnpm-lock.yaml'), join(cwd, 'pnpm-lock.yaml'));
    writeFileSync(join(cwd, 'yarn.lock'), readFileSync(join(cwd, 'yarn.lock'), 'utf8').replace('react@18.3.1:\n  version "18.3.1"', 'react@18.3.1:\n  version "18.2.0"'));
    const r = await runCli(['sbom'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/LOCKFILE_CONFLICT: yarn\.lock:\d+: .*react/);
  });
});
