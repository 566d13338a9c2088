/**
 * On-disk cache of per-package verification results. A result for
 * `name@version` + integrity never changes (the registry's tarball, signature and
 * attestations are immutable), so entries never expire; the key also carries a
 * fingerprint of the trust configuration so a different trust root never reuses them.
 *
 * Layout: `<dir>/v1/pack-*.json`, each a JSON object key → result. Opening the cache
 * reads every pack once (a warm run is one readdir, one read, one JSON.parse); a run
 * writes its new entries as one new pack (atomic rename, unique name), so concurrent
 * runs never clash; many packs are merged into one. The directory is plain files:
 * point `actions/cache` at it.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when the cached shape or the checks change meaning. */
const CACHE_VERSION = 'v1';
/** More packs than this are merged on flush. */
const MAX_PACKS = 8;

export interface ResultCache {
  /** Synchronous: the packs were read when the cache was opened. */
  read<T>(key: string): T | undefined;
  /** Buffered until `flush`. */
  write(key: string, value: unknown): void;
  /** Writes the buffered entries as one pack; no-op when nothing is new. */
  flush(): Promise<void>;
}

/** The cache key of one package version under one trust configuration. */
export function toCacheKey(name: string, version: string, integrity: string, fingerprint: string): string {
  return `${name}@${version}+${integrity}|${fingerprint}`;
}

/** Reads the cache in `dir` (created on first flush); unreadable packs count as empty. */
export async function openResultCache(dir: string): Promise<ResultCache> {
  const root = join(dir, CACHE_VERSION);
  const { packs, names } = await readPacks(root);
  const fresh = new Map<string, unknown>();
  // Parsed packs are looked up as they are (newest first): no copy into a Map.
  const lookup = (key: string): unknown => {
    if (fresh.has(key)) return fresh.get(key);
    for (let i = packs.length - 1; i >= 0; i--) if (Object.hasOwn(packs[i]!, key)) return packs[i]![key];
    return undefined;
  };
  return {
    read: <T>(key: string) => lookup(key) as T | undefined,
    write(key, value) {
      fresh.set(key, value);
    },
    async flush() {
      if (fresh.size === 0) return;
      await mkdir(root, { recursive: true });
      const merge = names.length + 1 > MAX_PACKS;
      const added = Object.fromEntries(fresh) as Record<string, unknown>;
      const out = merge ? (Object.assign(Object.create(null), ...packs, added) as Record<string, unknown>) : added;
      const file = join(root, `pack-${Date.now()}-${randomBytes(4).toString('hex')}.json`);
      await writeFile(`${file}.tmp`, JSON.stringify(out));
      await rename(`${file}.tmp`, file);
      if (merge) {
        await Promise.all(names.map((p) => rm(join(root, p), { force: true })));
        names.length = 0;
        packs.length = 0;
      }
      names.push(file.slice(root.length + 1));
      packs.push(merge ? out : added);
      fresh.clear();
    },
  };
}

/** Every pack, oldest first (names sort by creation time); corrupt ones are skipped. */
async function readPacks(root: string): Promise<{ packs: Array<Record<string, unknown>>; names: string[] }> {
  let names: string[];
  try {
    names = (await readdir(root)).filter((f) => f.startsWith('pack-') && f.endsWith('.json')).sort();
  } catch {
    return { packs: [], names: [] };
  }
  const texts = await Promise.all(names.map((p) => readFile(join(root, p), 'utf8').catch(() => '')));
  const packs: Array<Record<string, unknown>> = [];
  for (const text of texts) {
    try {
      const obj = JSON.parse(text) as unknown;
      if (obj !== null && typeof obj === 'object' && !Array.isArray(obj)) packs.push(obj as Record<string, unknown>);
    } catch {
      // A corrupt or half-deleted pack is a set of misses, never an error.
    }
  }
  return { packs, names };
}
