/**
 * pnpm lockfile entries → LockNodes. v9 splits a package into `packages` (what was
 * fetched: resolution, metadata) and `snapshots` (one per peer/patch variant: its
 * resolved dependencies); v6 keeps both in `packages`. Peer and patch variants of one
 * name@version collapse into one node (one component, like npm's one tarball) whose
 * edges are the union of its variants' edges.
 */
import { GateError } from '../errors.js';
import type { PackageSource } from '../types.js';
import type { EdgeKind, LockEdge, LockNode } from './lockgraph.js';
import type { LockfileYaml } from './pnpm-yaml.js';
import { parseKeyV6, splitNameVersion, stripPeerSuffix } from './pnpm-keys.js';
import { toPackageSource } from './purl.js';

export type Obj = Record<string, unknown>;

/** Resolves a `name: ref` pair to a node key (creating link nodes on demand). */
export type Resolver = (name: string, ref: string, fromDir: string, line: number | undefined) => string | undefined;

export const DEP_KINDS: [string, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Edges from the dependency maps of an entry or importer. */
export function toEdges(entry: Obj, fromDir: string, line: number | undefined, resolve: Resolver, kinds = DEP_KINDS): LockEdge[] {
  const edges: LockEdge[] = [];
  for (const [field, kind] of kinds) {
    const deps = entry[field];
    if (!isObj(deps)) continue;
    for (const [name, raw] of Object.entries(deps)) {
      const ref = isObj(raw) ? raw.version : raw; // importers: {specifier, version}
      if (typeof ref !== 'string') continue;
      const to = resolve(name, ref, fromDir, line);
      if (to === undefined) continue;
      edges.push({ to, kind, ...(targetName(to) !== name ? { as: name } : {}) });
    }
  }
  return edges;
}

/** Name part of a node key (link nodes are keyed `link:<path>` and named by their dependent). */
function targetName(key: string): string | undefined {
  if (key.startsWith('link:') || key.startsWith('importer:')) return undefined;
  const nv = splitNameVersion(key.startsWith('/') ? key.slice(1) : key);
  return nv?.[0];
}

/** Build the package nodes of a v9 lockfile (snapshots add the edges). */
export function toNodesV9(doc: LockfileYaml, lock: Obj, file: string, resolve: Resolver, nodes: Map<string, LockNode>): void {
  const packages = isObj(lock.packages) ? lock.packages : {};
  const snapshots = isObj(lock.snapshots) ? lock.snapshots : {};
  for (const [key, raw] of Object.entries(packages)) {
    nodes.set(key, toNode(key, isObj(raw) ? raw : {}, doc.lineOf(packages, key), splitNameVersion(key)));
  }
  const snapped = new Set<string>();
  for (const [snapKey, raw] of Object.entries(snapshots)) {
    const node = nodes.get(stripPeerSuffix(snapKey));
    if (!node) throw missing(file, doc.lineOf(snapshots, snapKey), `snapshot '${snapKey}' has no entry under packages`);
    snapped.add(node.key);
    if (isObj(raw)) node.edges.push(...toPeerKinds(toEdges(raw, '', doc.lineOf(snapshots, snapKey), resolve), packages[node.key]));
  }
  // pnpm writes at least one snapshot per package: a package without one means a cut file
  for (const key of nodes.keys()) {
    if (!snapped.has(key)) throw missing(file, doc.lineOf(packages, key), `package '${key}' has no entry under snapshots`);
  }
}

/** v9 snapshots list resolved peers among `dependencies`: give them their peer kind back. */
export function toPeerKinds(edges: LockEdge[], entry: unknown): LockEdge[] {
  if (!isObj(entry) || !isObj(entry.peerDependencies)) return edges;
  const peers = entry.peerDependencies;
  const meta = isObj(entry.peerDependenciesMeta) ? entry.peerDependenciesMeta : {};
  return edges.map((e) => {
    const name = e.as ?? targetName(e.to);
    if (name === undefined || !(name in peers)) return e;
    const optional = isObj(meta[name]) && (meta[name] as Obj).optional === true;
    return { ...e, kind: optional ? 'peerOptional' : 'peer' };
  });
}

/** Build the package nodes of a v6 lockfile (entries carry their own dependencies). */
export function toNodesV6(doc: LockfileYaml, lock: Obj, resolve: Resolver, nodes: Map<string, LockNode>): void {
  const packages = isObj(lock.packages) ? lock.packages : {};
  const later: [LockNode, Obj, number | undefined][] = [];
  for (const [key, raw] of Object.entries(packages)) {
    const entry = isObj(raw) ? raw : {};
    const id = stripPeerSuffix(key);
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = toNode(id, entry, doc.lineOf(packages, key), parseKeyV6(key))));
    later.push([node, entry, doc.lineOf(packages, key)]);
  }
  for (const [node, entry, line] of later) node.edges.push(...toPeerKinds(toEdges(entry, '', line, resolve), entry));
}

function toNode(key: string, entry: Obj, line: number | undefined, nameVersion: [string, string] | undefined): LockNode {
  const name = str(entry.name) ?? nameVersion?.[0] ?? key;
  const keyVersion = nameVersion ? stripPeerSuffix(nameVersion[1]) : '';
  const res = isObj(entry.resolution) ? entry.resolution : {};
  const { source, resolved } = toSourceOf(res, keyVersion);
  const version = str(entry.version) ?? (source === 'registry' ? keyVersion : '');
  return {
    key,
    name,
    version,
    source,
    ...(resolved === undefined ? {} : { resolved }),
    ...(str(res.integrity) === undefined ? {} : { integrity: str(res.integrity) }),
    ...(entry.requiresBuild === true ? { hasInstallScript: true } : {}),
    ...(line === undefined ? {} : { line }),
    edges: [],
  };
}

/** `resolution: {integrity}` | `{tarball, integrity?}` | `{type: git, repo, commit}` | `{type: directory, directory}`. */
function toSourceOf(res: Obj, keyVersion: string): { source: PackageSource; resolved?: string } {
  if (res.type === 'git' && typeof res.repo === 'string') {
    const repo = res.repo.startsWith('git') ? res.repo : `git+${res.repo}`;
    return { source: 'git', resolved: typeof res.commit === 'string' ? `${repo}#${res.commit}` : repo };
  }
  if (res.type === 'directory' && typeof res.directory === 'string') return { source: 'file', resolved: `file:${res.directory}` };
  if (typeof res.tarball === 'string') {
    if (res.tarball.startsWith('file:')) return { source: 'file', resolved: res.tarball };
    // codeload.github.com tarballs are git commits fetched as archives
    if (/^https:\/\/codeload\.github\.com\//.test(res.tarball)) return { source: 'git', resolved: res.tarball };
    return { source: toPackageSource(res.tarball), resolved: res.tarball };
  }
  if (keyVersion.startsWith('file:')) return { source: 'file', resolved: keyVersion };
  return { source: 'registry' };
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A reference the lockfile cannot satisfy — usually a truncated or hand-edited file. */
export function missing(file: string, line: number | undefined, what: string): GateError {
  return new GateError('LOCKFILE_INVALID', `${what} (truncated or hand-edited lockfile?)`, {
    file,
    ...(line === undefined ? {} : { line }),
    fix: 'restore the lockfile from version control or let the package manager rewrite it',
  });
}
