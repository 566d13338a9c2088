/**
 * On-disk cache of per-package verification results. A result for
 * `name@version` + integrity never changes (the registry's tarball, signature and
 * attestations are immutable), so entries never expire; the key also carries a
 * fingerprint of the trust configuration so a different trust root never reuses them.
 *
 * Layout: `<dir>/v1/pack-*.json`, each a JSON object key → result. A run reads every
 * pack once and writes its new entries as one new pack (atomic rename, unique name),
 * so concurrent runs never clash; many packs are merged into one. The directory is
 * plain files: point `actions/cache` at it.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when the cached shape or the checks change meaning. */
const CACHE_VERSION = 'v1';
/** More packs than this are merged on flush. */
const MAX_PACKS = 8;

export interface ResultCache {
  read<T>(key: string): Promise<T | undefined>;
  /** Buffered until `flush`. */
  write(key: string, value: unknown): void;
  /** Writes the buffered entries as one pack; no-op when nothing is new. */
  flush(): Promise<void>;
}

/** The cache key of one package version under one trust configuration. */
export function toCacheKey(name: string, version: string, integrity: string, fingerprint: string): string {
  return `${name}@${version}+${integrity}|${fingerprint}`;
}

/** A cache in `dir` (created on first flush); unreadable packs count as empty. */
export function openResultCache(dir: string): ResultCache {
  const root = join(dir, CACHE_VERSION);
  let loaded: Promise<{ entries: Map<string, unknown>; packs: string[] }> | undefined;
  const fresh = new Map<string, unknown>();
  const load = () => (loaded ??= readPacks(root));
  return {
    async read<T>(key: string): Promise<T | undefined> {
      return (fresh.get(key) ?? (await load()).entries.get(key)) as T | undefined;
    },
    write(key, value) {
      fresh.set(key, value);
    },
    async flush() {
      if (fresh.size === 0) return;
      const { entries, packs } = await load();
      mkdirSync(root, { recursive: true });
      const merge = packs.length + 1 > MAX_PACKS;
      const out = merge ? { ...Object.fromEntries(entries), ...Object.fromEntries(fresh) } : Object.fromEntries(fresh);
      const file = join(root, `pack-${Date.now()}-${randomBytes(4).toString('hex')}.json`);
      await writeFile(`${file}.tmp`, JSON.stringify(out));
      await rename(`${file}.tmp`, file);
      if (merge) await Promise.all(packs.map((p) => rm(join(root, p), { force: true })));
      for (const [k, v] of fresh) entries.set(k, v);
      fresh.clear();
    },
  };
}

async function readPacks(root: string): Promise<{ entries: Map<string, unknown>; packs: string[] }> {
  const entries = new Map<string, unknown>();
  let packs: string[] = [];
  try {
    packs = (await readdir(root)).filter((f) => f.startsWith('pack-') && f.endsWith('.json')).sort();
  } catch {
    return { entries, packs };
  }
  for (const p of packs) {
    try {
      const obj = JSON.parse(await readFile(join(root, p), 'utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(obj)) entries.set(k, v);
    } catch {
      // A corrupt or half-deleted pack is a set of misses, never an error.
    }
  }
  return { entries, packs };
}
