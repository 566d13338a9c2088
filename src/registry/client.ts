/**
 * The npm registry client: packuments, signing keys and attestations for many
 * packages at once — bounded concurrency, one in-flight request per URL, retries
 * (http.ts), per-registry tokens (npmrc.ts), and the offline evidence store.
 */
import pLimit from 'p-limit';
import { GateError } from '../errors.js';
import { readEvidence, writeEvidence, type EvidenceKind, type EvidenceRecord } from './evidence.js';
import { fetchWithRetry, toSafeUrl, type HttpOptions } from './http.js';
import { toKeySet } from './keys.js';
import { readToken, toMetadataRegistry, toRegistryUrl, type RegistryConfig } from './npmrc.js';
import { parseJson, toAttestationEntries, toPackument, toRegistryKeys, toRegistryPackument } from './packument.js';
import type { AttestationEntry, Packument, RegistryKeySet } from './types.js';

/** How the client reaches registries. */
export interface RegistryClientOptions {
  config: RegistryConfig;
  /**
   * Where signatures, keys and attestations are read for packages of the default
   * registry, when installs go through a mirror that strips them (`--attestations-registry`).
   */
  attestationsRegistry?: string;
  /** Simultaneous requests. Default `DEFAULT_REGISTRY_CONCURRENCY`. */
  concurrency?: number;
  http?: HttpOptions;
  /** Never touch the network: answer from `evidenceDir` only. */
  offline?: boolean;
  evidenceDir?: string;
  /** Record every answer into this directory for later offline runs. */
  recordEvidence?: string;
  userAgent?: string;
}

export interface RegistryClient {
  /**
   * The registry base URL whose metadata verifies `name`: its scope's registry, else the
   * lockfile's registry unless that is registry.npmjs.org (which npm replaces with the
   * configured registry, like `replace-registry-host`), else the configured registry;
   * `attestationsRegistry` stands in for all but scope registries.
   */
  readMetadataRegistry(name: string, lockfileRegistry?: string): string;
  /** The packument, or undefined when the registry has no such package (404). */
  readPackument(name: string, registry?: string): Promise<Packument | undefined>;
  /** The registry's signing keys, else the embedded npm keys. */
  readKeys(registry: string): Promise<RegistryKeySet>;
  /** Attestations of `name@version`, or undefined on 404. */
  readAttestations(name: string, version: string, registry?: string): Promise<AttestationEntry[] | undefined>;
  /** Requests sent so far (for the benchmark and tests). */
  readonly requestCount: () => number;
}

/**
 * Simultaneous registry requests by default. Measured on big-app (1,246 packages, +20 ms
 * per request, 2 vCPU; bench/deps.ts --sweep): 16 → 32 → 64 cut the cold run by about a
 * third; beyond 64 the run is CPU-bound (signature and Sigstore verification) and gains
 * little. Retries with backoff and `Retry-After` keep a rate-limiting registry in check.
 */
export const DEFAULT_REGISTRY_CONCURRENCY = 64;

/** npm's URL form of a package name: the scope's slash is escaped. */
export function toPackagePath(name: string): string {
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}

