/**
 * An installed node_modules tree for `npm audit signatures`, synthesised from a
 * lockfile v3 without downloading anything: one minimal package.json per installed
 * entry (name, version, dependency edges, _resolved/_integrity). Platform-specific
 * optional packages that npm would not install here are left out, as npm does.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  link?: boolean;
  [k: string]: unknown;
}

const EDGE_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'bundleDependencies'];

/** npm's os/cpu rule: `!x` excludes x; otherwise, when any value is listed, one must match. */
function isInstallable(e: LockEntry): boolean {
  const ok = (list: string[] | undefined, value: string) => {
    if (!list || list.length === 0) return true;
    if (list.includes(`!${value}`)) return false;
    const positive = list.filter((x) => !x.startsWith('!'));
    return positive.length === 0 || positive.includes(value);
  };
  return ok(e.os, process.platform) && ok(e.cpu, process.arch);
}

/** Writes the tree under `dir`; returns the number of installed packages. */
export function writeNpmTree(packageJsonPath: string, lock: { packages: Record<string, LockEntry> }, dir: string): number {
  copyFileSync(packageJsonPath, join(dir, 'package.json'));
  let n = 0;
  for (const [path, e] of Object.entries(lock.packages)) {
    if (!path || e.link || !isInstallable(e)) continue;
    const name = e.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const manifest: Record<string, unknown> = { name, version: e.version };
    for (const f of EDGE_FIELDS) if (e[f] !== undefined) manifest[f] = e[f];
    if (e.resolved) manifest._resolved = e.resolved;
    if (e.integrity) manifest._integrity = e.integrity;
    const file = join(dir, path, 'package.json');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(manifest));
    n++;
  }
  return n;
}
