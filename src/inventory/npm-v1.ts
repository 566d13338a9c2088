/**
 * lockfileVersion 1 (npm 5/6): a nested `dependencies` tree instead of a flat
 * `packages` map. Converted to the same NpmNode shape, one node per install location,
 * like arborist does when it loads such a file. v1 records no licenses, no root
 * entry and no dependency types; the root's edges come from package.json.
 */
import { GateError } from '../errors.js';
import type { LineIndex } from './lines.js';
import { isObject, toEdges, type NpmNode } from './npm-nodes.js';

/** Read a v1 tree into nodes keyed by location; `rootManifest` is package.json (or {}). */
export function readNpmNodesV1(
  lock: Record<string, unknown>,
  rootManifest: Record<string, unknown>,
  file: string,
  lines: LineIndex,
): Map<string, NpmNode> {
  const nodes = new Map<string, NpmNode>();
  nodes.set('', {
    path: '',
    name: typeof lock.name === 'string' ? lock.name : '',
    version: typeof lock.version === 'string' ? lock.version : '',
    dev: false,
    optional: false,
    devOptional: false,
    inBundle: false,
    hasInstallScript: false,
    edges: toEdges(rootManifest, true),
    line: 1,
  });
  const todo: { parentPath: string; keyPath: string; deps: unknown }[] = [{ parentPath: '', keyPath: 'dependencies', deps: lock.dependencies }];
  for (let item = todo.pop(); item; item = todo.pop()) {
    if (item.deps === undefined) continue;
    if (!isObject(item.deps)) throw new GateError('LOCKFILE_INVALID', `'${item.keyPath.replaceAll('\u0000', '.')}' is not an object`, { file });
    for (const [name, entry] of Object.entries(item.deps)) {
      const path = `${item.parentPath ? `${item.parentPath}/` : ''}node_modules/${name}`;
      const keyPath = `${item.keyPath}\u0000${name}`;
      const line = lines.get(keyPath);
      if (!isObject(entry)) throw new GateError('LOCKFILE_INVALID', `entry '${path}' is not an object`, { file, line });
      nodes.set(path, toV1Node(path, name, entry, file, line));
      todo.push({ parentPath: path, keyPath: `${keyPath}\u0000dependencies`, deps: entry.dependencies });
    }
  }
  return nodes;
}

function toV1Node(path: string, name: string, e: Record<string, unknown>, file: string, line: number | undefined): NpmNode {
  if (typeof e.version !== 'string' || e.version === '') {
    throw new GateError('LOCKFILE_MISSING_VERSION', `entry '${path}' has no version`, { file, line, fix: 'regenerate the lockfile with `npm install`' });
  }
  const spec = toV1Spec(name, e.version);
  const edges = isObject(e.requires) ? Object.keys(e.requires) : [];
  return {
    path,
    name: spec.name,
    version: spec.version,
    resolved: typeof e.resolved === 'string' ? e.resolved : spec.resolved,
    integrity: typeof e.integrity === 'string' ? e.integrity : undefined,
    dev: e.dev === true,
    optional: e.optional === true,
    devOptional: false,
    inBundle: e.bundled === true,
    hasInstallScript: false,
    linkTarget: spec.linkTarget,
    edges,
    line,
  };
}

/** v1 "version" holds a version, an alias (`npm:x@1`), a git/tarball URL or a `file:` path. */
function toV1Spec(name: string, version: string): { name: string; version: string; resolved?: string; linkTarget?: string } {
  if (version.startsWith('npm:')) {
    const target = version.slice(4);
    const at = target.lastIndexOf('@');
    return at > 0 ? { name: target.slice(0, at), version: target.slice(at + 1) } : { name: target, version: '' };
  }
  if (version.startsWith('file:')) {
    const target = version.slice(5).replace(/^\.\//, '');
    // A directory is installed as a symlink; a tarball is unpacked like any other package.
    return /\.(tgz|tar\.gz|tar)$/.test(target) ? { name, version: '', resolved: version } : { name, version: '', linkTarget: target };
  }
  if (/^[0-9]/.test(version)) return { name, version };
  // git and remote tarball specs: npm 6 recorded no version for these.
  return { name, version: '', resolved: version };
}
