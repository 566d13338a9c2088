/**
 * package.json files of the folders a lockfile mentions (workspaces, file: and link:
 * dependencies): lockfiles other than npm's leave out names and versions of those.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import picomatch from 'picomatch';
import type { ParseContext } from './formats.js';
import { parseLockfileYaml } from './pnpm-yaml.js';

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

/** Workspace folders (posix, relative to `dir`) the project declares, sorted. */
export function findWorkspaceDirs(dir: string): string[] {
  const globs: string[] = [];
  const pj = readManifest(dir, '');
  const ws = pj?.workspaces;
  const list = Array.isArray(ws) ? ws : typeof ws === 'object' && ws !== null && Array.isArray((ws as { packages?: unknown }).packages) ? (ws as { packages: unknown[] }).packages : [];
  for (const g of list) if (typeof g === 'string') globs.push(g);
  const pnpmFile = join(dir, 'pnpm-workspace.yaml');
  if (existsSync(pnpmFile)) {
    const doc = parseLockfileYaml(readFileSync(pnpmFile, 'utf8'), pnpmFile).value as { packages?: unknown } | null;
    if (doc && Array.isArray(doc.packages)) for (const g of doc.packages) if (typeof g === 'string') globs.push(g);
  }
  const clean = (g: string) => g.replace(/^!?\.\//, (m) => (m.startsWith('!') ? '!' : '')).replace(/\/+$/, '');
  const include = globs.filter((g) => !g.startsWith('!')).map(clean);
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => clean(g).slice(1));
  if (include.length === 0) return [];
  const isIn = picomatch(include);
  const isOut = exclude.length > 0 ? picomatch(exclude) : () => false;
  const depth = include.some((g) => g.includes('**')) ? 8 : Math.max(...include.map((g) => g.split('/').length));
  const found: string[] = [];
  walk(dir, '', depth, (rel) => {
    if (isIn(rel) && !isOut(rel) && existsSync(join(dir, rel, 'package.json'))) found.push(rel);
  });
  return found.sort();
}

function walk(root: string, rel: string, depth: number, visit: (rel: string) => void): void {
  if (depth === 0) return;
  let entries;
  try {
    entries = readdirSync(join(root, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    visit(child);
    walk(root, child, depth - 1, visit);
  }
}
