/**
 * The shared back end of the pnpm, yarn and bun readers. Those lockfiles describe a
 * graph of resolved packages (one entry per name@version, not per install path), so
 * each reader only normalises entries into LockNodes with typed edges; this module
 * turns them into the same Inventory the npm reader produces: purls, ids, the direct
 * flag, and dev/optional flags derived from the graph with npm's meaning (`dev` = left
 * out by `--omit dev`, `optional` = left out by `--omit optional`).
 */
import type { Inventory, LockfileFormat, Package, PackageSource, RootComponent } from '../types.js';
import { toNpmPurl, toRegistryBase } from './purl.js';

/**
 * How a dependency is declared: dev edges only ever leave the root or a workspace;
 * `peerOptional` (an optional peer that happens to be present) is an edge in the graph
 * but, as in npm, never makes its target needed.
 */
export type EdgeKind = 'prod' | 'dev' | 'optional' | 'peer' | 'peerOptional';

export interface LockEdge {
  /** Key of the target node. */
  to: string;
  kind: EdgeKind;
  /** The name the parent uses, when it differs from the target's name (an alias). */
  as?: string;
}

/** One resolved package (or workspace) of a lockfile, normalised. */
export interface LockNode {
  /** Lockfile key, unique within the file. */
  key: string;
  name: string;
  version: string;
  source: PackageSource;
  /** Resolved URL or spec (tarball URL, git URL with commit, file: path). */
  resolved?: string;
  integrity?: string;
  license?: string;
  hasInstallScript?: boolean;
  line?: number;
  /** Folder of a workspace or linked package, relative to the lockfile (else the key is the path). */
  path?: string;
  edges: LockEdge[];
}

export interface LockGraph {
  file: string;
  format: LockfileFormat;
  lockfileVersion: string;
  root: { name: string; version: string; description?: string; license?: string; edges: LockEdge[] };
  /** Every package and workspace (workspaces have source 'workspace'). */
  nodes: Map<string, LockNode>;
  notes: string[];
}

/** Build the Inventory: nodes become Packages in key order, edges become dependency ids. */
export function toInventory(g: LockGraph): Inventory {
  const rootId = g.root.version ? `${g.root.name}@${g.root.version}` : g.root.name;
  const ids = new Map<string, string>();
  const used = new Map<string, number>();
  const keys = [...g.nodes.keys()].sort();
  for (const key of keys) {
    const n = g.nodes.get(key)!;
    const base = `${rootId}|${n.version ? `${n.name}@${n.version}` : n.name}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    ids.set(key, count > 1 ? `${base}#${count}` : base);
  }
  const workspaces = keys.filter((k) => g.nodes.get(k)!.source === 'workspace');
  const flags = computeFlags(g, workspaces);
  const direct = new Set<string>();
  const aliases = new Map<string, string>();
  const idsOf = (edges: LockEdge[], markDirect: boolean): string[] => {
    const out = new Set<string>();
    for (const e of edges) {
      const id = ids.get(e.to);
      if (id === undefined) continue;
      out.add(id);
      if (markDirect) direct.add(e.to);
      if (e.as !== undefined && !aliases.has(e.to)) aliases.set(e.to, e.as);
    }
    return [...out];
  };
  const rootDeps = idsOf(g.root.edges, true);
  for (const ws of workspaces) {
    direct.add(ws);
    const id = ids.get(ws)!;
    if (!rootDeps.includes(id)) rootDeps.push(id);
    idsOf(g.nodes.get(ws)!.edges, true);
  }
  const packages = keys.map((key): Package => {
    const n = g.nodes.get(key)!;
    const f = flags.get(key) ?? { dev: false, optional: false, devOptional: false };
    const dependencies = idsOf(n.edges, false);
    const alias = aliases.get(key);
    const registry = n.source === 'registry' && n.resolved ? toRegistryBase(n.resolved, n.name) : undefined;
    return {
      id: ids.get(key)!,
      ecosystem: 'npm',
      name: n.name,
      version: n.version,
      ...(alias === undefined || alias === n.name ? {} : { alias }),
      purl: toNpmPurl(n.name, n.version, purlResolved(n)),
      ...(n.integrity === undefined ? {} : { integrity: n.integrity }),
      ...(n.resolved === undefined ? {} : { resolved: n.resolved }),
      source: n.source,
      ...(registry === undefined ? {} : { registry }),
      paths: [n.path ?? key],
      dev: f.dev,
      optional: f.optional,
      devOptional: f.devOptional,
      bundled: false,
      direct: direct.has(key),
      dependencies,
      ...(n.license === undefined ? {} : { license: n.license }),
      ...(n.hasInstallScript === undefined ? {} : { hasInstallScript: n.hasInstallScript }),
      location: n.line === undefined ? { file: g.file } : { file: g.file, line: n.line },
    };
  });
  const root: RootComponent = {
    id: rootId,
    name: g.root.name,
    version: g.root.version,
    purl: toNpmPurl(g.root.name, g.root.version),
    ...(g.root.description === undefined ? {} : { description: g.root.description }),
    ...(g.root.license === undefined ? {} : { license: g.root.license }),
    dependencies: rootDeps,
  };
  return { lockfile: g.file, format: g.format, lockfileVersion: g.lockfileVersion, root, packages, ...(g.notes.length ? { notes: g.notes } : {}) };
}

/** yarn's default registry mirrors npm's (same packages): no download_url qualifier for it. */
const YARN_REGISTRY = /^https?:\/\/registry\.yarnpkg\.com\//;

/** Local sources get no purl qualifier (as in the npm reader); workspaces none either. */
function purlResolved(n: LockNode): string | undefined {
  if (n.source === 'workspace' || n.source === 'link' || n.source === 'file') return undefined;
  if (n.resolved !== undefined && YARN_REGISTRY.test(n.resolved)) return undefined;
  return n.resolved;
}

type Flags = { dev: boolean; optional: boolean; devOptional: boolean };

/**
 * npm's flags from reachability, starting at the root and every workspace:
 * dev = unreachable without dev edges; optional = unreachable without optional edges;
 * devOptional = unreachable without both.
 */
function computeFlags(g: LockGraph, workspaces: string[]): Map<string, Flags> {
  const starts: LockEdge[] = [...g.root.edges, ...workspaces.map((to): LockEdge => ({ to, kind: 'prod' }))];
  const noDev = reach(g, starts, (k) => k !== 'dev');
  const noOpt = reach(g, starts, (k) => k !== 'optional');
  const neither = reach(g, starts, (k) => k !== 'dev' && k !== 'optional');
  const out = new Map<string, Flags>();
  for (const key of g.nodes.keys()) {
    const dev = !noDev.has(key);
    const optional = !noOpt.has(key);
    out.set(key, { dev, optional, devOptional: !neither.has(key) && !dev && !optional });
  }
  return out;
}

function reach(g: LockGraph, starts: LockEdge[], follow: (k: EdgeKind) => boolean): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const ok = (k: EdgeKind) => k !== 'peerOptional' && follow(k);
  for (const e of starts) if (ok(e.kind) && !seen.has(e.to)) seen.add(e.to), queue.push(e.to);
  while (queue.length > 0) {
    const n = g.nodes.get(queue.pop()!);
    if (!n) continue;
    for (const e of n.edges) if (ok(e.kind) && !seen.has(e.to)) seen.add(e.to), queue.push(e.to);
  }
  return seen;
}
