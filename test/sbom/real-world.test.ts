/**
 * Interop: for the real lockfiles in ../shared/real-world/lockfiles, the SBOM lists the
 * same components (name@version per install path) and the same dependency edges as
 * `cyclonedx-npm --package-lock-only` (the devDependency, run here on a temp copy of
 * the project with Node 24), and every SBOM we write is schema-valid.
 *
 * Per install path, purl, licenses, the cdx:npm:package:* properties and the
 * distribution reference (URL + hashes) are compared too.
 *
 * Deliberate differences (not compared): bom-refs (ours are flat and stable; theirs
 * nest components), component nesting, scope (theirs never sets `excluded` and leaves
 * npm's devOptional packages required; ours marks dev-only packages excluded and
 * devOptional ones optional — neither is needed by a production install), component
 * hashes (theirs only on the distribution reference; we put them on both).
 * `--omit` is compared with the lockfile's own dev/optional flags — what `npm ci --omit`
 * installs — not with `npm ls --omit`, which walks edges and disagrees with those flags
 * for packages reached through bundled dependencies and for optional platform packages.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import { runCli } from '../support/cli.js';
import { describeRealWorld, realWorld, REPO_ROOT } from '../support/real-world.js';
import { expectValidBom } from './validate.js';

const run = promisify(execFile);

interface Case {
  name: string;
  dir: string;
  /** The lockfile inside `dir` to use (copied as package-lock.json for cyclonedx-npm). */
  lockfile: string;
}

const CASES: Case[] = [
  { name: 'big-app', dir: 'big-app', lockfile: 'package-lock.json' },
  { name: 'big-app (no resolved URLs)', dir: 'big-app', lockfile: 'package-lock.no-resolved.json' },
  { name: 'workspaces', dir: 'workspaces', lockfile: 'package-lock.json' },
  { name: 'odd-sources', dir: 'odd-sources', lockfile: 'package-lock.json' },
];

interface Flat {
  /** install path → name@version */
  components: Map<string, string>;
  /** install path → purl, licenses, properties and distribution reference */
  details: Map<string, string>;
  /** `from-path -> to-path` ('' = the root) */
  edges: Set<string>;
}

type CdxComponent = {
  'bom-ref': string;
  group?: string;
  name: string;
  version?: string;
  purl?: string;
  licenses?: unknown[];
  externalReferences?: { url: string; type: string; hashes?: unknown[] }[];
  properties?: { name: string; value: string }[];
  components?: CdxComponent[];
};
type CdxBom = { metadata: { component: CdxComponent }; components?: CdxComponent[]; dependencies?: { ref: string; dependsOn?: string[] }[] };

/** Either tool's SBOM → install paths and edges (nesting and bom-ref styles differ). */
function flatten(bom: CdxBom): Flat {
  const pathOf = new Map<string, string>([[bom.metadata.component['bom-ref'], '']]);
  const components = new Map<string, string>();
  const details = new Map<string, string>();
  const walk = (list: CdxComponent[] | undefined): void => {
    for (const c of list ?? []) {
      const path = c.properties?.find((p) => p.name === 'cdx:npm:package:path')?.value;
      expect(path, `component ${c['bom-ref']} has cdx:npm:package:path`).toBeTypeOf('string');
      pathOf.set(c['bom-ref'], path!);
      components.set(path!, `${c.group ? `${c.group}/` : ''}${c.name}@${c.version ?? ''}`);
      const properties = (c.properties ?? []).filter((p) => p.name !== 'cdx:npm:package:path').map((p) => `${p.name}=${p.value}`);
      const distribution = (c.externalReferences ?? []).filter((r) => r.type === 'distribution').map((r) => [r.url, r.hashes ?? []]);
      details.set(path!, JSON.stringify({ purl: c.purl, licenses: c.licenses ?? [], properties: properties.sort(), distribution }));
      walk(c.components);
    }
  };
  walk(bom.components);
  const edges = new Set<string>();
  for (const d of bom.dependencies ?? []) for (const to of d.dependsOn ?? []) edges.add(`${pathOf.get(d.ref)} -> ${pathOf.get(to)}`);
  return { components, details, edges };
}

