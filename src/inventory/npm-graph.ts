/**
 * NpmNodes → Packages with their dependency edges, resolved the way Node resolves
 * `require()` from a folder: look in `<dir>/node_modules/<name>`, then walk up one
 * folder at a time. A `link: true` entry and its target become one package (at the
 * link's location, resolving from the target's folder), as in `npm ls`.
 */
import type { Package, PackageSource } from '../types.js';
import { assignIds } from './ids.js';
import type { NpmNode } from './npm-nodes.js';
import { toNpmPurl, toPackageSource, toRegistryBase } from './purl.js';

export interface NpmGraph {
  packages: Package[];
  /** Ids the root depends on (its own edges plus its workspaces). */
  rootDependencies: string[];
}

/** Build packages from `nodes`; `workspaces` are the workspace folders (lockfile keys). */
export function toNpmGraph(nodes: Map<string, NpmNode>, rootId: string, file: string, workspaces: Set<string>): NpmGraph {
  const targets = new Set<string>();
  for (const n of nodes.values()) if (n.linkTarget !== undefined && nodes.has(n.linkTarget)) targets.add(n.linkTarget);
  // Components: every entry but the root and the link targets (merged into their links).
  const comps = [...nodes.values()].filter((n) => n.path !== '' && !targets.has(n.path));
  const dataOf = (n: NpmNode): NpmNode => (n.linkTarget !== undefined ? (nodes.get(n.linkTarget) ?? n) : n);
  const pathsOf = (n: NpmNode): string[] => (n.linkTarget !== undefined && nodes.has(n.linkTarget) ? [n.path, n.linkTarget] : [n.path]);

  const subjects = comps.map((n) => ({ paths: pathsOf(n), name: dataOf(n).name, version: dataOf(n).version }));
  const ids = assignIds(rootId, subjects);
  const idAt = new Map<string, string>();
  comps.forEach((n, i) => idAt.set(n.path, ids[i]!));
  // A target reached directly (never through its link) still maps to the link's package.
  comps.forEach((n, i) => {
    if (n.linkTarget !== undefined && !idAt.has(n.linkTarget)) idAt.set(n.linkTarget, ids[i]!);
  });

  const resolveEdges = (node: NpmNode, from: string): string[] => {
    const out = new Set<string>();
    for (const name of node.edges) {
      const found = resolvePath(nodes, from, name);
      const id = found === undefined ? undefined : idAt.get(found);
      if (id !== undefined) out.add(id); // missing (e.g. uninstalled optional) deps have no node
    }
    return [...out];
  };

  const root = nodes.get('');
  const rootDependencies = root ? resolveEdges(root, '') : [];
  for (const ws of [...workspaces].sort()) {
    const id = idAt.get(resolvePath(nodes, '', nodes.get(ws)?.name ?? '') ?? ws) ?? idAt.get(ws);
    if (id !== undefined && !rootDependencies.includes(id)) rootDependencies.push(id);
  }
  const direct = new Set(rootDependencies);

  const packages = comps.map((n, i): Package => {
    const d = dataOf(n);
    const from = n.linkTarget ?? n.path;
    const dependencies = resolveEdges(d, from);
    if (n.linkTarget !== undefined && workspaces.has(n.linkTarget)) for (const dep of dependencies) direct.add(dep);
    const source = toSource(n, d, workspaces);
    const alias = aliasOf(n.path, d.name);
    // Plain assignments rather than conditional spreads: this runs once per package, cold.
    const p: Package = {
      id: ids[i]!,
      ecosystem: 'npm',
      name: d.name,
      version: d.version,
      purl: toNpmPurl(d.name, d.version, d.resolved),
      source,
      paths: subjects[i]!.paths,
      dev: n.dev || (d !== n && d.dev),
      optional: n.optional || (d !== n && d.optional),
      devOptional: n.devOptional || (d !== n && d.devOptional),
      bundled: n.inBundle,
      direct: false,
      dependencies,
      hasInstallScript: d.hasInstallScript,
      location: n.line === undefined ? { file } : { file, line: n.line },
    };
    if (alias !== undefined) p.alias = alias;
    if (d.integrity !== undefined) p.integrity = d.integrity;
    if (d.resolved !== undefined) p.resolved = d.resolved;
    if (source === 'registry' && d.resolved) {
      const registry = toRegistryBase(d.resolved, d.name);
      if (registry !== undefined) p.registry = registry;
    }
    if (d.license !== undefined) p.license = d.license;
    return p;
  });
  for (const p of packages) p.direct = direct.has(p.id);
  return { packages, rootDependencies };
}

/** Node's lookup: `<from>/node_modules/<name>`, then each enclosing folder's node_modules. */
export function resolvePath(nodes: Map<string, NpmNode>, from: string, name: string): string | undefined {
  for (let base = from; ; ) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (nodes.has(candidate)) return candidate;
    if (base === '' || base === '..' || base.endsWith('/..')) return undefined;
    const slash = base.lastIndexOf('/');
    base = slash < 0 ? '' : base.slice(0, slash);
  }
}

function toSource(n: NpmNode, d: NpmNode, workspaces: Set<string>): PackageSource {
  if (n.linkTarget !== undefined) return workspaces.has(n.linkTarget) ? 'workspace' : 'link';
  if (workspaces.has(n.path)) return 'workspace';
  return toPackageSource(d.resolved);
}

function aliasOf(path: string, name: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const installed = path.slice(at + 'node_modules/'.length);
  return installed !== name ? installed : undefined;
}
