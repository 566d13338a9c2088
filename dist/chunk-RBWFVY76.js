#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  toNpmPurl,
  toPackageSource,
  toRegistryBase
} from "./chunk-SCHFPPXI.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/inventory/lockgraph.ts
function toInventory(g) {
  const rootId = g.root.version ? `${g.root.name}@${g.root.version}` : g.root.name;
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Map();
  const keys = [...g.nodes.keys()].sort();
  for (const key of keys) {
    const n = g.nodes.get(key);
    const base = `${rootId}|${n.version ? `${n.name}@${n.version}` : n.name}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    ids.set(key, count > 1 ? `${base}#${count}` : base);
  }
  const workspaces = keys.filter((k) => g.nodes.get(k).source === "workspace");
  const flags = computeFlags(g, workspaces);
  const direct = /* @__PURE__ */ new Set();
  const aliases = /* @__PURE__ */ new Map();
  const idsOf = (edges, markDirect) => {
    const out = /* @__PURE__ */ new Set();
    for (const e of edges) {
      const id = ids.get(e.to);
      if (id === void 0) continue;
      out.add(id);
      if (markDirect) direct.add(e.to);
      if (e.as !== void 0 && !aliases.has(e.to)) aliases.set(e.to, e.as);
    }
    return [...out];
  };
  const rootDeps = idsOf(g.root.edges, true);
  for (const ws of workspaces) {
    direct.add(ws);
    const id = ids.get(ws);
    if (!rootDeps.includes(id)) rootDeps.push(id);
    idsOf(g.nodes.get(ws).edges, true);
  }
  const packages = keys.map((key) => {
    const n = g.nodes.get(key);
    const f = flags.get(key) ?? { dev: false, optional: false, devOptional: false };
    const dependencies = idsOf(n.edges, false);
    const alias = aliases.get(key);
    const registry = n.source === "registry" && n.resolved ? toRegistryBase(n.resolved, n.name) : void 0;
    return {
      id: ids.get(key),
      ecosystem: "npm",
      name: n.name,
      version: n.version,
      ...alias === void 0 || alias === n.name ? {} : { alias },
      purl: toNpmPurl(n.name, n.version, purlResolved(n)),
      ...n.integrity === void 0 ? {} : { integrity: n.integrity },
      ...n.resolved === void 0 ? {} : { resolved: n.resolved },
      source: n.source,
      ...registry === void 0 ? {} : { registry },
      paths: [n.path ?? key],
      dev: f.dev,
      optional: f.optional,
      devOptional: f.devOptional,
      bundled: false,
      direct: direct.has(key),
      dependencies,
      ...n.license === void 0 ? {} : { license: n.license },
      ...n.hasInstallScript === void 0 ? {} : { hasInstallScript: n.hasInstallScript },
      location: n.line === void 0 ? { file: g.file } : { file: g.file, line: n.line }
    };
  });
  const root = {
    id: rootId,
    name: g.root.name,
    version: g.root.version,
    purl: toNpmPurl(g.root.name, g.root.version),
    ...g.root.description === void 0 ? {} : { description: g.root.description },
    ...g.root.license === void 0 ? {} : { license: g.root.license },
    dependencies: rootDeps
  };
  return { lockfile: g.file, format: g.format, lockfileVersion: g.lockfileVersion, root, packages, ...g.notes.length ? { notes: g.notes } : {} };
}
var YARN_REGISTRY = /^https?:\/\/registry\.yarnpkg\.com\//;
function purlResolved(n) {
  if (n.source === "workspace" || n.source === "link" || n.source === "file") return void 0;
  if (n.resolved !== void 0 && YARN_REGISTRY.test(n.resolved)) return void 0;
  return n.resolved;
}
function computeFlags(g, workspaces) {
  const starts = [...g.root.edges, ...workspaces.map((to) => ({ to, kind: "prod" }))];
  const noDev = reach(g, starts, (k) => k !== "dev");
  const noOpt = reach(g, starts, (k) => k !== "optional");
  const neither = reach(g, starts, (k) => k !== "dev" && k !== "optional");
  const out = /* @__PURE__ */ new Map();
  for (const key of g.nodes.keys()) {
    const dev = !noDev.has(key);
    const optional = !noOpt.has(key);
    out.set(key, { dev, optional, devOptional: !neither.has(key) && !dev && !optional });
  }
  return out;
}
function reach(g, starts, follow) {
  const seen = /* @__PURE__ */ new Set();
  const queue = [];
  const ok = (k) => k !== "peerOptional" && follow(k);
  for (const e of starts) if (ok(e.kind) && !seen.has(e.to)) seen.add(e.to), queue.push(e.to);
  while (queue.length > 0) {
    const n = g.nodes.get(queue.pop());
    if (!n) continue;
    for (const e of n.edges) if (ok(e.kind) && !seen.has(e.to)) seen.add(e.to), queue.push(e.to);
  }
  return seen;
}

