/**
 * verify-artifact speed. Prints
 *  1. one CLI invocation (`node dist/cli.js verify-artifact …`, SLSA provenance from the
 *     test CA, custom trusted root) vs the baseline `node -e 0` (bare Node start-up),
 *     median of 11 runs each, and the 300 ms target;
 *  2. in-process `verifyArtifacts` over 200 artifacts, each with its own bundle beside it.
 * Run: `npm run build && npx tsx bench/artifacts.ts` (npm run bench builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyArtifacts } from '../src/artifacts/index.js';
import { loadTrust } from '../src/sigstore/index.js';
import { mintStatement, sha256, testInstance } from '../test/artifacts/synthetic.js';
import { toGenericV02 } from '../test/provenance/fixtures.js';

const RUNS = 11;
const N = 200;
const node = process.execPath;
const cli = process.env.PG_BENCH_CLI ?? join(import.meta.dirname, '..', 'dist', 'cli.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function wall(args: string[], cwd: string): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(node, args, { cwd, encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), 'pg-bench-art-'));
const ca = await testInstance();
const root = ca.writeTrustedRoot(dir);
for (let i = 0; i < N; i++) {
  const data = Buffer.from(`artifact ${i}\n`);
  writeFileSync(join(dir, `a${i}.bin`), data);
  const { json } = await mintStatement(toGenericV02({}, [{ name: `a${i}.bin`, digest: { sha256: sha256(data) } }]));
  writeFileSync(join(dir, `a${i}.bin.intoto.jsonl`), json);
}

if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');
const baseline = wall(['-e', '0'], dir);
const one = wall([cli, 'verify-artifact', 'a0.bin', '--trusted-root', root, '--source-uri', 'github.com/octo-org/octo-repo'], dir);

const trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot] });
const subjects = Array.from({ length: N }, (_, i) => ({ path: `a${i}.bin` }));
await verifyArtifacts(subjects.slice(0, 5), { cwd: dir, trust }); // warm-up
const t = performance.now();
const results = await verifyArtifacts(subjects, { cwd: dir, trust, provenance: { sourceUri: 'github.com/octo-org/octo-repo' } });
const inProcess = performance.now() - t;
if (results.some((r) => r.status !== 'verified')) throw new Error('benchmark fixture did not verify');

console.log('| measurement | median | vs baseline |');
console.log('| --- | ---: | ---: |');
console.log(`| baseline: \`node -e 0\` | ${baseline.toFixed(0)} ms | 1.00× |`);
console.log(`| \`verify-artifact\` one artifact (CLI, wall) | ${one.toFixed(0)} ms | ${(one / baseline).toFixed(2)}× |`);
console.log(`| target | 300 ms | ${one < 300 ? 'met' : 'MISSED'} |`);
console.log(`| \`verifyArtifacts\` ${N} artifacts in-process | ${inProcess.toFixed(0)} ms (${(inProcess / N).toFixed(2)} ms/artifact) | |`);
