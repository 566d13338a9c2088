/**
 * npm lockfile v2/v3 `packages` → one NpmNode per install location, validated.
 * v1's nested `dependencies` tree is converted to the same shape in npm-v1.ts, so
 * resolution and everything after it is written once.
 */
import { GateError } from '../errors.js';
import type { LineIndex } from './lines.js';

/** One lockfile entry, normalised. `path` is the lockfile key ('' = root). */
export interface NpmNode {
  path: string;
  name: string;
  version: string;
  resolved?: string;
  integrity?: string;
  license?: string;
  dev: boolean;
  optional: boolean;
  devOptional: boolean;
  inBundle: boolean;
  hasInstallScript: boolean;
  /** For `link: true` entries: the target location (a key of the same lockfile). */
  linkTarget?: string;
  /** Names this node depends on (prod, optional, peer; dev for project tops), each once. */
  edges: string[];
  line?: number;
}

type Entry = Record<string, unknown>;

/** Read and validate lockfile v2/v3 `packages`. */
export function readNpmNodesV2(packages: unknown, file: string, lines: LineIndex): Map<string, NpmNode> {
  if (!isObject(packages)) throw new GateError('LOCKFILE_INVALID', "'packages' is missing or not an object", { file, fix: 'regenerate the lockfile with `npm install`' });
  const nodes = new Map<string, NpmNode>();
  for (const path of Object.keys(packages)) {
    const entry = packages[path];
    const line = lines.get(`packages\u0000${path}`);
    if (!isObject(entry)) throw new GateError('LOCKFILE_INVALID', `entry '${path}' is not an object`, { file, line });
    nodes.set(path, toNode(path, entry, file, line));
  }
  return nodes;
}

function toNode(path: string, e: Entry, file: string, line: number | undefined): NpmNode {
  const link = e.link === true;
  const version = str(e.version);
  // Link entries and the root carry no version of their own; every other entry must.
  if (!link && path !== '' && version === undefined) {
    throw new GateError('LOCKFILE_MISSING_VERSION', `entry '${path}' has no version`, {
      file,
      line,
      fix: 'regenerate the lockfile with `npm install`',
    });
  }
  const resolved = str(e.resolved);
  if (link && resolved === undefined) throw new GateError('LOCKFILE_INVALID', `link entry '${path}' has no resolved target`, { file, line });
  return {
    path,
    name: str(e.name) ?? nameFromPath(path),
    version: version ?? '',
    resolved: link ? undefined : resolved,
    integrity: str(e.integrity),
    license: toLicenseText(e.license),
    dev: e.dev === true,
    optional: e.optional === true,
    devOptional: e.devOptional === true,
    inBundle: e.inBundle === true,
    hasInstallScript: e.hasInstallScript === true,
    linkTarget: link ? resolved : undefined,
    edges: toEdges(e, isTopPath(path)),
    line,
  };
}

/** Dependency names as arborist loads them: peer, prod, optional, then dev for project tops. */
export function toEdges(e: Entry, top: boolean): string[] {
  const names = new Set<string>();
  // Optional peers count only when installed: resolution simply finds no node otherwise.
  for (const name of keys(e.peerDependencies)) names.add(name);
  for (const name of keys(e.dependencies)) names.add(name);
  for (const name of keys(e.optionalDependencies)) names.add(name);
  // Only the project and its workspaces install their devDependencies.
  if (top) for (const name of keys(e.devDependencies)) names.add(name);
  return [...names];
}

/** A location outside any node_modules folder: the root, a workspace or a link target. */
export function isTopPath(path: string): boolean {
  return path === '' || !(path.startsWith('node_modules/') || path.includes('/node_modules/'));
}

/** `node_modules/a/node_modules/@s/b` → `@s/b`; `packages/a` → `a` (npm names folders this way). */
export function nameFromPath(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  const rest = at >= 0 ? path.slice(at + 'node_modules/'.length) : path.slice(path.lastIndexOf('/') + 1);
  return rest;
}

/** License as text: npm records a string; old package.json objects `{type}` and arrays exist too. */
export function toLicenseText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value.type === 'string') return value.type;
  if (Array.isArray(value)) {
    const types = value.map(toLicenseText).filter((t): t is string => t !== undefined);
    return types.length > 0 ? types.map((t) => (types.length > 1 && t.includes(' ') ? `(${t})` : t)).join(' OR ') : undefined;
  }
  return undefined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function keys(v: unknown): string[] {
  return isObject(v) ? Object.keys(v) : [];
}
