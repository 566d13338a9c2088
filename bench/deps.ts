/**
 * Dependency verification benchmark: the big-app lockfile (1,246 packages) against a
 * loopback registry adding 20 ms per request. provenance-gate (inventory +
 * verifyDependencies, as `check` runs them; cold, then warm with the result cache)
 * versus `npm audit signatures` on the same installed tree against the same registry.
 * Run: npx tsx bench/deps.ts [--runs N] [--skip-npm] [--sweep 16,32,64,128]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { toBuildOptions } from '../scripts/build-options.mjs';
import { DEFAULT_REGISTRY_CONCURRENCY } from '../src/registry/client.js';
import { startFakeRegistry } from '../test/support/fake-registry.js';
import { createTestRegistryKey, toKeysBody } from '../test/support/npm-registry-data.js';
import { HAS_REAL_WORLD, realWorld } from '../test/support/real-world.js';
import { writeNpmTree } from './deps-npm-tree.js';
import { populateRegistries } from './deps-registry.js';
import { loadBenchMinter } from './deps-attestations.js';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const SKIP_NPM = process.argv.includes('--skip-npm');
const NPM_CLI = process.env.NPM_CLI_JS ?? '/usr/lib/node_modules/npm/bin/npm-cli.js';
if (!HAS_REAL_WORLD) {
  console.log('deps: ../shared/real-world is absent; skipped');
  process.exit(0);
}
const appDir = realWorld('lockfiles/big-app');
const lockfile = join(appDir, 'package-lock.json');
const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, Record<string, unknown>> };
const work = mkdtempSync(join(tmpdir(), 'pg-bench-deps-'));

// The child is bundled exactly like dist/ (same esbuild options: shared chunks loaded on
// demand, the attestation worker beside it) so neither side pays for a TypeScript loader
// and the warm run loads what the shipped CLI loads.
const runner = join(work, 'deps-run.js');
writeFileSync(join(work, 'package.json'), '{"type":"module"}\n');
await build(toBuildOptions(work, { 'deps-run': 'bench/deps-run.ts', 'attestation-worker': 'src/dependencies/attestation-worker.ts' }));

const key = createTestRegistryKey();
const ours = await startFakeRegistry({ latencyMs: 20 });
const npms = await startFakeRegistry({ latencyMs: 20 });
ours.keys = npms.keys = toKeysBody([{ key }]);
const minter = await loadBenchMinter();
const pop = await populateRegistries(lock as never, key, ours, npms, minter?.mint);
const trustFile = join(work, 'trust.json');
writeFileSync(trustFile, JSON.stringify(minter?.trust ?? {}));

const tree = mkdtempSync(join(work, 'tree-'));
const installed = writeNpmTree(join(appDir, 'package.json'), lock as never, tree);
// npm asks Sigstore's TUF CDN for the registry's keys first; offline that hangs or fails,
// online it answers "no such target" for a custom registry — the shim answers that at once.
const shim = join(work, 'tuf-shim.cjs');
writeFileSync(shim, `const m = require(require.resolve('@sigstore/tuf', { paths: [${JSON.stringify(NPM_CLI.replace(/bin\/npm-cli\.js$/, ''))}] }));
m.initTUF = async () => ({ getTarget: async () => { const e = new Error('no target'); e.code = 'TUF_FIND_TARGET_ERROR'; throw e; } });\n`);

interface Run { ms: number; rssMb: number; out: string; registryCpuMs: number }
/** Runs a child under /usr/bin/time (peak RSS) — asynchronously, the registry lives in this process. */
async function timed(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage(); // this process = the loopback registries (the harness idles meanwhile)
  const prof = process.env.PG_BENCH_PROFILE && args[0] === runner ? ['--cpu-prof', '--cpu-prof-dir', process.env.PG_BENCH_PROFILE] : [];
  if (process.env.PG_BENCH_NODE_FLAGS && args[0] === runner) prof.push(...process.env.PG_BENCH_NODE_FLAGS.split(' '));
  const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, ...prof, ...args], { cwd, env: { ...process.env, ...env } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const registryCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const rssKb = Number(err.trim().split('\n').at(-1));
  if (!out.trim().startsWith('{')) throw new Error(`${args[0]} exited ${code}: ${err.slice(-800)}`);
  return { ms, rssMb: Math.round(rssKb / 1024), out, registryCpuMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const npmRuns: Run[] = [];
for (let i = 0; i < (SKIP_NPM ? 0 : RUNS); i++) {
  const cache = mkdtempSync(join(work, 'npm-cache-'));
  npmRuns.push(await timed([NPM_CLI, 'audit', 'signatures', '--json', '--registry', npms.url, '--cache', cache, '--no-update-notifier', '--no-audit', '--no-fund'], tree, { NODE_OPTIONS: `--require ${shim}` }));
}
// '-': the default concurrency (DEFAULT_REGISTRY_CONCURRENCY), as `check` runs without --concurrency.
const coldRuns: Run[] = [];
const warmRuns: Run[] = [];
const narrow: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const cache = mkdtempSync(join(work, 'pg-cache-'));
  coldRuns.push(await timed([runner, lockfile, ours.url, cache, trustFile, '-'], work));
  warmRuns.push(await timed([runner, lockfile, ours.url, cache, trustFile, '-'], work));
  // As many sockets as npm (its maxsockets default is 15).
  narrow.push(await timed([runner, lockfile, ours.url, '-', trustFile, '16'], work));
}
// --sweep 16,32,64,128: cold runs per concurrency (evidence for the default).
const sweepArg = process.argv.includes('--sweep') ? process.argv[process.argv.indexOf('--sweep') + 1] ?? '' : '';
const sweep: Array<[string, Run[]]> = [];
for (const c of sweepArg.split(',').filter(Boolean)) {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed([runner, lockfile, ours.url, '-', trustFile, c], work));
  sweep.push([c, runs]);
}
// Like for like: npm's registry (signatures only, no attestations).
const sameWork: Run[] = [];
for (let i = 0; i < RUNS; i++) sameWork.push(await timed([runner, lockfile, npms.url, '-', trustFile, '-'], work));

