/**
 * V8 compile cache for provenance-gate's own code, kept inside the user's `--cache-dir`
 * (`<dir>/v8-compile-cache`): a CI job that restores that directory with actions/cache
 * for the verification results also skips recompiling the tool (Node writes the cache
 * at exit, per Node version and file). Only with a cache dir the user chose: nothing
 * is ever written anywhere else. A directory that cannot be created or written simply
 * means no compile cache — never an error, never a different result.
 */
import { mkdirSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The sub-folder of the cache dir that holds V8's code cache. */
export const COMPILE_CACHE_SUBDIR = 'v8-compile-cache';

/** The `--cache-dir DIR` / `--cache-dir=DIR` value in `argv` (before any `--`), else undefined. */
export function findCacheDirArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--cache-dir') found = argv[++i];
    else if (a.startsWith('--cache-dir=')) found = a.slice('--cache-dir='.length);
  }
  return found ? found : undefined;
}

/** Turns on V8's compile cache under `cacheDir` (relative to `cwd`); false when it cannot. `enable`: tests. */
export function enableCompileCacheIn(cacheDir: string | undefined, cwd: string, enable: (dir: string) => { status: number } = enableCompileCache): boolean {
  if (!cacheDir) return false;
  try {
    const dir = join(resolve(cwd, cacheDir), COMPILE_CACHE_SUBDIR);
    // Created here, one level at a time: Node's recursive mkdir spins forever on some
    // unwritable paths (ENOENT under an existing parent, e.g. in /proc).
    if (!makeDirectory(dir, 0)) return false;
    return enable(dir).status !== 0; // constants.compileCacheStatus.FAILED
  } catch {
    return false;
  }
}

function makeDirectory(dir: string, depth: number): boolean {
  try {
    mkdirSync(dir);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return statSync(dir).isDirectory();
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir || depth > 64 || !makeDirectory(parent, depth + 1)) return false;
  }
  try {
    mkdirSync(dir);
    return true;
  } catch {
    return false;
  }
}
