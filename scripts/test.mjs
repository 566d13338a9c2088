// `npm test`: the whole vitest suite, then one closing line CI can read
// ("tests: N passed, M failed, K skipped"). The exit code is vitest's own.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = 'tmp/vitest-results.json';
rmSync(results, { force: true });
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no test results of its own: count it as a failure.
  const unloadable = (r.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0).length;
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests + unloadable} failed, ${skipped} skipped`);
}
process.exit(vitest.status ?? 1);