const npmOut = (npmRuns[0] ? JSON.parse(npmRuns[0].out) : { invalid: [], missing: [] }) as { invalid: Array<{ name: string; version: string }>; missing: Array<{ name: string; version: string }> };
const pg = JSON.parse(coldRuns[0]!.out) as { signature: Record<string, number>; provenance: Record<string, number>; invalidSignatures: string[]; missingSignatures: string[]; reasons: Record<string, number>; packages: number; maxRssMb: number };
const warm = JSON.parse(warmRuns[0]!.out) as typeof pg;
const ids = (xs: Array<{ name: string; version: string }>) => xs.map((x) => `${x.name}@${x.version}`).sort();
const sameInvalid = JSON.stringify(ids(npmOut.invalid)) === JSON.stringify(pg.invalidSignatures);
const sameMissing = JSON.stringify(ids(npmOut.missing)) === JSON.stringify(pg.missingSignatures);

const phase = (runs: Run[], k: 'verifyMs' | 'inventoryMs' | 'startupMs' | 'cpuMs') => {
  const xs = runs.map((r) => (r.out.startsWith('{"packages"') ? (JSON.parse(r.out) as Record<string, number>)[k]! : Number.NaN));
  return Number.isNaN(xs[0]!) ? '–' : median(xs).toFixed(0);
};
const row = (name: string, runs: Run[]) =>
  `| ${name.padEnd(44)} | ${median(runs.map((r) => r.ms)).toFixed(0).padStart(8)} | ${phase(runs, 'startupMs').padStart(7)} | ${phase(runs, 'inventoryMs').padStart(9)} | ${phase(runs, 'verifyMs').padStart(9)} | ${phase(runs, 'cpuMs').padStart(6)} | ${median(runs.map((r) => r.registryCpuMs)).toString().padStart(7)} | ${Math.max(...runs.map((r) => r.rssMb)).toString().padStart(8)} |`;
