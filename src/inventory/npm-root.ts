/**
 * The project itself: the root component (from package.json beside the lockfile,
 * falling back to the lockfile's own root entry), its workspaces, and the check that
 * the lockfile still belongs to that package.json — a stale lockfile would make the
 * SBOM describe something other than what `npm ci` would refuse to install.
 */
import { basename } from 'node:path';
import picomatch from 'picomatch';
import { GateError } from '../errors.js';
import type { RootComponent } from '../types.js';
import type { ParseContext } from './formats.js';
import { isObject, isTopPath, toLicenseText, type NpmNode } from './npm-nodes.js';
import { toNpmPurl } from './purl.js';

const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

/** Root component without dependencies (the graph fills those in). */
export function toNpmRoot(lock: Record<string, unknown>, rootNode: NpmNode | undefined, ctx: ParseContext): RootComponent {
  const pj = ctx.packageJson ?? {};
  const name = text(pj.name) ?? (rootNode?.name || undefined) ?? text(lock.name) ?? basename(ctx.dir);
  const version = text(pj.version) ?? (rootNode?.version || undefined) ?? text(lock.version) ?? '';
  const license = toLicenseText(pj.license) ?? rootNode?.license;
  const description = text(pj.description);
  return {
    id: version ? `${name}@${version}` : name,
    name,
    version,
    purl: toNpmPurl(name, version),
    ...(description === undefined ? {} : { description }),
    ...(license === undefined ? {} : { license }),
    dependencies: [],
  };
}

/** Workspace folders (lockfile keys) matched by the root's `workspaces` globs. */
export function findWorkspaces(nodes: Map<string, NpmNode>, patterns: unknown): Set<string> {
  const list = Array.isArray(patterns) ? patterns : isObject(patterns) && Array.isArray(patterns.packages) ? patterns.packages : [];
  const globs = list.filter((p): p is string => typeof p === 'string').map((p) => p.replace(/^\.\//, '').replace(/\/$/, ''));
  const found = new Set<string>();
  if (globs.length === 0) return found;
  const isMatch = picomatch(globs);
  for (const path of nodes.keys()) if (path !== '' && isTopPath(path) && !path.startsWith('../') && isMatch(path)) found.add(path);
  return found;
}

/** Throw LOCKFILE_PACKAGE_JSON_MISMATCH when the lockfile was not written for this package.json. */
export function checkNpmRoot(lock: Record<string, unknown>, rootEntry: unknown, lockfileVersion: number, ctx: ParseContext, file: string): void {
  const pj = ctx.packageJson;
  if (!pj) return;
  const fix = 'run `npm install` to bring the lockfile in line with package.json, then commit both';
  const lockName = text(lock.name) ?? (isObject(rootEntry) ? text(rootEntry.name) : undefined);
  if (text(pj.name) !== undefined && lockName !== undefined && text(pj.name) !== lockName) {
    throw new GateError('LOCKFILE_PACKAGE_JSON_MISMATCH', `the lockfile is for '${lockName}' but ${ctx.packageJsonFile} is '${text(pj.name)}'`, { file, line: 2, fix });
  }
  if (lockfileVersion === 1) {
    // v1 records no root dependency specs; at least every declared dependency must be locked.
    const locked = isObject(lock.dependencies) ? lock.dependencies : {};
    for (const field of DEP_FIELDS.slice(0, 3)) {
      for (const dep of Object.keys(depMap(pj, field))) {
        if (!(dep in locked)) throw new GateError('LOCKFILE_PACKAGE_JSON_MISMATCH', `${ctx.packageJsonFile} declares ${field} '${dep}' but the lockfile does not contain it`, { file, fix });
      }
    }
    return;
  }
  if (!isObject(rootEntry)) return;
  for (const field of DEP_FIELDS) {
    const want = normalised(pj, field);
    const got = normalised(rootEntry, field);
    for (const [dep, spec] of Object.entries(want)) {
      if (!(dep in got)) throw new GateError('LOCKFILE_PACKAGE_JSON_MISMATCH', `${ctx.packageJsonFile} declares ${field} '${dep}@${spec}' but the lockfile does not record it`, { file, fix });
      if (got[dep] !== spec) throw new GateError('LOCKFILE_PACKAGE_JSON_MISMATCH', `${ctx.packageJsonFile} wants ${field} '${dep}@${spec}' but the lockfile recorded '${dep}@${got[dep]}'`, { file, fix });
    }
    for (const dep of Object.keys(got)) {
      if (!(dep in want)) throw new GateError('LOCKFILE_PACKAGE_JSON_MISMATCH', `the lockfile records ${field} '${dep}' that ${ctx.packageJsonFile} does not declare`, { file, fix });
    }
  }
}

/** npm drops a name from `dependencies` when it is also an optionalDependency. */
function normalised(manifest: Record<string, unknown>, field: (typeof DEP_FIELDS)[number]): Record<string, string> {
  const map = { ...depMap(manifest, field) };
  if (field === 'dependencies') for (const dep of Object.keys(depMap(manifest, 'optionalDependencies'))) delete map[dep];
  return map;
}

function depMap(manifest: Record<string, unknown>, field: string): Record<string, string> {
  const v = manifest[field];
  if (!isObject(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, spec] of Object.entries(v)) out[k] = typeof spec === 'string' ? spec : String(spec);
  return out;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
