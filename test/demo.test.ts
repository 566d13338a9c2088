/**
 * The bundled demo (fixtures/demo, `npm run demo`): the committed project passes offline
 * with the expected counts, warnings and one waived finding, writes schema-valid reports,
 * does not rot with time, its strict variant fails for the stated reason, and the
 * generator reproduces the committed files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDemo } from '../fixtures/scripts/make-demo.js';
import { runCli } from './support/cli.js';
import { validateBom, validateReport, validateSarif } from './report/schemas.js';
import { REPO_ROOT } from './support/real-world.js';

const DEMO = join(REPO_ROOT, 'fixtures/demo');
const VERSIONS = ['2.1.0', '2.0.3', '4.2.0', '3.4.2', '1.0.4', '5.0.0'];
const ATTESTED = ['@demo-ui/button', '@demo-ui/theme', 'color-text', 'http-fetcher', 'retry-later', 'test-harness'];
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;

/** Without --registry: the demo's .npmrc names the registry the evidence was recorded from. */
const OFFLINE = ['--offline', '--evidence-dir', 'evidence', '--trusted-root', 'trust/trusted_root.json'];

/** The arguments `npm run <script>` passes to dist/cli.js (package.json), with the output dir swapped. */
function toScriptArgs(script: string, outputDir: string): string[] {
  const scripts = (readJson(join(REPO_ROOT, 'package.json')) as { scripts: Record<string, string> }).scripts;
  const line = scripts[script] ?? '';
  if (!/^cd fixtures\/demo && node \.\.\/\.\.\/dist\/cli\.js check /.test(line)) throw new Error(`package.json scripts.${script} no longer runs dist/cli.js check in fixtures/demo: ${line}`);
  const args = line.slice(line.indexOf('dist/cli.js ') + 'dist/cli.js '.length).split(/\s+/);
  const i = args.indexOf('--output-dir');
  return [...args.slice(0, i), '--output-dir', outputDir, ...args.slice(i + 2)];
}
const tmp = mkdtempSync(join(tmpdir(), 'pg-demo-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Finding {
  ruleId: string;
  subject: string;
  severity: string;
  code: string;
  exception?: { reason: string; expires: string; owner?: string };
}

describe('npm run demo (fixtures/demo, offline)', () => {
  const out = join(tmp, 'demo');
  const run = runCli(toScriptArgs('demo', out), { cwd: DEMO, env: { NPM_CONFIG_REGISTRY: 'https://registry.npmjs.org/' } });

  it('passes with the expected counts per status', async () => {
    const r = await run;
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('PASS (enforce) — 14 packages, 1 artifact');
    const report = readJson(join(out, 'report.json'));
    expect(report.verdict).toBe('pass');
    // 6 attested packages + the artifact verified; 7 registry packages without provenance
    // (pad-left's regression is waived), the git dependency unverifiable.
    expect(report.counts).toEqual({ verified: 7, missing: 6, invalid: 0, unverifiable: 1, excepted: 1 });
    expect(report.findingCounts).toEqual({ fail: 0, warn: 8, info: 0, excepted: 1 });
  });

  it('verifies the provenance of the six attested packages, with their source facts, through the registry key', async () => {
    await run;
    const packages = readJson(join(out, 'report.json')).packages as Array<Record<string, any>>;
    const attested = packages.filter((p) => p.provenance.status === 'verified');
    expect(attested.map((p) => p.name).sort()).toEqual(ATTESTED);
    expect(attested.find((p) => p.name === '@demo-ui/button')?.provenance).toMatchObject({
      sourceRepo: 'https://github.com/demo-ui/button',
      ref: 'refs/tags/v2.1.0',
      workflow: 'demo-ui/button/.github/workflows/release.yml',
      issuer: 'https://token.actions.githubusercontent.com',
      runnerEnvironment: 'github-hosted',
    });
    for (const p of attested) expect(p.sourceConsistency?.status, p.name).toBe('verified');
    const others = packages.filter((p) => p.provenance.status !== 'verified').map((p) => p.provenance.reason?.code);
    expect(new Set(others)).toEqual(new Set(['PROVENANCE_MISSING', 'PACKAGE_NOT_FROM_REGISTRY']));
  });

  it('verifies every registry signature and the artifact provenance', async () => {
    await run;
    const report = readJson(join(out, 'report.json'));
    const registry = (report.packages as Array<Record<string, any>>).filter((p) => !String(p.purl).includes('vcs_url'));
    expect(registry).toHaveLength(13);
    for (const p of registry) expect(p.checks?.signature?.status ?? p.signature?.status, p.purl).toBe('verified');
    expect(report.artifacts).toMatchObject([
      { subject: 'dist/demo-app-1.0.0.tgz', status: 'verified', facts: { sourceRepo: 'https://github.com/acme/demo-app', sourceRef: 'refs/tags/v1.0.0', workflow: 'acme/demo-app/.github/workflows/release.yml', runnerEnvironment: 'github-hosted' } },
    ]);
  });

  it('waives exactly one finding: the provenance regression of pad-left, with reason, expiry and owner', async () => {
    await run;
    const findings = readJson(join(out, 'report.json')).findings as Finding[];
    const waived = findings.filter((f) => f.exception);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({ ruleId: 'provenance-regression', subject: 'pad-left@1.3.0', severity: 'fail', code: 'PROVENANCE_REGRESSION', exception: { expires: '2099-12-31', owner: 'platform-security' } });
    expect(findings.filter((f) => f.severity === 'fail' && !f.exception)).toEqual([]);
    const warned = new Set(findings.filter((f) => f.severity === 'warn').map((f) => `${f.ruleId} ${f.code}`));
    expect([...warned].sort()).toEqual([
      'integrity PACKAGE_NOT_FROM_REGISTRY',
      'provenance PACKAGE_NOT_FROM_REGISTRY',
      'provenance PROVENANCE_MISSING',
      'registry-signatures PACKAGE_NOT_FROM_REGISTRY',
    ]);
  });

  it('writes the SBOM, JSON report and SARIF, each valid against its schema', async () => {
    await run;
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.sarif', 'sbom.cdx.json']);
    expect(await validateBom(readFileSync(join(out, 'sbom.cdx.json'), 'utf8'))).toEqual([]);
    expect(validateReport(readJson(join(out, 'report.json')))).toEqual([]);
    const sarif = readJson(join(out, 'report.sarif'));
    expect(validateSarif(sarif)).toEqual([]);
    const ruleIds = new Set((sarif.runs[0].results as Array<{ ruleId: string }>).map((r) => r.ruleId));
    expect(ruleIds).toContain('provenance');
    const bom = readJson(join(out, 'sbom.cdx.json'));
    expect(bom.metadata.component).toMatchObject({ name: 'demo-app', version: '1.0.0' });
    expect(bom.components).toHaveLength(14);
  });

  it('does not rot: the same verdict decades later (log-time certificates, far exception expiry)', async () => {
    const r = await runCli(['check', ...OFFLINE, '--quiet'], { cwd: DEMO, now: new Date('2090-01-01T00:00:00Z') });
    expect(r.code, r.stdout).toBe(0);
  });

  it('takes its verdicts from the evidence store: without it nothing on the registry side verifies', async () => {
    const json = join(tmp, 'no-evidence.json');
    const empty = mkdtempSync(join(tmp, 'empty-evidence-'));
    await runCli(['check', '--offline', '--evidence-dir', empty, '--trusted-root', 'trust/trusted_root.json', '--json', json], { cwd: DEMO });
    const report = readJson(json);
    expect(report.counts).toMatchObject({ verified: 1, unverifiable: 14, excepted: 0 }); // only the artifact: its bundle is a file
    expect((report.findings as Finding[]).filter((f) => f.code === 'REGISTRY_OFFLINE_NO_EVIDENCE' && f.ruleId === 'registry-signatures')).toHaveLength(13);
  });
});

describe('an offline run whose evidence directory does not exist', () => {
  it('stops with exit 2 (INPUT_NOT_FOUND) instead of reporting every check as unverifiable', async () => {
    const r = await runCli(['check', '--offline', '--evidence-dir', 'no-such-dir', '--trusted-root', 'trust/trusted_root.json'], { cwd: DEMO });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INPUT_NOT_FOUND');
    expect(r.stderr).toContain('no-such-dir');
  });
});

describe('npm run demo:fail (provenance-gate.strict.yml)', () => {
  it('fails with exit 1 because provenance is required for production dependencies', async () => {
    const json = join(tmp, 'strict', 'report.json');
    const r = await runCli(toScriptArgs('demo:fail', join(tmp, 'strict')), { cwd: DEMO });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL (enforce)');
    const blocking = (readJson(json).findings as Finding[]).filter((f) => f.severity === 'fail' && !f.exception);
    expect(new Set(blocking.map((f) => `${f.ruleId} ${f.code}`))).toEqual(new Set(['provenance PROVENANCE_MISSING']));
    // every production registry package without provenance (not dev, not the git dependency)
    expect(blocking.map((f) => f.subject).sort()).toEqual(['ansi-codes@5.0.0', 'ansi-codes@6.0.1', 'fs-watch-fast@1.1.0', 'native-speedup@2.0.0', 'pad-left@1.3.0']);
  });
});

describe('fixtures/scripts/make-demo.ts', () => {
  const regen = join(tmp, 'regen');
  const made = makeDemo(regen);

  it('reproduces the committed project files byte for byte, and both of its runs pass', async () => {
    const runs = await made;
    expect(runs.recorded.code, runs.recorded.out).toBe(0);
    expect(runs.replayed.code, runs.replayed.out).toBe(0);
    for (const f of ['package.json', 'package-lock.json', '.npmrc', 'provenance-gate.yml', 'provenance-gate.strict.yml', 'dist/demo-app-1.0.0.tgz']) {
      expect(readFileSync(join(regen, f)).equals(readFileSync(join(DEMO, f))), f).toBe(true);
    }
  });

  it('records the same evidence, up to the fresh registry key and its signatures', async () => {
    await made;
    const list = (dir: string) => walk(join(dir, 'evidence')).map((f) => relative(join(dir, 'evidence'), f)).sort();
    expect(list(regen)).toEqual(list(DEMO));
    expect(list(DEMO).filter((x) => x.startsWith('registry.demo.invalid/attestations/'))).toEqual(
      ATTESTED.map((n, i) => `registry.demo.invalid/attestations/${encodeURIComponent(`${n}@${VERSIONS[i]}`)}.json`),
    );
    for (const f of list(DEMO).filter((x) => x.includes('/packument/'))) {
      const strip = (dir: string) => JSON.stringify(readJson(join(dir, 'evidence', f)), (k, v) => (k === 'signatures' ? '<signed>' : v));
      expect(strip(regen), f).toBe(strip(DEMO));
    }
    const keys = readJson(join(regen, 'evidence/registry.demo.invalid/keys/keys.json'));
    expect(keys.body.keys).toHaveLength(1);
  });

  it('mints the artifact bundle over the same provenance statement (fresh test-CA keys)', async () => {
    await made;
    const bundle = (dir: string) => readJson(join(dir, 'dist/demo-app-1.0.0.tgz.sigstore.json'));
    expect(bundle(regen).dsseEnvelope.payload).toBe(bundle(DEMO).dsseEnvelope.payload);
    expect(bundle(regen).mediaType).toBe(bundle(DEMO).mediaType);
    expect(Object.keys(readJson(join(regen, 'trust/trusted_root.json'))).sort()).toEqual(Object.keys(readJson(join(DEMO, 'trust/trusted_root.json'))).sort());
  });
});

describe('make-demo.ts --no-attest-dependencies', () => {
  // Without attestations nothing but the artifact has provenance: the same project, the
  // same verdict (provenance is only warned), and no attestation evidence.
  it('records no attestations and still passes with every registry package missing provenance', async () => {
    const dir = join(tmp, 'unattested');
    const runs = await makeDemo(dir, { attestDependencies: false });
    expect(runs.replayed.code, runs.replayed.out).toBe(0);
    expect(readdirSync(join(dir, 'evidence/registry.demo.invalid')).sort()).toEqual(['keys', 'packument']);
    expect(runs.replayed.out).toContain('verified 1 · missing 12 · invalid 0 · unverifiable 1 · excepted 1');
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
