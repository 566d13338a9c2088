/**
 * yarn.lock v1 (yarn classic) → Inventory. Each entry resolves one or more specifiers
 * (`name@range`) to a version and a `resolved` URL; entries that resolve to the same
 * package (an alias beside its target) become one component. Workspaces are not in the
 * file: they and the dev/prod split come from package.json files (yarn-manifests.ts).
 */
import { GateError } from '../errors.js';
import type { Inventory, PackageSource } from '../types.js';
import type { ParseContext } from './formats.js';
import { toInventory, type EdgeKind, type LockEdge, type LockNode } from './lockgraph.js';
import { splitNameVersion } from './pnpm-keys.js';
import { toPackageSource } from './purl.js';
import { readProjects, type Project } from './yarn-manifests.js';
import { parseYarnV1Syntax } from './yarn-v1-syntax.js';
import { readManifest, toRootInfo } from './workspaces-manifest.js';
import { str } from './pnpm-nodes.js';

export function parseYarnV1Lockfile(text: string, file: string, ctx: ParseContext): Inventory {
  if (!/^# yarn lockfile v1\s*$/m.test(text.slice(0, 500))) {
    throw new GateError('LOCKFILE_UNSUPPORTED_VERSION', 'yarn.lock has neither `# yarn lockfile v1` nor `__metadata` (yarn 2+)', {
      file,
      line: 1,
      fix: 'regenerate the lockfile with yarn 1.x or yarn 2+',
    });
  }
  const entries = parseYarnV1Syntax(text, file);
  const bySpecifier = new Map<string, string>();
  const nodes = new Map<string, LockNode>();
  const fieldsOf = new Map<string, [Record<string, unknown>, number][]>();
  for (const e of entries) {
    const nv = splitNameVersion(e.specifiers[0]!);
    const version = typeof e.fields.version === 'string' ? e.fields.version : undefined;
    if (!nv || version === undefined) {
      throw new GateError('LOCKFILE_MISSING_VERSION', `entry '${e.specifiers.join(', ')}' has no version`, { file, line: e.line });
    }
    const resolved = typeof e.fields.resolved === 'string' ? e.fields.resolved : undefined;
    const range = nv[1];
    const name = realName(nv[0], range, resolved);
    const { source, url, integrity } = toSourceOf(range, resolved, e.fields.integrity);
    const key = `${name}@${version}|${url ?? range}`;
    if (!nodes.has(key)) {
      nodes.set(key, {
        key,
        name,
        version,
        source,
        ...(url === undefined ? {} : { resolved: url }),
        ...(integrity === undefined ? {} : { integrity }),
        line: e.line,
        edges: [],
      });
    }
    for (const s of e.specifiers) bySpecifier.set(s, key);
    fieldsOf.set(key, [...(fieldsOf.get(key) ?? []), [e.fields, e.line]]);
  }

  const projects = readProjects(ctx);
  for (const n of nodes.values()) {
    // yarn writes 0.0.0 for link: folders; their package.json knows better
    if (n.source === 'link' && n.resolved) n.version = str(readManifest(ctx.dir, n.resolved.replace(/^link:(\.\/)?/, ''))?.version) ?? n.version;
  }
  const workspaceKey = new Map<string, string>();
  for (const p of projects.slice(1)) {
    const key = `workspace:${p.path}`;
    workspaceKey.set(p.name, key);
    nodes.set(key, { key, name: p.name, version: p.version, source: 'workspace', resolved: `file:${p.path}`, path: p.path, ...(p.license ? { license: p.license } : {}), edges: [] });
  }
  const resolve = (name: string, range: string, kind: EdgeKind, line: number | undefined, from: string): LockEdge | undefined => {
    const key = bySpecifier.get(`${name}@${range}`) ?? workspaceKey.get(name);
    if (key === undefined) {
      if (kind === 'optional') return undefined; // yarn may skip an optional dependency it could not fetch
      throw new GateError(from === 'package.json' ? 'LOCKFILE_PACKAGE_JSON_MISMATCH' : 'LOCKFILE_INVALID', `${from} needs '${name}@${range}' but yarn.lock has no entry for it`, {
        file,
        ...(line === undefined ? {} : { line }),
        fix: 'run `yarn install` and commit the updated yarn.lock',
      });
    }
    const target = nodes.get(key)!;
    return { to: key, kind, ...(target.name !== name ? { as: name } : {}) };
  };
  for (const [key, list] of fieldsOf) {
    const node = nodes.get(key)!;
    for (const [fields, line] of list) {
      for (const [field, kind] of [['dependencies', 'prod'], ['optionalDependencies', 'optional']] as const) {
        const deps = fields[field];
        if (typeof deps !== 'object' || deps === null) continue;
        for (const [dep, range] of Object.entries(deps as Record<string, string>)) {
          const edge = resolve(dep, range, kind, line, `'${node.name}@${node.version}'`);
          if (edge && !node.edges.some((x) => x.to === edge.to)) node.edges.push(edge);
        }
      }
    }
  }
  const edgesOf = (p: Project) => p.deps.map((d) => resolve(d.name, d.range, d.kind, undefined, 'package.json')).filter((e): e is LockEdge => e !== undefined);
  for (const p of projects.slice(1)) nodes.get(`workspace:${p.path}`)!.edges.push(...edgesOf(p).filter((e) => e.to !== `workspace:${p.path}`));
  const rootEdges = edgesOf(projects[0]!);
  const notes = [
    'yarn.lock v1 records no licences: licence information must come from the registry manifests',
    'yarn.lock v1 records no dev flags and no workspaces: both are read from the package.json files',
    'yarn.lock v1 does not record how peer dependencies resolve: peer edges are not in the graph',
  ];
  const noIntegrity = [...nodes.values()].filter((n) => n.integrity === undefined && (n.source === 'registry' || n.source === 'tarball' || n.source === 'git'));
  if (noIntegrity.length > 0) {
    notes.push(`no integrity recorded for ${noIntegrity.length} package(s) (${noIntegrity.slice(0, 5).map((n) => `${n.name}@${n.version}`).join(', ')}): integrity checks are not comparable for them`);
  }
  return toInventory({ file, format: 'yarn-classic', lockfileVersion: '1', root: { ...toRootInfo(ctx), edges: rootEdges }, nodes, notes });
}

