/**
 * bun.lock (bun's text lockfile: JSON with trailing commas) → Inventory. `packages` is
 * keyed by install path like npm's tree (`debug/ms` is `ms` nested under `debug`), so
 * dependencies resolve the way Node resolves them: nearest enclosing path first. Each
 * value is a tuple whose shape depends on the source:
 *   npm      [ident, registry ('' = default), meta, integrity]
 *   tarball  [ident, meta, integrity]
 *   git      [ident, meta, commit]        (git+…, github:…)
 *   folder   [ident, meta]                (file:, link:)
 *   workspace [ident]                     (name@workspace:path)
 */
import { GateError } from '../errors.js';
import type { Inventory, PackageSource } from '../types.js';
import type { ParseContext } from './formats.js';
import { toInventory, type EdgeKind, type LockEdge, type LockNode } from './lockgraph.js';
import { parseJsonc } from './bun-jsonc.js';
import { splitNameVersion } from './pnpm-keys.js';
import { isObj, str, type Obj } from './pnpm-nodes.js';
import { toPackageSource } from './purl.js';
import { readManifest, toRootInfo } from './workspaces-manifest.js';

const KINDS: [string, EdgeKind][] = [
  ['dependencies', 'prod'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'peer'],
  ['devDependencies', 'dev'],
];

export function parseBunLockfile(text: string, file: string, ctx: ParseContext): Inventory {
  const { value: lock, lineOf } = parseJsonc(text, file);
  if (!isObj(lock)) throw new GateError('LOCKFILE_INVALID', 'bun.lock is not a JSON object', { file, line: 1 });
  const version = lock.lockfileVersion;
  if (version !== 0 && version !== 1 && version !== 2) {
    throw new GateError('LOCKFILE_UNSUPPORTED_VERSION', `bun.lock lockfileVersion '${String(version)}' is not supported (expected 0, 1 or 2)`, {
      file,
      line: lineOf('lockfileVersion') ?? 1,
      fix: 'regenerate bun.lock with bun 1.1 or newer (`bun install --save-text-lockfile`)',
    });
  }
  const packages = isObj(lock.packages) ? lock.packages : {};
  const workspaces = isObj(lock.workspaces) ? lock.workspaces : {};
  const nodes = new Map<string, LockNode>();
  const metas = new Map<string, Obj>();
  for (const [path, raw] of Object.entries(packages)) {
    const line = lineOf(path);
    if (!Array.isArray(raw) || typeof raw[0] !== 'string' || !splitNameVersion(raw[0])) {
      throw new GateError('LOCKFILE_INVALID', `package '${path}' is not [name@version, …]`, { file, ...(line === undefined ? {} : { line }) });
    }
    const [name, ref] = splitNameVersion(raw[0])!;
    const node = toNode(path, name, ref, raw, workspaces, ctx.dir);
    if (line !== undefined) node.line = line;
    nodes.set(path, node);
    const meta = raw.find((x, i) => i > 0 && isObj(x));
    metas.set(path, isObj(meta) ? meta : {});
  }
  const resolve = (from: string, deps: Obj, line: number | undefined): LockEdge[] => {
    const edges: LockEdge[] = [];
    for (const [field, kind] of KINDS) {
      const map = deps[field];
      if (!isObj(map)) continue;
      for (const name of Object.keys(map)) {
        const to = lookup(nodes, from, name);
        if (to === undefined) {
          if (kind === 'optional' || kind === 'peer') continue; // not installed on this platform / not provided
          throw new GateError('LOCKFILE_INVALID', `'${from || 'the root'}' depends on '${name}', which bun.lock does not list (truncated or hand-edited lockfile?)`, {
            file,
            ...(line === undefined ? {} : { line }),
            fix: 'run `bun install` and commit the updated bun.lock',
          });
        }
        const optionalPeer = kind === 'peer' && Array.isArray(deps.optionalPeers) && deps.optionalPeers.includes(name);
        if (!edges.some((e) => e.to === to)) edges.push({ to, kind: optionalPeer ? 'peerOptional' : kind, ...(nodes.get(to)!.name !== name ? { as: name } : {}) });
      }
    }
    return edges;
  };
  for (const [path, node] of nodes) if (node.source !== 'workspace') node.edges.push(...resolve(path, metas.get(path)!, node.line));
  let rootEdges: LockEdge[] = [];
  for (const [wsPath, raw] of Object.entries(workspaces)) {
    if (!isObj(raw)) continue;
    if (wsPath === '') {
      rootEdges = resolve('', raw, lineOf(''));
      continue;
    }
    const node = [...nodes.values()].find((n) => n.source === 'workspace' && n.path === wsPath);
    if (node) node.edges.push(...resolve(node.key, raw, node.line));
  }
  const notes = [
    'bun.lock records no licences: licence information must come from the registry manifests',
    'dev/optional flags are derived from the workspaces\' dependency graph (the same rule as npm)',
  ];
  const unversioned = [...nodes.values()].filter((n) => n.version === '');
  if (unversioned.length > 0) notes.push(`bun.lock records no version for ${unversioned.map((n) => n.name).join(', ')} (git or URL sources): their purls carry none`);
  return toInventory({ file, format: 'bun', lockfileVersion: String(version), root: { ...toRootInfo(ctx), edges: rootEdges }, nodes, notes });
}

