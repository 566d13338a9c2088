/**
 * yarn.lock of yarn 2+ ("berry": YAML with `__metadata`) → Inventory. Keys list the
 * descriptors (`name@npm:^1.0.0`, `name@workspace:*`, `name@patch:…`) an entry
 * satisfies; `resolution` is the locator it resolved to. A `patch:` locator becomes the
 * component of the package it patches (same name@version: same purl) with a note.
 * berry's `checksum` is a hash of yarn's own zip archive, not of the npm tarball, so it
 * is never passed off as an npm integrity.
 */
import { GateError } from '../errors.js';
import type { Inventory, PackageSource } from '../types.js';
import type { ParseContext } from './formats.js';
import { toInventory, type EdgeKind, type LockEdge, type LockNode } from './lockgraph.js';
import { splitNameVersion } from './pnpm-keys.js';
import { isObj, str, type Obj } from './pnpm-nodes.js';
import { parseLockfileYaml } from './pnpm-yaml.js';
import { toPackageSource } from './purl.js';
import { readProjects } from './yarn-manifests.js';
import { readManifest, toRootInfo } from './workspaces-manifest.js';

/** `__metadata.version` values written by yarn 2.0 … 4.x. */
const KNOWN_VERSIONS = new Set([4, 5, 6, 7, 8, 9, 10]);

