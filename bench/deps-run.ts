/**
 * Child process of bench/deps.ts: one provenance-gate dependency run — read the
 * lockfile inventory, verify every package against the registry — as `check` does.
 * argv: LOCKFILE REGISTRY_URL CACHE_DIR TRUST_JSON CONCURRENCY ('-': none / the default).
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { verifyDependencies } from '../src/dependencies/index.js';
import { readInventory } from '../src/inventory/index.js';
import type { RegistryKey } from '../src/registry/types.js';

// PG_BENCH_FETCH=1: a wrapped fetch makes the registry client use fetch (undici) instead
// of its node:http GET, for A/B measurements of the transport.
if (process.env.PG_BENCH_FETCH) {
  const nodeFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => nodeFetch(input, init);
}
const [lockfile, registry, cacheDir, trustFile, concurrency] = process.argv.slice(2);
const trust = JSON.parse(readFileSync(trustFile!, 'utf8')) as { trustedRootDocuments?: unknown[]; npmAttestationKeys?: RegistryKey[] };
const t0 = performance.now();
// As check does with --cache-dir: the inventory of an unchanged lockfile is read back.
const inventory = await readInventory(lockfile!, { cacheDir: cacheDir === '-' ? undefined : cacheDir });
const t1 = performance.now();
const results = await verifyDependencies(inventory.packages, {
  cwd: process.cwd(),
  env: {},
  registry,
  cacheDir: cacheDir === '-' ? undefined : cacheDir,
  concurrency: concurrency === '-' ? undefined : Number(concurrency),
  trustedRootDocuments: trust.trustedRootDocuments,
  npmAttestationKeys: trust.npmAttestationKeys,
  log: () => undefined, // as run.ts does: options hold functions, the worker must not get them
});
const t2 = performance.now();
const count = (check: 'signature' | 'integrity' | 'provenance', status: string) => results.filter((r) => r[check].status === status).length;
process.stdout.write(
  `${JSON.stringify({
    packages: results.length,
    signature: { verified: count('signature', 'verified'), invalid: count('signature', 'invalid'), missing: count('signature', 'missing'), unverifiable: count('signature', 'unverifiable') },
    provenance: { verified: count('provenance', 'verified'), invalid: count('provenance', 'invalid'), missing: count('provenance', 'missing') },
    invalidSignatures: [...new Set(results.filter((r) => r.signature.status === 'invalid').map((r) => `${r.name}@${r.version}`))].sort(),
    missingSignatures: [...new Set(results.filter((r) => r.signature.status === 'missing').map((r) => `${r.name}@${r.version}`))].sort(),
    reasons: Object.fromEntries(
      [...new Set(results.map((r) => r.signature.reason?.code).filter(Boolean))].map((c) => [c, results.filter((r) => r.signature.reason?.code === c).length]),
    ),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    // user + system CPU of the whole process (all threads): on 2 cores the cold run is CPU-bound.
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    heapMb: Math.round(process.memoryUsage().heapTotal / 1048576),
    startupMs: Math.round(t0),
    inventoryMs: Math.round(t1 - t0),
    verifyMs: Math.round(t2 - t1),
  })}\n`,
);
