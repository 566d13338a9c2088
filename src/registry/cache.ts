/**
 * On-disk cache of per-package verification results. A result for
 * `name@version` + integrity never changes (the registry's tarball, signature and
 * attestations are immutable), so entries never expire; the key also carries a
 * fingerprint of the trust configuration so a different trust root never reuses them.
 * The directory is plain files: point `actions/cache` at it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when the cached shape or the checks change meaning. */
const CACHE_VERSION = 'v1';

export interface ResultCache {
  read<T>(key: string): Promise<T | undefined>;
  write(key: string, value: unknown): Promise<void>;
}

/** The cache key of one package version under one trust configuration. */
export function toCacheKey(name: string, version: string, integrity: string, fingerprint: string): string {
  return `${name}@${version}+${integrity}|${fingerprint}`;
}

/** A cache in `dir` (created on first write); unreadable entries count as misses. */
export function openResultCache(dir: string): ResultCache {
  const root = join(dir, CACHE_VERSION);
  const made = new Set<string>();
  const pathOf = (key: string) => {
    const h = createHash('sha256').update(key).digest('hex');
    return { dir: join(root, h.slice(0, 2)), file: join(root, h.slice(0, 2), `${h}.json`) };
  };
  return {
    async read<T>(key: string): Promise<T | undefined> {
      try {
        const entry = JSON.parse(await readFile(pathOf(key).file, 'utf8')) as { key?: unknown; value?: T };
        // The full key is stored too: a hash collision or a foreign file is a miss.
        return entry.key === key ? entry.value : undefined;
      } catch {
        return undefined;
      }
    },
    async write(key: string, value: unknown): Promise<void> {
      const p = pathOf(key);
      if (!made.has(p.dir)) {
        mkdirSync(p.dir, { recursive: true });
        made.add(p.dir);
      }
      const tmp = `${p.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, JSON.stringify({ key, value }));
      await rename(tmp, p.file);
    },
  };
}
