/**
 * yarn lockfiles do not say which dependencies are dev dependencies (classic and berry
 * both merge them), and classic does not list workspaces at all: both come from the
 * package.json files of the root and of the workspaces it declares.
 */
import type { ParseContext } from './formats.js';
import type { EdgeKind } from './lockgraph.js';
import { findWorkspaceDirs } from './workspaces-manifest.js';
import { readManifest } from './workspaces-manifest.js';

/** A declared dependency: name, range as written, kind. */
export interface DeclaredDep {
  name: string;
  range: string;
  kind: EdgeKind;
}

export interface Project {
  /** '' for the root, else the workspace folder. */
  path: string;
  name: string;
  version: string;
  license?: string;
  deps: DeclaredDep[];
}

/** The root (first) and its workspaces, from package.json files on disk. */
export function readProjects(ctx: ParseContext): Project[] {
  const out: Project[] = [toProject('', ctx.packageJson ?? {})];
  for (const dir of findWorkspaceDirs(ctx.dir)) {
    const m = readManifest(ctx.dir, dir);
    if (m) out.push(toProject(dir, m));
  }
  return out;
}

function toProject(path: string, m: Record<string, unknown>): Project {
  const deps: DeclaredDep[] = [];
  const add = (field: string, kind: EdgeKind) => {
    const map = m[field];
    if (typeof map !== 'object' || map === null) return;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== 'string') continue;
      const i = deps.findIndex((d) => d.name === name);
      if (i >= 0 && kind === 'dev') continue; // a prod dependency stays prod when also listed as dev
      if (i >= 0) deps.splice(i, 1); // optionalDependencies win over dependencies, as in npm
      deps.push({ name, range, kind });
    }
  };
  add('dependencies', 'prod');
  add('devDependencies', 'dev');
  add('optionalDependencies', 'optional');
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const license = text(m.license);
  return { path, name: text(m.name) ?? (path || 'root'), version: text(m.version) ?? '', ...(license ? { license } : {}), deps };
}