// src/inventory/pnpm-keys.ts
function splitNameVersion(key) {
  const at = key.indexOf("@", 1);
  if (at <= 0) return void 0;
  return [key.slice(0, at), key.slice(at + 1)];
}
function stripPeerSuffix(key) {
  const paren = key.indexOf("(");
  return paren < 0 ? key : key.slice(0, paren);
}
function refToKeyV9(name, ref) {
  if (ref.startsWith("link:")) return void 0;
  if (ref.startsWith("@")) return ref;
  const at = ref.indexOf("@");
  if (at < 0) return `${name}@${ref}`;
  const colon = ref.indexOf(":");
  const paren = ref.indexOf("(");
  if ((colon < 0 || at < colon) && (paren < 0 || at < paren)) return ref;
  return `${name}@${ref}`;
}
function refToKeyV6(name, ref) {
  if (ref.startsWith("link:")) return void 0;
  if (ref.startsWith("file:")) return ref;
  const slash = ref.indexOf("/");
  const paren = ref.indexOf("(");
  if (slash < 0 || paren >= 0 && paren < slash) return `/${name}@${ref}`;
  return ref;
}
function parseKeyV6(key) {
  if (!key.startsWith("/")) return void 0;
  return splitNameVersion(stripPeerSuffix(key.slice(1)));
}