export function createRegistryClient(options: RegistryClientOptions): RegistryClient {
  const limit = pLimit(Math.max(1, options.concurrency ?? DEFAULT_REGISTRY_CONCURRENCY));
  const inflight = new Map<string, Promise<unknown>>();
  const keysCache = new Map<string, Promise<RegistryKeySet>>();
  let requests = 0;
  const attRegistry = options.attestationsRegistry ? toRegistryUrl(options.attestationsRegistry) : undefined;

  const metadataRegistry = (name: string, lockfileRegistry?: string): string =>
    toMetadataRegistry(options.config, name, lockfileRegistry, attRegistry);

  /** One GET → the record (200 body or 404), via the evidence store when offline. */
  const readRecord = async (registry: string, kind: EvidenceKind, id: string, path: string): Promise<EvidenceRecord> => {
    if (options.offline) {
      if (!options.evidenceDir) {
        throw new GateError('REGISTRY_OFFLINE_NO_EVIDENCE', 'offline run without an evidence directory', {
          fix: 'pass --evidence-dir DIR recorded with --record-evidence',
        });
      }
      return readEvidence(options.evidenceDir, registry, kind, id);
    }
    const url = new URL(path, registry).toString();
    const existing = inflight.get(url) as Promise<EvidenceRecord> | undefined;
    if (existing) return existing;
    const p = limit(async () => {
      requests++;
      const headers: Record<string, string> = { accept: 'application/json', 'user-agent': options.userAgent ?? 'provenance-gate' };
      const token = readToken(options.config, url);
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetchWithRetry(url, headers, options.http);
      if (res.status === 404) return { notFound: true } as EvidenceRecord;
      if (res.status !== 200) {
        throw new GateError('REGISTRY_BAD_RESPONSE', `GET ${toSafeUrl(url)} answered HTTP ${res.status}`, {
          fix: res.status === 401 || res.status === 403 ? 'check the registry token (.npmrc, NPM_TOKEN)' : undefined,
        });
      }
      return { body: parseJson(res.body, `GET ${toSafeUrl(url)}`) } as EvidenceRecord;
    });
    inflight.set(url, p);
    // Dedupe only while in flight: raw bodies (full packuments can be megabytes) must not
    // stay reachable once parsed; callers keep what they parsed.
    void p.then(
      () => inflight.delete(url),
      () => inflight.delete(url),
    );
    return p;
  };

  /** Parses a record and, when recording, stores `toStored(value)` for offline use. */
  const record = <T>(
    registry: string,
    kind: EvidenceKind,
    id: string,
    rec: EvidenceRecord,
    parse: (b: unknown) => T,
    toStored: (v: T) => unknown = () => rec.body,
  ): T | undefined => {
    const value = rec.notFound ? undefined : parse(rec.body);
    if (options.recordEvidence && !options.offline) {
      writeEvidence(options.recordEvidence, registry, kind, id, value === undefined ? { notFound: true } : { body: toStored(value) });
    }
    return value;
  };

  const packuments = new Map<string, Promise<Packument | undefined>>();
  return {
    readMetadataRegistry: metadataRegistry,
    requestCount: () => requests,

    readPackument(name, registryUrl) {
      const registry = registryUrl ?? metadataRegistry(name);
      let p = packuments.get(`${registry} ${name}`);
      if (!p) {
        p = readRecord(registry, 'packument', name, toPackagePath(name)).then((rec) =>
          // Recorded trimmed and registry-shaped, so offline replay parses it the same way.
          record(registry, 'packument', name, rec, (b) => toPackument(b, name), toRegistryPackument),
        );
        packuments.set(`${registry} ${name}`, p);
      }
      return p;
    },

    readKeys(registry) {
      const base = toRegistryUrl(registry);
      let p = keysCache.get(base);
      if (!p) {
        p = readKeys(base);
        keysCache.set(base, p);
      }
      return p;
    },

    async readAttestations(name, version, registryUrl) {
      const registry = registryUrl ?? metadataRegistry(name);
      const id = `${name}@${version}`;
      const rec = await readRecord(registry, 'attestations', id, `-/npm/v1/attestations/${toPackagePath(name)}@${encodeURIComponent(version)}`);
      return record(registry, 'attestations', id, rec, (b) => toAttestationEntries(b, `attestations of ${id}`));
    },
  };

  /** The registry's keys, else (404, empty, unreachable) the embedded npm keys. */
  async function readKeys(base: string): Promise<RegistryKeySet> {
    try {
      const rec = await readRecord(base, 'keys', 'keys', '-/npm/v1/keys');
      return toKeySet(record(base, 'keys', 'keys', rec, (b) => toRegistryKeys(b)));
    } catch (e) {
      if (!(e instanceof GateError)) throw e;
      return toKeySet(undefined);
    }
  }
}
