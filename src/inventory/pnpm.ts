/**
 * pnpm-lock.yaml (lockfile v6 — pnpm 8 — and v9 — pnpm 9 and later) → Inventory.
 * Importers are the root ('.') and the workspaces; `link:` references to an importer
 * are workspace edges, other `link:` references are linked folders. A file with two
 * YAML documents (pnpm 11: the env lockfile first) is read from its last document.
 */
import { GateError } from '../errors.js';
import type { Inventory } from '../types.js';
import type { ParseContext } from './formats.js';
import { toInventory, type LockGraph, type LockNode } from './lockgraph.js';
import { refToKeyV6, refToKeyV9, stripPeerSuffix } from './pnpm-keys.js';
import { isObj, missing, str, toEdges, toNodesV6, toNodesV9, type Obj, type Resolver } from './pnpm-nodes.js';
import { parseLockfileYaml } from './pnpm-yaml.js';
import { joinRelative, readManifest, toRootInfo } from './workspaces-manifest.js';

const FIX_VERSION = 'regenerate the lockfile with pnpm 8 or newer (lockfile v6 or v9)';

export function parsePnpmLockfile(text: string, file: string, ctx: ParseContext): Inventory {
  const doc = parseLockfileYaml(text, file);
  const lock = doc.value;
  if (!isObj(lock)) throw new GateError('LOCKFILE_INVALID', 'not a pnpm lockfile: expected a YAML mapping', { file, line: 1 });
  const version = str(lock.lockfileVersion);
  const versionLine = doc.lineOf(lock, 'lockfileVersion');
  if (version === undefined) {
    throw new GateError('LOCKFILE_MISSING_VERSION', 'pnpm lockfile without lockfileVersion', { file, line: 1, fix: FIX_VERSION });
  }
  const major = Number.parseInt(version, 10);
  if (major !== 6 && major !== 9) {
    throw new GateError('LOCKFILE_UNSUPPORTED_VERSION', `pnpm lockfileVersion '${version}' is not supported (expected 6.x or 9.x)`, {
      file,
      ...(versionLine === undefined ? {} : { line: versionLine }),
      fix: FIX_VERSION,
    });
  }
  const importers: Obj = isObj(lock.importers) ? lock.importers : { '.': lock };
  const nodes = new Map<string, LockNode>();
  const snapshots = isObj(lock.snapshots) ? lock.snapshots : undefined;
  const importerKey = (path: string) => (path === '.' || path === '' ? undefined : `importer:${path}`);

  const resolve: Resolver = (name, ref, fromDir, line) => {
    if (ref.startsWith('link:')) {
      const target = joinRelative(fromDir, ref.slice(5));
      if (target === '' || target === '.') return undefined; // a workspace depending on the root
      if (isObj(importers[target])) return importerKey(target);
      const key = `link:${target}`;
      if (!nodes.has(key)) {
        const m = readManifest(ctx.dir, target);
        nodes.set(key, { key, name: str(m?.name) ?? name, version: str(m?.version) ?? '', source: 'link', resolved: `link:${target}`, path: target, edges: [] });
      }
      return key;
    }
    const full = major === 9 ? refToKeyV9(name, ref)! : refToKeyV6(name, ref)!;
    const key = stripPeerSuffix(full);
    const listed = major === 9 ? snapshots !== undefined && full in snapshots : nodes.has(key);
    if (!listed || !nodes.has(key)) throw missing(file, line, `'${name}: ${ref}' refers to '${full}', which the lockfile does not list`);
    return key;
  };

  if (major === 9) toNodesV9(doc, lock, file, resolve, nodes);
  else toNodesV6(doc, lock, resolve, nodes);

  // Workspaces first (so links between them resolve), then every importer's edges.
  for (const path of Object.keys(importers)) {
    const key = importerKey(path);
    if (key === undefined) continue;
    const m = readManifest(ctx.dir, path);
    nodes.set(key, { key, name: str(m?.name) ?? path, version: str(m?.version) ?? '', source: 'workspace', resolved: `file:${path}`, path, edges: [] });
    const line = doc.lineOf(importers, path);
    if (line !== undefined) nodes.get(key)!.line = line;
  }
  let rootEdges: LockGraph['root']['edges'] = [];
  for (const [path, raw] of Object.entries(importers)) {
    if (!isObj(raw)) continue;
    const edges = toEdges(raw, path === '.' ? '' : path, doc.lineOf(importers, path), resolve);
    const key = importerKey(path);
    if (key === undefined) rootEdges = edges;
    else nodes.get(key)!.edges.push(...edges);
  }
  fillLocalVersions(nodes, ctx.dir);
  const root = toRootInfo(ctx);
  return toInventory({ file, format: 'pnpm', lockfileVersion: version, root: { ...root, edges: rootEdges }, nodes, notes: toNotes(lock, major, nodes) });
}

/** pnpm records no version for `file:` folders; take it from the folder's package.json. */
function fillLocalVersions(nodes: Map<string, LockNode>, dir: string): void {
  for (const n of nodes.values()) {
    if (n.source !== 'file' || n.version !== '' || !n.resolved?.startsWith('file:')) continue;
    const m = readManifest(dir, n.resolved.slice(5));
    n.version = str(m?.version) ?? '';
    if (str(m?.name) !== undefined && n.name.startsWith('file:')) n.name = str(m?.name)!;
  }
}

/** What a pnpm lockfile cannot tell, said plainly. */
function toNotes(lock: Obj, major: number, nodes: Map<string, LockNode>): string[] {
  const notes = [
    'pnpm lockfiles record no licences: licence information must come from the registry manifests',
    major === 9
      ? 'pnpm lockfile v9 records no dev/optional flags: they are derived from the importers\' dependency graph'
      : 'dev/optional flags are derived from the importers\' dependency graph (the same rule as npm)',
    'pnpm omits the tarball URL of packages from the configured registry: their purls assume registry.npmjs.org',
  ];
  const noIntegrity = [...nodes.values()].filter((n) => n.integrity === undefined && n.source !== 'workspace' && n.source !== 'link' && n.source !== 'file');
  if (noIntegrity.length > 0) {
    notes.push(`no integrity recorded for ${noIntegrity.length} package(s) (${noIntegrity.slice(0, 5).map((n) => `${n.name}@${n.version}`).join(', ')}): integrity checks are not comparable for them`);
  }
  const patched = isObj(lock.patchedDependencies) ? Object.keys(lock.patchedDependencies) : [];
  for (const p of patched) notes.push(`${p} is patched locally (patchedDependencies): the installed code differs from the registry tarball its integrity describes`);
  return notes;
}
