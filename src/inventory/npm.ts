/**
 * package-lock.json / npm-shrinkwrap.json (lockfileVersion 1, 2, 3) → Inventory.
 * One JSON.parse, one line scan, maps keyed by location: linear in the lockfile size.
 */
import { GateError } from '../errors.js';
import { parseJsonText } from '../io/json.js';
import type { Inventory } from '../types.js';
import type { ParseContext } from './formats.js';
import { readLineIndex, readPackagesLineIndex } from './lines.js';
import { toNpmGraph } from './npm-graph.js';
import { isObject, readNpmNodesV2, toEdges } from './npm-nodes.js';
import { checkNpmRoot, findWorkspaces, toNpmRoot } from './npm-root.js';
import { readNpmNodesV1 } from './npm-v1.js';

const SUPPORTED = [1, 2, 3];

export function parseNpmLockfile(text: string, file: string, ctx: ParseContext): Inventory {
  const lock = parseJsonText(text, file, 'LOCKFILE_INVALID_JSON');
  if (!isObject(lock)) throw new GateError('LOCKFILE_INVALID', 'the lockfile is not a JSON object', { file, line: 1 });
  const version = lock.lockfileVersion;
  if (typeof version !== 'number' || !SUPPORTED.includes(version)) {
    throw new GateError('LOCKFILE_UNSUPPORTED_VERSION', `lockfileVersion ${JSON.stringify(version ?? null)} is not supported (expected 1, 2 or 3)`, {
      file,
      fix: 'regenerate the lockfile with npm 7 or newer (`npm install --lockfile-version 3`)',
    });
  }
  const lines = (version === 1 ? undefined : readPackagesLineIndex(text)) ?? readLineIndex(text);
  const packages = version === 1 ? undefined : lock.packages;
  const rootEntry = isObject(packages) ? packages[''] : undefined;
  checkNpmRoot(lock, rootEntry, version, ctx, file);

  const nodes = version === 1 ? readNpmNodesV1(lock, ctx.packageJson ?? {}, file, lines) : readNpmNodesV2(packages, file, lines);
  if (!nodes.has('')) {
    // npm always writes a root entry; tolerate its absence by taking edges from package.json.
    nodes.set('', { path: '', name: '', version: '', dev: false, optional: false, devOptional: false, inBundle: false, hasInstallScript: false, edges: toEdges(ctx.packageJson ?? {}, true) });
  }
  const root = toNpmRoot(lock, nodes.get(''), ctx);
  const workspaces = findWorkspaces(nodes, isObject(rootEntry) && rootEntry.workspaces !== undefined ? rootEntry.workspaces : ctx.packageJson?.workspaces);
  const graph = toNpmGraph(nodes, root.id, file, workspaces);
  root.dependencies = graph.rootDependencies;
  return { lockfile: file, format: 'npm', lockfileVersion: String(version), root, packages: graph.packages };
}