export function parseYarnBerryLockfile(text: string, file: string, ctx: ParseContext): Inventory {
  const doc = parseLockfileYaml(text, file);
  const lock = doc.value;
  if (!isObj(lock) || !isObj(lock.__metadata)) throw new GateError('LOCKFILE_INVALID', 'yarn.lock (yarn 2+) without __metadata', { file, line: 1 });
  const version = Number(lock.__metadata.version);
  if (!KNOWN_VERSIONS.has(version)) {
    throw new GateError('LOCKFILE_UNSUPPORTED_VERSION', `yarn lockfile __metadata.version '${String(lock.__metadata.version)}' is not supported (expected 4–10)`, {
      file,
      line: doc.lineOf(lock.__metadata, 'version') ?? 1,
      fix: 'regenerate the lockfile with yarn 2, 3 or 4',
    });
  }
  const byDescriptor = new Map<string, string>();
  const byLocator = new Map<string, [string, Obj, number | undefined]>();
  for (const [key, raw] of Object.entries(lock)) {
    if (key === '__metadata') continue;
    const line = doc.lineOf(lock, key);
    if (!isObj(raw) || typeof raw.resolution !== 'string') {
      throw new GateError('LOCKFILE_INVALID', `entry '${key}' has no resolution`, { file, ...(line === undefined ? {} : { line }) });
    }
    for (const d of key.split(', ')) byDescriptor.set(d, raw.resolution);
    byLocator.set(raw.resolution, [key, raw, line]);
  }
  const projects = readProjects(ctx);
  const nodes = new Map<string, LockNode>();
  const rootEdges: LockEdge[] = [];
  const patched: string[] = [];
  // Node key per locator: a patch's locator maps to the patched package's node.
  const nodeKeyOf = (locator: string): string => {
    const ref = splitNameVersion(locator)?.[1] ?? '';
    if (!ref.startsWith('patch:')) return locator;
    const base = decodeURIComponent(ref.slice('patch:'.length).split('#')[0]!);
    return byLocator.has(base) ? base : locator;
  };
  for (const [locator, [, entry, line]] of byLocator) {
    const key = nodeKeyOf(locator);
    if (key !== locator) {
      patched.push(locator);
      continue;
    }
    nodes.set(key, toNode(locator, entry, line));
  }
  const kindOf = new Map<string, Map<string, EdgeKind>>(); // workspace path → dep → kind
  for (const p of projects) kindOf.set(p.path, new Map(p.deps.map((d) => [d.name, d.kind])));
  for (const [locator, [key, entry, line]] of byLocator) {
    const node = nodes.get(nodeKeyOf(locator))!;
    const ws = node.source === 'workspace' ? (node.path ?? '') : undefined;
    const meta = isObj(entry.dependenciesMeta) ? entry.dependenciesMeta : {};
    for (const [name, range] of Object.entries(isObj(entry.dependencies) ? entry.dependencies : {})) {
      const r = String(range);
      const target = byDescriptor.get(`${name}@${r}`) ?? byDescriptor.get(`${name}@${r}::locator=${encodeURIComponent(locator)}`);
      if (target === undefined) {
        throw new GateError('LOCKFILE_INVALID', `'${key}' depends on '${name}@${r}', which yarn.lock does not resolve (truncated or hand-edited lockfile?)`, {
          file,
          ...(line === undefined ? {} : { line }),
          fix: 'run `yarn install` and commit the updated yarn.lock',
        });
      }
      const optional = isObj(meta[name]) && (meta[name] as Obj).optional === true;
      const kind: EdgeKind = ws !== undefined ? (kindOf.get(ws)?.get(name) ?? 'prod') : optional ? 'optional' : 'prod';
      const to = nodeKeyOf(target);
      const edge: LockEdge = { to, kind, ...(nodes.get(to)!.name !== name ? { as: name } : {}) };
      if (node.source === 'workspace' && ws === '') rootEdges.push(edge);
      else if (!node.edges.some((e) => e.to === to)) node.edges.push(edge);
    }
  }
  const rootLocator = [...nodes.values()].find((n) => n.source === 'workspace' && n.path === '');
  if (rootLocator) nodes.delete(rootLocator.key);
  const notes = [
    "yarn berry's checksum is a hash of yarn's own zip archive, not the npm tarball's integrity: integrity checks are not comparable (fetch dist.integrity from the registry)",
    'yarn berry lockfiles record no licences and no dev flags: dev/prod comes from the package.json files',
    'yarn berry does not record how peer dependencies resolve: peer edges are not in the graph',
    'yarn berry omits registry URLs: purls of npm: packages assume registry.npmjs.org',
  ];
  for (const p of patched) notes.push(`${p.split('#')[0]} is patched locally: the installed code differs from the registry tarball`);
  return toInventory({ file, format: 'yarn-berry', lockfileVersion: String(version), root: { ...toRootInfo(ctx), edges: rootEdges }, nodes, notes });

  function toNode(locator: string, entry: Obj, line: number | undefined): LockNode {
    const nv = splitNameVersion(locator)!;
    const [name, reference] = nv;
    const { source, resolved, path } = toSourceOf(reference);
    const version = source === 'workspace' || source === 'link' ? workspaceVersion(path ?? '', entry) : (str(entry.version) ?? '');
    return { key: locator, name, version, source, ...(resolved ? { resolved } : {}), ...(path !== undefined ? { path } : {}), ...(line === undefined ? {} : { line }), edges: [] };
  }
  function workspaceVersion(path: string, entry: Obj): string {
    const v = projects.find((x) => x.path === path)?.version || str(readManifest(ctx.dir, path)?.version);
    return v ?? (str(entry.version) === '0.0.0-use.local' ? '' : (str(entry.version) ?? ''));
  }
}
/** The part after `name@` of a locator: `npm:1.0.0`, `workspace:dir`, `git…#commit=…`, URLs, `file:`/`link:`/`portal:`. */
function toSourceOf(reference: string): { source: PackageSource; resolved?: string; path?: string } {
  const bare = reference.split('::')[0]!;
  if (bare.startsWith('npm:')) return { source: 'registry' };
  if (bare.startsWith('workspace:')) {
    const path = bare.slice('workspace:'.length);
    return { source: 'workspace', path: path === '.' ? '' : path.replace(/^\.\//, '') };
  }
  if (bare.startsWith('link:') || bare.startsWith('portal:')) return { source: 'link', resolved: bare, path: bare.replace(/^\w+:(\.\/)?/, '') };
  if (bare.startsWith('file:')) return { source: 'file', resolved: bare.split('#')[0]! };
  if (bare.includes('#commit=')) return { source: 'git', resolved: bare.replace('#commit=', '#') };
  if (/^https?:/.test(bare)) return { source: toPackageSource(bare), resolved: bare };
  return { source: 'registry' };
}