/** `left@npm:left-pad@1.3.0` → left-pad; otherwise the specifier's name. */
function realName(name: string, range: string, _resolved: string | undefined): string {
  if (range.startsWith('npm:')) {
    const target = splitNameVersion(range.slice(4));
    if (target) return target[0];
  }
  return name;
}

function toSourceOf(range: string, resolved: string | undefined, integrity: unknown): { source: PackageSource; url?: string; integrity?: string } {
  const sri = typeof integrity === 'string' && integrity !== '' ? integrity : undefined;
  if (range.startsWith('file:')) return { source: 'file', url: range };
  if (range.startsWith('link:')) return { source: 'link', url: range }; // version fixed up from its package.json
  if (resolved === undefined) return { source: 'registry', ...(sri ? { integrity: sri } : {}) };
  const hash = resolved.indexOf('#');
  const base = hash >= 0 ? resolved.slice(0, hash) : resolved;
  const fragment = hash >= 0 ? resolved.slice(hash + 1) : '';
  const source = toPackageSource(base);
  if (source === 'git' || /^https:\/\/codeload\.github\.com\//.test(base)) return { source: 'git', url: resolved };
  // tarball URLs carry the tarball's sha1 as the fragment: usable when no integrity is recorded
  const sha1 = !sri && /^[0-9a-f]{40}$/.test(fragment) ? `sha1-${Buffer.from(fragment, 'hex').toString('base64')}` : undefined;
  return { source, url: base, ...(sri ?? sha1 ? { integrity: (sri ?? sha1)! } : {}) };
}