// src/inventory/pnpm-nodes.ts
var DEP_KINDS = [
  ["dependencies", "prod"],
  ["optionalDependencies", "optional"],
  ["devDependencies", "dev"]
];
function isObj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function toEdges(entry, fromDir, line, resolve, kinds = DEP_KINDS) {
  const edges = [];
  for (const [field, kind] of kinds) {
    const deps = entry[field];
    if (!isObj(deps)) continue;
    for (const [name, raw] of Object.entries(deps)) {
      const ref = isObj(raw) ? raw.version : raw;
      if (typeof ref !== "string") continue;
      const to = resolve(name, ref, fromDir, line);
      if (to === void 0) continue;
      edges.push({ to, kind, ...targetName(to) !== name ? { as: name } : {} });
    }
  }
  return edges;
}
function targetName(key) {
  if (key.startsWith("link:") || key.startsWith("importer:")) return void 0;
  const nv = splitNameVersion(key.startsWith("/") ? key.slice(1) : key);
  return nv?.[0];
}
function toNodesV9(doc, lock, file, resolve, nodes) {
  const packages = isObj(lock.packages) ? lock.packages : {};
  const snapshots = isObj(lock.snapshots) ? lock.snapshots : {};
  for (const [key, raw] of Object.entries(packages)) {
    nodes.set(key, toNode(key, isObj(raw) ? raw : {}, doc.lineOf(packages, key), splitNameVersion(key)));
  }
  const snapped = /* @__PURE__ */ new Set();
  for (const [snapKey, raw] of Object.entries(snapshots)) {
    const node = nodes.get(stripPeerSuffix(snapKey));
    if (!node) throw missing(file, doc.lineOf(snapshots, snapKey), `snapshot '${snapKey}' has no entry under packages`);
    snapped.add(node.key);
    if (isObj(raw)) node.edges.push(...toPeerKinds(toEdges(raw, "", doc.lineOf(snapshots, snapKey), resolve), packages[node.key]));
  }
  for (const key of nodes.keys()) {
    if (!snapped.has(key)) throw missing(file, doc.lineOf(packages, key), `package '${key}' has no entry under snapshots`);
  }
}
function toPeerKinds(edges, entry) {
  if (!isObj(entry) || !isObj(entry.peerDependencies)) return edges;
  const peers = entry.peerDependencies;
  const meta = isObj(entry.peerDependenciesMeta) ? entry.peerDependenciesMeta : {};
  return edges.map((e) => {
    const name = e.as ?? targetName(e.to);
    if (name === void 0 || !(name in peers)) return e;
    const optional = isObj(meta[name]) && meta[name].optional === true;
    return { ...e, kind: optional ? "peerOptional" : "peer" };
  });
}
function toNodesV6(doc, lock, resolve, nodes) {
  const packages = isObj(lock.packages) ? lock.packages : {};
  const later = [];
  for (const [key, raw] of Object.entries(packages)) {
    const entry = isObj(raw) ? raw : {};
    const id = stripPeerSuffix(key);
    let node = nodes.get(id);
    if (!node) nodes.set(id, node = toNode(id, entry, doc.lineOf(packages, key), parseKeyV6(key)));
    later.push([node, entry, doc.lineOf(packages, key)]);
  }
  for (const [node, entry, line] of later) node.edges.push(...toPeerKinds(toEdges(entry, "", line, resolve), entry));
}
function toNode(key, entry, line, nameVersion) {
  const name = str(entry.name) ?? nameVersion?.[0] ?? key;
  const keyVersion = nameVersion ? stripPeerSuffix(nameVersion[1]) : "";
  const res = isObj(entry.resolution) ? entry.resolution : {};
  const { source, resolved } = toSourceOf(res, keyVersion);
  const version = str(entry.version) ?? (source === "registry" ? keyVersion : "");
  return {
    key,
    name,
    version,
    source,
    ...resolved === void 0 ? {} : { resolved },
    ...str(res.integrity) === void 0 ? {} : { integrity: str(res.integrity) },
    ...entry.requiresBuild === true ? { hasInstallScript: true } : {},
    ...line === void 0 ? {} : { line },
    edges: []
  };
}
function toSourceOf(res, keyVersion) {
  if (res.type === "git" && typeof res.repo === "string") {
    const repo = res.repo.startsWith("git") ? res.repo : `git+${res.repo}`;
    return { source: "git", resolved: typeof res.commit === "string" ? `${repo}#${res.commit}` : repo };
  }
  if (res.type === "directory" && typeof res.directory === "string") return { source: "file", resolved: `file:${res.directory}` };
  if (typeof res.tarball === "string") {
    if (res.tarball.startsWith("file:")) return { source: "file", resolved: res.tarball };
    if (/^https:\/\/codeload\.github\.com\//.test(res.tarball)) return { source: "git", resolved: res.tarball };
    return { source: toPackageSource(res.tarball), resolved: res.tarball };
  }
  if (keyVersion.startsWith("file:")) return { source: "file", resolved: keyVersion };
  return { source: "registry" };
}
function str(v) {
  return typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : void 0;
}
function missing(file, line, what) {
  return new GateError("LOCKFILE_INVALID", `${what} (truncated or hand-edited lockfile?)`, {
    file,
    ...line === void 0 ? {} : { line },
    fix: "restore the lockfile from version control or let the package manager rewrite it"
  });
}

export {
  toInventory,
  splitNameVersion,
  stripPeerSuffix,
  refToKeyV9,
  refToKeyV6,
  isObj,
  toEdges,
  toNodesV9,
  toNodesV6,
  str,
  missing
};
