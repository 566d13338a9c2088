/**
 * Report rendering at scale: a run of N packages (every tenth with a finding) rendered to
 * each report, against the baseline `JSON.stringify(result)` — the least any serialization
 * of the same data can cost. Run: npx tsx bench/report.ts [packages]
 */
import { performance } from 'node:perf_hooks';
import { enrichBom, renderAnnotations, renderConsole, renderJsonReport, renderSarif, renderSummary } from '../src/report/index.js';
import { toBom, renderBom } from '../src/sbom/index.js';
import { aFinding, aRunResult, CWD, NOW } from '../test/report/factories.js';

const n = Number(process.argv[2] ?? 5000);
const result = aRunResult({
  packages: Array.from({ length: n }, (_, i) => ({ pkg: { name: `pkg-${i}`, version: '1.0.0' } })),
  findings: Array.from({ length: Math.floor(n / 10) }, (_, i) => aFinding({ subject: `pkg-${i * 10}@1.0.0` })),
});

function time(fn: () => unknown, runs = 7): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const baseline = time(() => JSON.stringify(result));
const rows: [string, number][] = [
  ['JSON.stringify(result) (baseline)', baseline],
  ['renderJsonReport + stringify', time(() => JSON.stringify(renderJsonReport(result, { cwd: CWD, now: NOW })))],
  ['renderSarif + stringify', time(() => JSON.stringify(renderSarif(result, { cwd: CWD })))],
  ['renderSummary', time(() => renderSummary(result, { cwd: CWD, now: NOW }))],
  ['renderAnnotations', time(() => renderAnnotations(result, { cwd: CWD }))],
  ['renderConsole', time(() => renderConsole(result, { cwd: CWD, color: false }))],
  ['toBom + enrichBom', time(() => enrichBom(toBom(result.inventories, { reproducible: true }).bom, result))],
  ['toBom (without enrichment)', time(() => toBom(result.inventories, { reproducible: true }))],
];
const sbom = toBom(result.inventories, { reproducible: true });
const plainText = await renderBom(sbom.bom);
let t = performance.now();
await renderBom(sbom.bom);
rows.push(['renderBom, plain Bom', performance.now() - t]);
enrichBom(sbom.bom, result);
t = performance.now();
const enrichedText = await renderBom(sbom.bom);
rows.push(['renderBom, enriched Bom', performance.now() - t]);

console.log(`report rendering, ${n} packages, ${result.verdict.findings.length} findings (median of 7, ms)`);
console.log('| step | ms | × baseline |\n| --- | ---: | ---: |');
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(1)} |`);
console.log(`SBOM size: ${(plainText.length / 1e6).toFixed(1)} MB plain → ${(enrichedText.length / 1e6).toFixed(1)} MB enriched (×${(enrichedText.length / plainText.length).toFixed(2)})`);
