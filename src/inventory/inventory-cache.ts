/**
 * Parsed inventories cached by content: an npm lockfile parse is a pure function of the
 * lockfile text, package.json text and display paths, so a warm run whose lockfile did
 * not change reads the Inventory back instead of parsing 1,000s of entries again.
 * `<dir>/inventory-v1/<sha256>.json`; unreadable or corrupt entries are misses.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Inventory } from '../types.js';
import { TOOL_VERSION } from '../version.js';

const FORMAT = 'inventory-v1';
/** Inventories kept (newest first): one per recent lockfile state, not one per state ever. */
const KEEP = 8;

/** sha256 over the tool version, the paths, the lockfile text and package.json's text. */
export function toInventoryKey(parts: unknown[], text: string, packageJsonText: string | undefined): string {
  return createHash('sha256').update(JSON.stringify([TOOL_VERSION, ...parts])).update('\0').update(text).update('\0').update(packageJsonText ?? '\0none').digest('hex');
}

/** The cached inventory for `key`, or undefined (missing, unreadable, corrupt). */
export async function readCachedInventory(dir: string, key: string): Promise<Inventory | undefined> {
  try {
    const inv = JSON.parse(await readFile(join(dir, FORMAT, `${key}.json`), 'utf8')) as Inventory | null;
    return inv !== null && typeof inv === 'object' && Array.isArray(inv.packages) && typeof inv.root === 'object' && inv.root !== null ? inv : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `inv` under `key` (atomic rename); failures only mean no cache. */
export async function writeCachedInventory(dir: string, key: string, inv: Inventory): Promise<void> {
  try {
    const root = join(dir, FORMAT);
    await mkdir(root, { recursive: true });
    const file = join(root, `${key}.json`);
    const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, JSON.stringify(inv));
    await rename(tmp, file);
    const names = (await readdir(root)).filter((n) => n.endsWith('.json'));
    if (names.length <= KEEP) return;
    const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(root, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
    dated.sort((a, b) => b.t - a.t);
    await Promise.all(dated.slice(KEEP).map((d) => rm(join(root, d.n), { force: true })));
  } catch {
    // A cache that cannot be written is no cache.
  }
}
