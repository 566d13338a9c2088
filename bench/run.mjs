// `npm run bench`: runs every benchmark in turn (sequentially, so they don't compete for
// the 2 cores), each printing its own table with ratios against its named baseline.
// `npm run bench -- sbom deps` runs only those.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ALL = ['sbom', 'pnpm', 'bundles', 'artifacts', 'deps'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ALL;

// Benchmarks time dist/: build it first so the numbers are for the current source.
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const name of wanted) {
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) {
    console.log(`\n## ${name}: no benchmark (${file} missing)`);
    continue;
  }
  console.log(`\n## ${name}`);
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
