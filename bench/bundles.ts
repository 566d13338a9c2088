/**
 * Bundle verification throughput: the provenance-gate core (trust built once, reused)
 * vs `sigstore.verify` called once per bundle, side by side on the same bundles in
 * the same run; plus one `verify-bundle` CLI invocation (wall time).
 *
 *   npx tsx bench/bundles.ts [--bundles N] [--rounds R]
 *
 * Bundles: N distinct ones minted by the local test CA (half message signatures,
 * half DSSE/in-toto, every one with its own leaf certificate, tlog entry and SCT),
 * and the public-good conformance happy paths (real data, when ../shared is there).
 * sigstore.verify needs TUF; offline, its TUF step is replaced by reading the
 * trusted_root.json file per call — cheaper than the real TUF refresh, so the
 * baseline is flattered, not handicapped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import * as sigstore from 'sigstore';
import { build } from 'esbuild';
import { toBuildOptions } from '../scripts/build-options.mjs';
import { digestData, loadTrust, parseBundle, verifyBundle } from '../src/sigstore/index.js';
import { readPublicGoodRoot } from '../src/sigstore/trust.js';
import { createTestInstance, IN_TOTO, toStatement } from '../test/support/test-ca/index.js';

const { values } = parseArgs({ options: { bundles: { type: 'string', default: '240' }, rounds: { type: 'string', default: '3' } } });
const N = Number(values.bundles);
const ROUNDS = Number(values.rounds);
const ROOT = resolve(import.meta.dirname, '..');
const CONF = resolve(ROOT, '../shared/real-world/sigstore-conformance/bundle-verify');

interface Case {
  json: Record<string, unknown>;
  data: Buffer;
  san: string;
  issuer: string;
}

// sigstore.verify fetches the trusted root through @sigstore/tuf on every call; offline,
// stand in for that step with a per-call read + parse of the trusted_root.json.
const tuf = createRequire(import.meta.url)('@sigstore/tuf') as { getTrustedRoot: (o?: unknown) => Promise<TrustedRoot> };
let trustedRootFile = '';
tuf.getTrustedRoot = async () => TrustedRoot.fromJSON(JSON.parse(readFileSync(trustedRootFile, 'utf8')));

async function timeIt(label: string, cases: Case[], verify: (c: Case) => Promise<unknown>): Promise<number> {
  for (const c of cases.slice(0, 10)) await verify(c); // warm-up
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    for (const c of cases) await verify(c);
    best = Math.min(best, performance.now() - t);
  }
  const perSec = (cases.length / best) * 1000;
  console.log(`  ${label.padEnd(44)} ${(best / cases.length).toFixed(3).padStart(7)} ms/bundle ${perSec.toFixed(0).padStart(7)} bundles/s`);
  return perSec;
}

async function compare(title: string, cases: Case[], rootFile: string, trust: ReturnType<typeof loadTrust>) {
  console.log(`\n${title} (${cases.length} bundles, best of ${ROUNDS} rounds)`);
  trustedRootFile = rootFile;
  const base = await timeIt('sigstore.verify per bundle (baseline)', cases, (c) =>
    sigstore.verify(c.json as never, c.data, { certificateIdentityURI: c.san, certificateIssuer: c.issuer }),
  );
  const ours = await timeIt('provenance-gate core (trust built once)', cases, (c) =>
    verifyBundle(trust, parseBundle(c.json), { data: c.data }, { subjectAlternativeName: c.san, issuer: c.issuer }),
  );
  console.log(`  ratio: ${(ours / base).toFixed(2)}x the baseline throughput (target >= 2x)`);
}

const dir = mkdtempSync(join(tmpdir(), 'pg-bench-'));
const ca = await createTestInstance();
const caRoot = ca.writeTrustedRoot(dir);
const minted: Case[] = [];
for (let i = 0; i < N; i++) {
  const data = Buffer.from(`artifact ${i}\n`);
  const san = `https://github.com/octo-org/repo-${i % 7}/.github/workflows/release.yml@refs/tags/v1.${i}.0`;
  const m = i % 2 === 0 ? ca.signMessage(data, { san }) : ca.signDsse(IN_TOTO, toStatement({ [`a${i}`]: digestData(data, 'sha256').hex }), { san });
  minted.push({ json: m.bundle, data, san, issuer: ca.defaults.issuer });
}
await compare('test-CA bundles (distinct leaves, tlog + SCT)', minted, caRoot, loadTrust({ trustedRoots: [caRoot] }));

if (existsSync(CONF)) {
  const pgRoot = join(dir, 'public-good.json');
  writeFileSync(pgRoot, JSON.stringify(readPublicGoodRoot()));
  const names = ['happy-path-v0.1', 'happy-path-v0.2', 'happy-path-v0.3', 'happy-path-v0.3-new-mediaType', 'happy-path-intoto-in-dsse-v3'];
  const real: Case[] = [];
  const san = 'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
  for (let i = 0; real.length < N; i++) {
    const name = names[i % names.length]!;
    const json = JSON.parse(readFileSync(join(CONF, name, 'bundle.sigstore.json'), 'utf8'));
    const art = join(CONF, name, 'artifact');
    real.push({ json, data: readFileSync(existsSync(art) ? art : join(CONF, 'a.txt')), san, issuer: 'https://token.actions.githubusercontent.com' });
  }
  await compare('public-good conformance happy paths (5 bundles cycled)', real, pgRoot, loadTrust());

  // One CLI invocation, whole process (bundled like dist/cli.js, run with the project's Node 24).
  const out = join(dir, 'cli');
  await build({ ...toBuildOptions(out), logLevel: 'error' });
  const node = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;
  const args = [join(out, 'cli.js'), 'verify-bundle', '--bundle', join(CONF, 'happy-path-v0.3/bundle.sigstore.json'), '--certificate-identity', san, '--certificate-oidc-issuer', 'https://token.actions.githubusercontent.com', join(CONF, 'a.txt')];
  const times: number[] = [];
  const startup: number[] = [];
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    const r = spawnSync(node, args, { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`verify-bundle failed: ${r.stderr}`);
    t = performance.now();
    spawnSync(node, [join(out, 'cli.js'), '--version']);
    startup.push(performance.now() - t);
  }
  const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
  console.log(`\nverify-bundle CLI, one invocation (median of 7): ${median(times).toFixed(0)} ms wall (target < 300 ms); of which process start + bundle load (--version): ${median(startup).toFixed(0)} ms`);
}
