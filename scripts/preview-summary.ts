/**
 * Renders sample job summaries from the test factories into tmp/, so reviewers can read
 * the Markdown (or paste it into a GitHub comment preview) without running the gate.
 * Run: npx tsx scripts/preview-summary.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { renderConsole, renderSummary } from '../src/report/index.js';
import { aFailingRun, aFinding, aRunResult, CWD, NOW } from '../test/report/factories.js';

const options = { cwd: CWD, now: NOW, blobBaseUrl: 'https://github.com/myorg/app/blob/0123456789abcdef', reportFile: 'provenance-gate/report.json' };

const many = aRunResult({
  packages: Array.from({ length: 3000 }, (_, i) => ({ pkg: { name: `pkg-${i}`, version: '1.0.0' } })),
  findings: Array.from({ length: 3000 }, (_, i) => aFinding({ subject: `pkg-${i}@1.0.0`, message: `no provenance (${'x'.repeat(300)})` })),
});

const samples: Record<string, string> = {
  fail: renderSummary(aFailingRun(), options),
  pass: renderSummary(aRunResult({ packages: [{ pkg: { name: 'chalk', version: '5.3.0' } }] }), options),
  audit: renderSummary({ ...aFailingRun(), verdict: { ...aFailingRun().verdict, mode: 'audit', result: 'pass' } }, options),
  oversized: renderSummary(many, options),
};

await mkdir('tmp', { recursive: true });
for (const [name, md] of Object.entries(samples)) {
  await writeFile(`tmp/summary-${name}.md`, md);
  console.log(`tmp/summary-${name}.md  ${Buffer.byteLength(md)} bytes`);
}
await writeFile('tmp/console-fail.txt', renderConsole(aFailingRun(), { cwd: CWD, color: false }));
console.log('tmp/console-fail.txt');
