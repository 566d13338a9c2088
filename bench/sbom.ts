/**
 * `npx tsx bench/sbom.ts [--runs N]` — whole-process SBOM generation:
 *  1. big-app (../shared/real-world/lockfiles/big-app, 1,246 packages): `provenance-gate sbom`
 *     (dist/cli.js) vs `cyclonedx-npm --package-lock-only`, alternating, median wall.
 *     Target: ≥10× faster.
 *  2. a synthetic 50,000-package lockfile: time per package within 2× of big-app's, and
 *     peak RSS < 500 MB (from /usr/bin/time, else the child's rusage via a wrapper).
 * Needs a current dist/ (`npm run build`; `npm run bench` builds first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticProject } from './synthetic-lockfile.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = process.env.PG_CLI ?? join(ROOT, 'dist/cli.js');
const CDX = join(ROOT, 'node_modules/.bin/cyclonedx-npm');
const BIG = resolve(ROOT, process.env.PROVENANCE_GATE_REAL_WORLD ?? '../shared/real-world', 'lockfiles/big-app');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  ms: number;
  rssMb?: number;
}

/** One whole-process run; wall clock around the spawn, peak RSS from /usr/bin/time. */
function runOnce(cmd: string, args: string[], cwd: string): Sample {
  const stats = join(cwd, '.time');
  const [file, argv] = TIME ? [TIME, ['-f', '%M', '-o', stats, cmd, ...args]] : [cmd, args];
  const env = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  const start = process.hrtime.bigint();
  const r = spawnSync(file, argv, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  const rssMb = TIME ? Number(readFileSync(stats, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { ms, rssMb };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, d = 0): string => n.toFixed(d);

function main(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} missing: run \`npm run build\` first`);
  if (!existsSync(join(BIG, 'package-lock.json'))) {
    console.log(`big-app lockfile not found under ${BIG}; set PROVENANCE_GATE_REAL_WORLD`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'pg-bench-sbom-'));
  try {
    // cyclonedx-npm runs npm in the project folder: give both tools the same writable copy.
    const big = join(work, 'big-app');
    cpSync(BIG, big, { recursive: true });
    const bigPackages = (JSON.parse(readFileSync(join(big, 'package-lock.json'), 'utf8')) as { packages: object }).packages;
    const bigCount = Object.keys(bigPackages).length - 1;
    const ours: Sample[] = [];
    const theirs: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(runOnce(NODE, [CLI, 'sbom', '--lockfile', 'package-lock.json', '-o', join(work, 'ours.cdx.json')], big));
      theirs.push(runOnce(CDX, ['--package-lock-only', '--output-file', join(work, 'theirs.cdx.json')], big));
    }
    const oursMs = median(ours.map((s) => s.ms));
    const theirsMs = median(theirs.map((s) => s.ms));

    const synth = join(work, 'synthetic');
    const synthCount = 50_000;
    writeSyntheticProject(synth, synthCount);
    const synthRuns: Sample[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      synthRuns.push(runOnce(NODE, [CLI, 'sbom', '--lockfile', 'package-lock.json', '-o', join(work, 'synth.cdx.json')], synth));
    }
    const synthMs = median(synthRuns.map((s) => s.ms));
    const synthRss = Math.max(...synthRuns.map((s) => s.rssMb ?? 0));
    const perBig = (oursMs * 1000) / bigCount;
    const perSynth = (synthMs * 1000) / synthCount;

    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${spawnSync(NODE, ['--version']).stdout.toString().trim()}; ${RUNS} runs each, median wall`);
    console.log('');
    console.log('| workload | tool | median wall | peak RSS | per package |');
    console.log('| --- | --- | ---: | ---: | ---: |');
    const rss = (xs: Sample[]) => (xs[0]?.rssMb === undefined ? 'n/a' : `${fmt(Math.max(...xs.map((s) => s.rssMb!)))} MB`);
    console.log(`| big-app (${bigCount} pkgs) | provenance-gate sbom | ${fmt(oursMs)} ms | ${rss(ours)} | ${fmt(perBig, 1)} µs |`);
    console.log(`| big-app (${bigCount} pkgs) | cyclonedx-npm --package-lock-only | ${fmt(theirsMs)} ms | ${rss(theirs)} | ${fmt((theirsMs * 1000) / bigCount, 1)} µs |`);
    console.log(`| synthetic (${synthCount} pkgs) | provenance-gate sbom | ${fmt(synthMs)} ms | ${rss(synthRuns)} | ${fmt(perSynth, 1)} µs |`);
    console.log('');
    const speedup = theirsMs / oursMs;
    const scale = perSynth / perBig;
    console.log(`speed-up vs cyclonedx-npm: ${fmt(speedup, 1)}× (target ≥ 10×) ${speedup >= 10 ? 'OK' : 'MISSED'}`);
    console.log(`per-package cost, 50k vs big-app: ${fmt(scale, 2)}× (target ≤ 2×) ${scale <= 2 ? 'OK' : 'MISSED'}`);
    if (TIME) console.log(`peak RSS at 50k: ${fmt(synthRss)} MB (target < 500 MB) ${synthRss < 500 ? 'OK' : 'MISSED'}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