console.log(`\nbig-app: ${lock && Object.keys(lock.packages).length - 1} lockfile entries, ${installed} installed for npm, ${pop.names} package names, ${pop.attested} versions with attestations; registry +20 ms/request; median of ${RUNS}\n`);
console.log('| run                                          |  wall ms | load ms | inventory | verify ms | CPU ms | reg CPU |  peak MB |');
console.log('| -------------------------------------------- | -------: | ------: | --------: | --------: | -----: | ------: | -------: |');
if (npmRuns.length > 0) console.log(row('npm audit signatures (cold, baseline)', npmRuns));
console.log(row(`provenance-gate deps, cold (concurrency ${DEFAULT_REGISTRY_CONCURRENCY})`, coldRuns));
console.log(row('provenance-gate deps, warm cache', warmRuns));
console.log(row('provenance-gate deps, cold (concurrency 16)', narrow));
console.log(row("provenance-gate deps, cold, npm's registry (no att.)", sameWork));
for (const [c, runs] of sweep) console.log(row(`sweep: cold, concurrency ${c}`, runs));
const npmMs = npmRuns.length > 0 ? median(npmRuns.map((r) => r.ms)) : Number.NaN;
const coldMs = median(coldRuns.map((r) => r.ms));
const warmMs = median(warmRuns.map((r) => r.ms));
const verifyCold = Number(phase(coldRuns, 'verifyMs'));
const verifyWarm = Number(phase(warmRuns, 'verifyMs'));
const narrowMs = median(narrow.map((r) => r.ms));
const requests = pop.names + pop.attested + 1;
console.log(`\nratios (whole process wall): cold vs npm ${(npmMs / coldMs).toFixed(2)}× faster (target ≥3×); warm vs cold ${(coldMs / warmMs).toFixed(1)}× (target ≥20×); concurrency 16 vs npm ${(npmMs / narrowMs).toFixed(2)}×`);
console.log(`request floor (requests × 20 ms / concurrency): ${requests} requests → ${Math.round((requests * 20) / DEFAULT_REGISTRY_CONCURRENCY)} ms at ${DEFAULT_REGISTRY_CONCURRENCY}, ${Math.round((requests * 20) / 16)} ms at 16`);
console.log(`like for like (npm's registry, signatures only): ${(npmMs / median(sameWork.map((r) => r.ms))).toFixed(2)}× faster than npm`);
console.log(`ratios (verifyDependencies phase): warm vs cold ${(verifyCold / Math.max(1, verifyWarm)).toFixed(1)}×`);
console.log(`peak RSS provenance-gate ${Math.max(...coldRuns.map((r) => r.rssMb))} MB (target < 300 MB); V8 heap at exit ${(pg as unknown as { heapMb: number }).heapMb} MB`);
console.log(`verdicts: npm invalid=${npmOut.invalid.length} missing=${npmOut.missing.length}; provenance-gate signature ${JSON.stringify(pg.signature)}, provenance ${JSON.stringify(pg.provenance)}`);
console.log(`same invalid set: ${sameInvalid} (${pg.invalidSignatures.join(', ')}); same missing set: ${sameMissing} (${pg.missingSignatures.join(', ')}); planted ${JSON.stringify(pop.defects)}`);
console.log(`provenance-gate signature reason codes: ${JSON.stringify(pg.reasons)}; warm run identical counts: ${JSON.stringify(warm.signature) === JSON.stringify(pg.signature)}`);
if (!minter) console.log('NOTE: no test CA available (test/support test CA missing): ran without attestations');
await ours.close();
await npms.close();
if (process.env.PG_BENCH_KEEP) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(sameInvalid && sameMissing ? 0 : 1);