const work = mkdtempSync(join(tmpdir(), 'pg-rw-sbom-'));
const reference = new Map<string, Flat>();
const ours = new Map<string, string>();

describeRealWorld('sbom vs cyclonedx-npm on real lockfiles', () => {
  beforeAll(async () => {
    const env = { ...process.env, PATH: `${join(REPO_ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
    await Promise.all(
      CASES.map(async (c, i) => {
        const project = join(work, String(i));
        cpSync(realWorld('lockfiles', c.dir), project, { recursive: true });
        if (c.lockfile !== 'package-lock.json') cpSync(join(project, c.lockfile), join(project, 'package-lock.json'));
        const out = join(work, `${i}.cdx.json`);
        await run(join(REPO_ROOT, 'node_modules/.bin/cyclonedx-npm'), ['--package-lock-only', '--output-file', out], { cwd: project, env });
        reference.set(c.name, flatten(JSON.parse(readFileSync(out, 'utf8')) as CdxBom));
      }),
    );
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CASES)('$name: same components and edges as cyclonedx-npm, schema-valid', async (c) => {
    const out = join(work, `ours-${c.dir}-${c.lockfile}`);
    const r = await runCli(['sbom', '--lockfile', realWorld('lockfiles', c.dir, c.lockfile), '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    ours.set(c.name, text);
    const mine = flatten(JSON.parse(text) as CdxBom);
    const theirs = reference.get(c.name)!;
    expect(mine.components.size).toBeGreaterThan(0);
    expect(new Map([...mine.components].sort())).toEqual(new Map([...theirs.components].sort()));
    expect([...mine.edges].sort()).toEqual([...theirs.edges].sort());
    expect(new Map([...mine.details].sort())).toEqual(new Map([...theirs.details].sort()));
    await expectValidBom(text);
  });

  it('big-app has the documented size: 1,246 components, 2,807 edges', () => {
    const flat = reference.get('big-app')!;
    expect(flat.components.size).toBe(1246);
    expect(flat.edges.size).toBe(2807);
  });

  it('--omit dev / optional drop exactly the packages the lockfile flags, and stay valid', async () => {
    const lockfile = realWorld('lockfiles', 'big-app', 'package-lock.json');
    const inv = await readInventory(lockfile);
    const count = async (omit: string[]): Promise<number> => {
      const r = await runCli(['sbom', '--lockfile', lockfile, ...omit.flatMap((o) => ['--omit', o])]);
      expect(r.code).toBe(0);
      await expectValidBom(r.stdout);
      return (JSON.parse(r.stdout) as CdxBom).components!.length;
    };
    const dev = inv.packages.filter((p) => p.dev).length;
    const optional = inv.packages.filter((p) => p.optional).length;
    const either = inv.packages.filter((p) => p.dev || p.optional || p.devOptional).length;
    expect(dev).toBeGreaterThan(100);
    expect(optional).toBeGreaterThan(5);
    expect(await count(['dev'])).toBe(1246 - dev);
    expect(await count(['optional'])).toBe(1246 - optional);
    expect(await count(['dev', 'optional'])).toBe(1246 - either);
  });

  it('--reproducible gives byte-identical output across runs, in 1.5 and 1.6, JSON and XML', async () => {
    const lockfile = realWorld('lockfiles', 'workspaces', 'package-lock.json');
    for (const args of [[], ['--spec-version', '1.5'], ['--output-format', 'xml']]) {
      const one = await runCli(['sbom', '--reproducible', '--lockfile', lockfile, ...args], { now: new Date('2026-01-01T00:00:00Z') });
      const two = await runCli(['sbom', '--reproducible', '--lockfile', lockfile, ...args], { now: new Date('2027-06-01T00:00:00Z') });
      expect(one.code).toBe(0);
      expect(one.stdout).toBe(two.stdout);
      if (args[0] === '--spec-version') await expectValidBom(one.stdout, '1.5');
    }
  });
});