function toNode(path: string, name: string, ref: string, raw: unknown[], workspaces: Obj, dir: string): LockNode {
  const base = { key: path, name, edges: [] as LockEdge[] };
  if (ref.startsWith('workspace:')) {
    const wsPath = ref.slice('workspace:'.length);
    const ws = workspaces[wsPath];
    return { ...base, version: (isObj(ws) ? str(ws.version) : undefined) ?? str(readManifest(dir, wsPath)?.version) ?? '', source: 'workspace', resolved: `file:${wsPath}`, path: wsPath };
  }
  if (ref.startsWith('file:') || ref.startsWith('link:')) {
    const folder = ref.replace(/^\w+:/, '');
    const source: PackageSource = ref.startsWith('link:') ? 'link' : 'file';
    return { ...base, version: str(readManifest(dir, folder)?.version) ?? '', source, resolved: ref, path: folder };
  }
  const last = raw[raw.length - 1];
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(ref)) {
    const version = str(readMetaVersion(raw)) ?? '';
    return { ...base, version, source: 'git', resolved: ref.replace(/^github:/, 'git+ssh://git@github.com/') };
  }
  if (/^https?:/.test(ref)) {
    return { ...base, version: str(readMetaVersion(raw)) ?? versionFromTarball(name, ref), source: toPackageSource(ref), resolved: ref, ...(typeof last === 'string' && last.includes('-') ? { integrity: last } : {}) };
  }
  // npm: [ident, registry, meta, integrity]
  const registry = typeof raw[1] === 'string' && raw[1] !== '' ? raw[1].replace(/\/?$/, '/') : undefined;
  const bare = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  return {
    ...base,
    version: ref,
    source: 'registry',
    ...(registry ? { resolved: `${registry}${name}/-/${bare}-${ref}.tgz` } : {}),
    ...(typeof raw[3] === 'string' && raw[3] !== '' ? { integrity: raw[3] } : {}),
  };
}

/** `…/-/ms-2.1.3.tgz` or `…/ms-2.1.3.tgz` → 2.1.3 (bun records no version for URL sources). */
function versionFromTarball(name: string, url: string): string {
  const bare = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  const file = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  return file.startsWith(`${bare}-`) && file.endsWith('.tgz') ? file.slice(bare.length + 1, -4) : '';
}

/** bun writes no version for git/tarball sources beside the ident; a meta `version` if any. */
function readMetaVersion(raw: unknown[]): unknown {
  const meta = raw.find((x, i) => i > 0 && isObj(x));
  return isObj(meta) ? meta.version : undefined;
}

/** Node's lookup over install paths: `<from>/<name>`, then each enclosing path, then `<name>`. */
function lookup(nodes: Map<string, LockNode>, from: string, name: string): string | undefined {
  const segments = toSegments(from);
  for (let i = segments.length; i >= 0; i--) {
    const candidate = [...segments.slice(0, i), name].join('/');
    if (nodes.has(candidate)) return candidate;
  }
  return undefined;
}

/** `@a/b/c/@d/e` → ['@a/b', 'c', '@d/e'] */
function toSegments(path: string): string[] {
  if (path === '') return [];
  const parts = path.split('/');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) out.push(parts[i]!.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]!);
  return out;
}
