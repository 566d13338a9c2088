/**
 * `npx tsx bench/pnpm.ts [--runs N]` — reading big-app's pnpm-lock.yaml (v9) vs its
 * package-lock.json (the baseline), in-process, alternating, median of N runs each
 * (after warm-up). Target: the pnpm read within 2× of the npm read. Also the YAML step
 * alone: the `yaml` package's parse / parseDocument / parseAllDocuments against our
 * fast lockfile path (src/inventory/pnpm-yaml.ts), which falls back to `yaml` only for
 * input outside the subset pnpm and yarn write.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { readInventory } from '../src/inventory/index.js';
import { parseLockfileYaml } from '../src/inventory/pnpm-yaml.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 31;
const LOCKS = resolve(ROOT, process.env.PROVENANCE_GATE_REAL_WORLD ?? '../shared/real-world', 'lockfiles');
const NPM = resolve(LOCKS, 'big-app/package-lock.json');
const PNPM = resolve(LOCKS, 'pnpm9/pnpm-lock.yaml');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function main(): Promise<void> {
  const text = readFileSync(PNPM, 'utf8');
  const cases: [string, () => unknown][] = [
    ['npm: readInventory(package-lock.json)  [baseline]', () => readInventory(NPM)],
    ['pnpm: readInventory(pnpm-lock.yaml)', () => readInventory(PNPM)],
    ['  yaml step: parseLockfileYaml (fast path)', () => parseLockfileYaml(text, 'pnpm-lock.yaml')],
    ['  yaml step: YAML.parse', () => YAML.parse(text)],
    ['  yaml step: YAML.parseDocument().toJS()', () => YAML.parseDocument(text).toJS()],
    ['  yaml step: YAML.parseAllDocuments()', () => YAML.parseAllDocuments(text)],
  ];
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < 3; i++) for (const [, fn] of cases) await fn(); // warm-up (JIT, file cache)
  for (let r = 0; r < RUNS; r++) for (let c = 0; c < cases.length; c++) samples[c]!.push(await time(cases[c]![1]));
  const base = median(samples[0]!);
  console.log(`big-app, ${RUNS} runs each, alternating, median ms (ratio to the npm read)`);
  console.log('| case | median ms | ratio |\n| --- | ---: | ---: |');
  cases.forEach(([name], c) => {
    const m = median(samples[c]!);
    console.log(`| ${name} | ${m.toFixed(1)} | ${(m / base).toFixed(2)}× |`);
  });
  const ratio = median(samples[1]!) / base;
  console.log(`\npnpm read / npm read = ${ratio.toFixed(2)}× (target ≤ 2×): ${ratio <= 2 ? 'PASS' : 'FAIL'}`);
  if (ratio > 2) process.exitCode = 1;
}

await main();
