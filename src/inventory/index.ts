/**
 * The inventory stage's entry points: find lockfiles, read one into an Inventory.
 * Parsers are pure (text in, Inventory out); all file I/O happens here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GateError } from '../errors.js';
import { parseJsonText } from '../io/json.js';
import type { Inventory } from '../types.js';
import { readCachedInventory, toInventoryKey, writeCachedInventory } from './inventory-cache.js';
import { LOCKFILE_FORMATS, pickParser, SHADOWED_BY, type ParseContext } from './formats.js';

export { LOCKFILE_FORMATS, type LoadParser, type LockfileParser, type ParseContext } from './formats.js';

export interface ReadInventoryOptions {
  /** Relative lockfile paths resolve against it, and displayed paths are relative to it. Default process.cwd(). */
  cwd?: string;
  /** `--cache-dir`: npm lockfile inventories are cached there by content (inventory-cache.ts). */
  cacheDir?: string;
}

/** Read one lockfile (any format in LOCKFILE_FORMATS) into an Inventory. */
export async function readInventory(lockfilePath: string, options: ReadInventoryOptions = {}): Promise<Inventory> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const path = resolve(cwd, lockfilePath);
  const file = toDisplayPath(cwd, path);
  const text = await readText(path, file);
  const loadParser = pickParser(basename(path));
  if (!loadParser) {
    throw new GateError('LOCKFILE_INVALID', `unsupported lockfile name '${basename(path)}'`, {
      file,
      fix: `pass one of: ${Object.keys(LOCKFILE_FORMATS).join(', ')}`,
    });
  }
  const dir = dirname(path);
  const packageJsonPath = join(dir, 'package.json');
  const packageJsonFile = toDisplayPath(cwd, packageJsonPath);
  // Only npm's parser reads nothing but the lockfile and package.json: its output is a
  // function of those texts and the paths, so it can be cached by them.
  const cacheable = options.cacheDir !== undefined && (basename(path) === 'package-lock.json' || basename(path) === 'npm-shrinkwrap.json');
  const key = cacheable ? toInventoryKey([basename(path), file, dir, packageJsonFile], text, readOptionalText(packageJsonPath)) : undefined;
  if (key) {
    const hit = await readCachedInventory(options.cacheDir!, key);
    if (hit) return hit;
  }
  const ctx: ParseContext = { path, dir, cwd, packageJsonFile, packageJson: readPackageJson(packageJsonPath, packageJsonFile) };
  const parse = await loadParser();
  const inv = parse(text, file, ctx);
  if (key) await writeCachedInventory(options.cacheDir!, key, inv);
  return inv;
}

/**
 * Read the given lockfiles (none = discover in cwd). Ids stay unique across them:
 * when two projects share a name@version, the later one's ids are qualified with its
 * lockfile path (`app@1.0.0(sub/package-lock.json)|…`).
 */
export async function readInventories(lockfiles: string[], options: ReadInventoryOptions = {}): Promise<Inventory[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const paths = lockfiles.length > 0 ? lockfiles : discoverLockfiles(cwd);
  if (paths.length === 0) {
    throw new GateError('LOCKFILE_NOT_FOUND', `no lockfile found in ${cwd}`, {
      fix: `pass --lockfile, or run in a folder with one of: ${Object.keys(LOCKFILE_FORMATS).join(', ')}`,
    });
  }
  const inventories: Inventory[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const inv = await readInventory(path, { cwd, cacheDir: options.cacheDir });
    if (seen.has(inv.root.id)) requalifyIds(inv, `${inv.root.id}(${inv.lockfile})`);
    seen.add(inv.root.id);
    inventories.push(inv);
  }
  return inventories;
}

/** Replace the root-id prefix every id of the inventory starts with. */
function requalifyIds(inv: Inventory, rootId: string): void {
  const old = inv.root.id;
  const swap = (id: string): string => (id === old ? rootId : id.startsWith(`${old}|`) ? rootId + id.slice(old.length) : id);
  inv.root.id = rootId;
  inv.root.dependencies = inv.root.dependencies.map(swap);
  for (const p of inv.packages) {
    p.id = swap(p.id);
    p.dependencies = p.dependencies.map(swap);
  }
}

/** Lockfiles in `dir` (not recursive) that a package manager would use, as paths joined to `dir`. */
export function discoverLockfiles(dir: string): string[] {
  const present = Object.keys(LOCKFILE_FORMATS).filter((name) => existsSync(join(dir, name)));
  return present.filter((name) => !present.includes(SHADOWED_BY[name] ?? '')).map((name) => join(dir, name));
}

/** `path` relative to `cwd` with forward slashes when inside it, else absolute. */
export function toDisplayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}

async function readText(path: string, file: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new GateError('LOCKFILE_NOT_FOUND', 'lockfile not found', {
        file,
        fix: 'run `npm install` (or your package manager) to create it, or pass --lockfile',
      });
    }
    throw new GateError('INPUT_UNREADABLE', `cannot read lockfile: ${code ?? String(e)}`, { file, cause: e });
  }
}

function readOptionalText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readPackageJson(path: string, file: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined; // optional: the lockfile's own root entry describes the project too
  }
  const value = parseJsonText(text, file, 'LOCKFILE_INVALID_JSON');
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GateError('LOCKFILE_INVALID', 'package.json is not a JSON object', { file });
  }
  return value as Record<string, unknown>;
}
