/**
 * Lockfile basename → parser. Adding a format = adding one entry here; readInventory
 * and discoverLockfiles pick formats only from this map. Order matters for discovery:
 * npm-shrinkwrap.json wins over package-lock.json (npm ignores the latter then).
 */
import type { Inventory } from '../types.js';

/** What a parser gets besides the lockfile text (all of it already read). */
export interface ParseContext {
  /** Absolute path of the lockfile. */
  path: string;
  /** Absolute folder holding the lockfile (the project root). */
  dir: string;
  /** Working directory paths are displayed relative to. */
  cwd: string;
  /** package.json beside the lockfile, parsed; undefined when there is none. */
  packageJson?: Record<string, unknown>;
  /** Display path of that package.json (for errors). */
  packageJsonFile: string;
}

/**
 * A lockfile parser: `text` is the whole file, `file` the display path to put in
 * locations and errors. Throws GateError (LOCKFILE_* codes) on bad input.
 */
export type LockfileParser = (text: string, file: string, ctx: ParseContext) => Inventory;

/** Loads a parser on first use: start-up then only pays for the formats it reads (YAML is big). */
export type LoadParser = () => Promise<LockfileParser>;

const npm: LoadParser = async () => (await import('./npm.js')).parseNpmLockfile;

export const LOCKFILE_FORMATS: Record<string, LoadParser> = {
  'npm-shrinkwrap.json': npm,
  'package-lock.json': npm,
  'pnpm-lock.yaml': async () => (await import('./pnpm.js')).parsePnpmLockfile,
  'yarn.lock': async () => (await import('./yarn.js')).parseYarnLockfile,
  'bun.lock': async () => (await import('./bun.js')).parseBunLockfile,
};

/**
 * For other file names (a renamed copy like `package-lock.old.json`): first matching
 * pattern wins. Discovery never uses these.
 */
export const LOCKFILE_PATTERNS: [RegExp, LoadParser][] = [[/\.json$/i, npm]];

/** The parser loader for a lockfile's basename, if any. */
export function pickParser(basename: string): LoadParser | undefined {
  return LOCKFILE_FORMATS[basename] ?? LOCKFILE_PATTERNS.find(([re]) => re.test(basename))?.[1];
}

/** Lockfiles that make another one in the same folder irrelevant (the winner first). */
export const SHADOWED_BY: Record<string, string> = {
  'package-lock.json': 'npm-shrinkwrap.json',
};
