/**
 * `verifyDependencies`: every package of the inventory gets a PackageVerification —
 * registry packages through the five checks (verify-package.ts), everything else with
 * an explicit `unverifiable` and why (git, file, link, tarball URL, bundled). Each
 * name@version+integrity is verified once per run, and once ever with a cache.
 */
import { createHash } from 'node:crypto';
import { openResultCache, toCacheKey, type ResultCache } from '../registry/cache.js';
import type { RegistryClient } from '../registry/client.js';
import type { HttpOptions } from '../registry/http.js';
import { readRegistryConfig } from '../registry/npmrc.js';
import type { RegistryKey } from '../registry/types.js';
import type { CheckResult, Package, PackageVerification, ProvenanceCheck } from '../types.js';
import type { AttestationVerifier } from './attestations.js';
import { fail } from './reasons.js';
import type { PackageContext, VersionVerification } from './verify-package.js';

/** Options of `verifyDependencies` (the `check` pipeline maps RunOptions onto these). */
export interface DependencyOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--registry`: overrides .npmrc's default registry. */
  registry?: string;
  /** `--attestations-registry`: signatures/keys/attestations for default-registry packages. */
  attestationsRegistry?: string;
  /** Token for the default registry (action input); else NPM_TOKEN, else .npmrc. Never printed. */
  npmToken?: string;
  /** Simultaneous registry requests (default `DEFAULT_REGISTRY_CONCURRENCY`, 64). */
  concurrency?: number;
  offline?: boolean;
  evidenceDir?: string;
  recordEvidence?: string;
  /** Result cache directory (e.g. restored by actions/cache). */
  cacheDir?: string;
  /** Extra trusted_root.json files; public-good is always trusted for npm provenance. */
  trustedRoots?: string[];
  /** Tests: parsed trusted roots replacing public-good (the test CA). */
  trustedRootDocuments?: unknown[];
  /** Tests: `npm:attestations` keys replacing the embedded npm keys. */
  npmAttestationKeys?: RegistryKey[];
  http?: HttpOptions;
  /** Injected client / attestation verifier (tests, benchmark). */
  client?: RegistryClient;
  verifyAttestation?: AttestationVerifier;
  log?: (line: string) => void;
  /** Called as registry versions finish (`done` of `total` that needed the registry). */
  onProgress?: (done: number, total: number) => void;
}

export async function verifyDependencies(packages: Package[], options: DependencyOptions): Promise<PackageVerification[]> {
  const lazy = <T>(make: () => T) => {
    let v: T | undefined;
    return Object.assign(() => (v ??= make()), { started: () => v !== undefined });
  };
  const config = readRegistryConfig({ cwd: options.cwd, env: options.env, registry: options.registry, npmToken: options.npmToken });
  // The Sigstore stack is loaded and the trust built only when a package actually needs
  // verifying: a warm cache loads neither. Only plain trust data crosses into the worker
  // (options also hold functions).
  const pool = lazy(async () =>
    (await import('./worker-pool.js')).createPooledAttestationVerifier({
      trustedRoots: options.trustedRoots,
      trustedRootDocuments: options.trustedRootDocuments,
      npmAttestationKeys: options.npmAttestationKeys,
    }),
  );
  const verifyAttestation: AttestationVerifier = async (b, w, k) => (options.verifyAttestation ?? (await pool()).verify)(b, w, k);
  // An injected single-bundle verifier (tests) is used bundle by bundle; else the pool
  // checks a package's provenance in one go.
  const verifyProvenance: PackageContext['verifyProvenance'] = options.verifyAttestation ? undefined : async (e, s, k) => (await pool()).verifyProvenance(e, s, k);
  // The worker boots while the first attestations are on the wire; a failure surfaces at use.
  const prepareAttestations = options.verifyAttestation ? undefined : () => void pool().catch(() => undefined);
  const cache = options.cacheDir ? await openResultCache(options.cacheDir) : undefined;
  const fingerprint = toTrustFingerprint(options, [config.registry, config.scopes]);
  const byVersion = new Map<string, Promise<VersionVerification>>();
  // The registry client and the checks load on the first cache miss: a warm run never
  // parses them (nor p-limit, semver, the provenance readers).
  const verifier = lazy(async () => {
    const [{ createRegistryClient, DEFAULT_REGISTRY_CONCURRENCY }, { verifyRegistryPackage }, { default: pLimit }] = await Promise.all([
      import('../registry/client.js'),
      import('./verify-package.js'),
      import('p-limit'),
    ]);
    const ctx: PackageContext = {
      client: options.client ?? createRegistryClient({
        config,
        attestationsRegistry: options.attestationsRegistry,
        concurrency: options.concurrency,
        http: options.http,
        offline: options.offline,
        evidenceDir: options.evidenceDir,
        recordEvidence: options.recordEvidence,
      }),
      verifyAttestation,
      verifyProvenance,
      prepareAttestations,
      provenanceMemo: new Map<string, Promise<ProvenanceCheck>>(),
    };
    // Packages run through all checks `concurrency` at a time: each finishes (attestations
    // verified, buffers released) while others wait on the network, instead of every
    // packument first and all CPU work last.
    const inFlight = pLimit(Math.max(1, options.concurrency ?? DEFAULT_REGISTRY_CONCURRENCY));
    return (pkg: Package) => inFlight(() => verifyRegistryPackage(pkg, ctx));
  });
  const verifyVersion = async (pkg: Package): Promise<VersionVerification> => (await verifier())(pkg);

  // A cached answer is taken synchronously (a warm run makes no promise per package);
  // only misses wait, filling their slot when verified.
  const results = new Array<PackageVerification>(packages.length);
  const pending: Array<Promise<void>> = [];
  let hits = 0;
  packages.forEach((pkg, i) => {
    const skipped = toIneligible(pkg);
    if (skipped) {
      results[i] = { id: pkg.id, ...skipped };
      return;
    }
    const key = toCacheKey(pkg.name, pkg.version, pkg.integrity ?? '', fingerprint);
    // purl is per inventory entry (qualifiers), the verdict per version.
    const hit = cache && pkg.integrity ? cache.read<VersionVerification>(key) : undefined;
    if (hit) {
      hits++;
      results[i] = { ...hit, id: pkg.id, purl: pkg.purl };
      return;
    }
    let p = byVersion.get(key);
    if (!p) {
      p = verifyAndStore(pkg, key, cache, verifyVersion);
      byVersion.set(key, p);
    }
    pending.push(p.then((r) => void (results[i] = { ...r, id: pkg.id, purl: pkg.purl })));
  });
  if (options.onProgress && byVersion.size > 0) {
    let done = 0;
    const total = byVersion.size;
    for (const p of byVersion.values()) void p.then(() => options.onProgress!(++done, total), () => undefined);
  }
  try {
    await Promise.all(pending);
  } finally {
    // Worker threads keep the process alive: end them even when a bug throws.
    if (pool.started()) await pool().then((p) => p.close(), () => undefined);
  }
  await cache?.flush();
  options.log?.(`dependencies: ${packages.length} packages, ${byVersion.size} registry versions checked, ${hits} answered from the cache`);
  return results;
}

async function verifyAndStore(
  pkg: Package,
  key: string,
  cache: ResultCache | undefined,
  verify: (pkg: Package) => Promise<VersionVerification>,
): Promise<VersionVerification> {
  const result = await verify(pkg);
  // Only settled answers are immutable; an unreachable registry must be asked again.
  if (cache && pkg.integrity && !hasTransient(result)) cache.write(key, result);
  return result;
}

function hasTransient(r: VersionVerification): boolean {
  const checks: Array<CheckResult | undefined> = [r.signature, r.integrity, r.provenance, r.sourceConsistency];
  return checks.some((c) => c?.status === 'unverifiable' && c.reason && TRANSIENT.has(c.reason.code)) ||
    (r.notComparable ?? []).some((n) => n.startsWith('regression'));
}

const TRANSIENT = new Set(['REGISTRY_UNREACHABLE', 'REGISTRY_BAD_RESPONSE', 'REGISTRY_OFFLINE_NO_EVIDENCE']);

/** Packages no registry vouches for: say so, per check. */
function toIneligible(pkg: Package): VersionVerification | undefined {
  let r: CheckResult | undefined;
  if (pkg.bundled) {
    r = fail('unverifiable', 'PACKAGE_BUNDLED', `shipped inside its parent's tarball (bundleDependencies); covered only by the parent's signature`);
  } else if (pkg.source !== 'registry') {
    r = fail('unverifiable', 'PACKAGE_NOT_FROM_REGISTRY', `${pkg.source} dependency (${pkg.resolved ?? 'no resolved URL'}): no registry signature or provenance exists`);
  }
  if (!r) return undefined;
  return { name: pkg.name, version: pkg.version, purl: pkg.purl, signature: r, integrity: r, provenance: { ...r }, sourceConsistency: r };
}

/** Results verified under other trust or another registry must not be reused. */
function toTrustFingerprint(o: DependencyOptions, registries: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([registries, o.attestationsRegistry ?? '', o.trustedRoots ?? [], o.trustedRootDocuments ?? [], o.npmAttestationKeys ?? []]))
    .digest('hex')
    .slice(0, 16);
}
