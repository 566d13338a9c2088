/**
 * Monorepos: which lockfiles a project has (its own and those of its workspaces), the
 * workspace folders it declares (package.json `workspaces`, pnpm-workspace.yaml), one
 * inventory per workspace for `--per-workspace`, and the check that two lockfiles of
 * one folder (say package-lock.json and pnpm-lock.yaml) describe the same dependencies.
 */
import { dirname, join } from 'node:path';
import { GateError } from '../errors.js';
import type { Inventory, Package } from '../types.js';
import { discoverLockfiles, readInventories, type ReadInventoryOptions } from './index.js';
import { findWorkspaceDirs } from './workspaces-manifest.js';

export { findWorkspaceDirs };

export interface ReadProjectOptions extends ReadInventoryOptions {
  /** One inventory per workspace (and one for the root project) instead of one per lockfile. */
  perWorkspace?: boolean;
}

/**
 * What `sbom` and `check` read: the given lockfiles, or every lockfile of the project
 * (its own and its workspaces'). Lockfiles of one folder must agree (LOCKFILE_CONFLICT
 * otherwise); then only the first is kept — the same packages twice would be duplicates.
 */
export async function readProjectInventories(lockfiles: string[], options: ReadProjectOptions = {}): Promise<Inventory[]> {
  const cwd = options.cwd ?? process.cwd();
  const paths = lockfiles.length > 0 ? lockfiles : discoverProjectLockfiles(cwd);
  const all = await readInventories(paths, { cwd, cacheDir: options.cacheDir });
  checkLockfilesAgree(all);
  const kept = new Map<string, Inventory>();
  for (const inv of all) {
    const dir = dirname(inv.lockfile);
    const first = kept.get(dir);
    if (!first) kept.set(dir, inv);
    else first.notes = [...(first.notes ?? []), `${inv.lockfile} agrees with ${first.lockfile} on every direct dependency; its packages are not listed twice`];
  }
  const inventories = [...kept.values()];
  return options.perWorkspace ? inventories.flatMap(splitByWorkspace) : inventories;
}

/** Every lockfile of the project in `dir`: its own, then those inside its workspaces. */
export function discoverProjectLockfiles(dir: string): string[] {
  const out = discoverLockfiles(dir);
  for (const ws of findWorkspaceDirs(dir)) out.push(...discoverLockfiles(join(dir, ws)));
  return out;
}

/**
 * One inventory per project in a monorepo lockfile: the root project (without its
 * workspaces) first, then each workspace as the root component with what it reaches.
 * Flags (dev, optional) stay those of the whole lockfile.
 */
export function splitByWorkspace(inv: Inventory): Inventory[] {
  const byId = new Map(inv.packages.map((p) => [p.id, p]));
  const workspaces = inv.packages.filter((p) => p.source === 'workspace');
  const wsIds = new Set(workspaces.map((p) => p.id));
  const rootDeps = inv.root.dependencies.filter((id) => !wsIds.has(id));
  const out: Inventory[] = [subset(inv, { ...inv.root, dependencies: rootDeps }, byId)];
  for (const ws of workspaces) {
    const root = {
      id: ws.id,
      name: ws.name,
      version: ws.version,
      purl: ws.purl,
      ...(ws.license === undefined ? {} : { license: ws.license }),
      dependencies: ws.dependencies,
    };
    out.push(subset(inv, root, byId, ws.id));
  }
  return out;
}

function subset(inv: Inventory, root: Inventory['root'], byId: Map<string, Package>, self?: string): Inventory {
  const seen = new Set<string>();
  const queue = [...root.dependencies];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id) || id === self) continue;
    seen.add(id);
    queue.push(...(byId.get(id)?.dependencies ?? []));
  }
  const direct = new Set(root.dependencies);
  const packages = inv.packages.filter((p) => seen.has(p.id)).map((p) => ({ ...p, direct: direct.has(p.id) }));
  return { ...inv, root, packages };
}

/**
 * Lockfiles of one folder must agree on the project's direct dependencies (name and
 * version); otherwise which one is the truth is a guess, and we refuse to guess.
 */
export function checkLockfilesAgree(inventories: Inventory[]): void {
  const byDir = new Map<string, Inventory[]>();
  for (const inv of inventories) {
    const d = dirname(inv.lockfile);
    byDir.set(d, [...(byDir.get(d) ?? []), inv]);
  }
  for (const group of byDir.values()) {
    for (let i = 1; i < group.length; i++) compareDirect(group[0]!, group[i]!);
  }
}

function compareDirect(a: Inventory, b: Inventory): void {
  const directOf = (inv: Inventory) => {
    const byId = new Map(inv.packages.map((p) => [p.id, p]));
    const m = new Map<string, Package>();
    for (const id of inv.root.dependencies) {
      const p = byId.get(id);
      if (p && p.source !== 'workspace') m.set(p.alias ?? p.name, p);
    }
    return m;
  };
  const da = directOf(a);
  const db = directOf(b);
  const fix = `delete the stale lockfile or reinstall so both agree, or pass one with --lockfile`;
  for (const [name, pa] of da) {
    const pb = db.get(name);
    const got = pb ? `${pb.name}@${pb.version}` : 'nothing';
    if (!pb || pb.version !== pa.version || pb.name !== pa.name) {
      throw new GateError('LOCKFILE_CONFLICT', `${a.lockfile} locks ${name} to ${pa.name}@${pa.version} but ${b.lockfile} locks ${got}`, {
        file: b.lockfile,
        ...(pb?.location.line === undefined ? {} : { line: pb.location.line }),
        fix,
      });
    }
  }
  for (const [name, pb] of db) {
    if (!da.has(name)) {
      throw new GateError('LOCKFILE_CONFLICT', `${b.lockfile} locks ${name}@${pb.version} but ${a.lockfile} does not lock it at all`, {
        file: b.lockfile,
        ...(pb.location.line === undefined ? {} : { line: pb.location.line }),
        fix,
      });
    }
  }
}
