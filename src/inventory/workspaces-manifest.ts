/**
 * package.json files of the folders a lockfile mentions (workspaces, file: and link:
 * dependencies): lockfiles other than npm's leave out names and versions of those.
 */
import { readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import type { ParseContext } from './formats.js';

/** package.json of folder `rel` under `dir`, or undefined when absent or unreadable. */
export function readManifest(dir: string, rel: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(readFileSync(join(dir, rel, 'package.json'), 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // the lockfile alone still yields the package, just with less detail
  }
}

/** `from` + `rel` as a normalised posix path relative to the project ('' = the project). */
export function joinRelative(from: string, rel: string): string {
  const p = posix.normalize(posix.join(from || '.', rel.replace(/\\/g, '/')));
  return p === '.' ? '' : p.replace(/\/$/, '');
}

/** The project's own component data, from package.json beside the lockfile. */
export function toRootInfo(ctx: ParseContext): { name: string; version: string; description?: string; license?: string } {
  const pj = ctx.packageJson ?? {};
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const description = text(pj.description);
  const license = text(pj.license);
  return {
    name: text(pj.name) ?? basename(ctx.dir),
    version: text(pj.version) ?? '',
    ...(description === undefined ? {} : { description }),
    ...(license === undefined ? {} : { license }),
  };
}

