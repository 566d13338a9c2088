/**
 * The sigstore-conformance bundle-verify suite (../shared/tools/conformance-run) against
 * our `verify-bundle`, every case in PATH and DIGEST mode: must be 140 passed, 0 failed.
 * The CLI is bundled with esbuild into a temp dir first (dist/ is the lead's), and run
 * with the project's Node 24.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { toBuildOptions } from '../scripts/build-options.mjs';
import { beforeAll, expect, it } from 'vitest';
import { describeRealWorld, realWorld, REPO_ROOT } from './support/real-world.js';

const TOOL = join(REPO_ROOT, '../shared/tools/conformance-run');
const NODE = existsSync(join(REPO_ROOT, 'node_modules/.bin/node')) ? join(REPO_ROOT, 'node_modules/.bin/node') : process.execPath;

describeRealWorld('sigstore-conformance bundle-verify', () => {
  let cli = '';
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'pg-conformance-'));
    await build({ ...toBuildOptions(out), logLevel: 'error' });
    cli = join(out, 'cli.js');
  }, 60_000);

  it('passes every case (140 passed, 0 failed)', () => {
    const r = spawnSync('bash', [TOOL, '-j', '2', '-v', realWorld('sigstore-conformance/bundle-verify'), NODE, cli], { encoding: 'utf8', timeout: 110_000 });
    const summary = r.stdout.trim().split('\n').at(-1) ?? '';
    // Not printed as a bare "N passed, M failed" line: CI reads such a line as the suite's total.
    console.log(`sigstore-conformance bundle-verify (PATH + DIGEST modes) -> ${summary} [provenance-gate verify-bundle]`);
    if (r.status !== 0) console.log(r.stdout.split('\n').filter((l) => l.startsWith('FAIL') || l.startsWith('    ')).join('\n'));
    expect(summary).toBe('140 passed, 0 failed');
    expect(r.status).toBe(0);
  }, 120_000);
});
