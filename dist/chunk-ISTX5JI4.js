#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  parseJsonText
} from "./chunk-L3CPJDXX.js";
import {
  toNpmPurl,
  toPackageSource,
  toRegistryBase
} from "./chunk-SCHFPPXI.js";
import {
  require_picomatch
} from "./chunk-MGG646Q2.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import {
  __toESM
} from "./chunk-PQNIH4KF.js";

// src/inventory/lines.ts
var ENTRY_PARENTS = /* @__PURE__ */ new Set(["packages", "dependencies"]);
var OPENING = /^( *)"((?:[^"\\\n]|\\.)*)": *[{[]/gm;
function readLineIndex(text2) {
  const index = /* @__PURE__ */ new Map();
  const stack = [];
  let line = 1;
  let counted = 0;
  for (let m = OPENING.exec(text2); m; m = OPENING.exec(text2)) {
    line += countNewlines(text2, counted, m.index);
    counted = m.index;
    const indent = m[1].length;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const raw = m[2];
    stack.push({ indent, key: raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw });
    if (stack.length > 1 && ENTRY_PARENTS.has(stack[stack.length - 2].key)) index.set(stack.map((s) => s.key).join("\0"), line);
  }
  OPENING.lastIndex = 0;
  return index;
}
function countNewlines(text2, from, to) {
  let n = 0;
  for (let i = text2.indexOf("\n", from); i !== -1 && i < to; i = text2.indexOf("\n", i + 1)) n++;
  return n;
}
function readPackagesLineIndex(text2) {
  const open = /^([ \t]*)"packages": *\{[ \t]*\r?\n/m.exec(text2);
  if (!open) return void 0;
  const start = open.index + open[0].length;
  const indent = /^[ \t]+(?=")/.exec(text2.slice(start, start + 200))?.[0];
  if (indent === void 0 || indent.length <= open[1].length) return void 0;
  const close = text2.indexOf(`
${open[1]}}`, start);
  const end = close < 0 ? text2.length : close;
  const entry = new RegExp(`^${indent}"((?:[^"\\\\\\n]|\\\\.)*)": *\\{`, "gm");
  entry.lastIndex = start;
  const index = /* @__PURE__ */ new Map();
  let line = countNewlines(text2, 0, start) + 1;
  let counted = start;
  for (let m = entry.exec(text2); m && m.index < end; m = entry.exec(text2)) {
    line += countNewlines(text2, counted, m.index);
    counted = m.index;
    const raw = m[1];
    index.set(`packages\0${raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw}`, line);
  }
  return index;
}

// src/inventory/ids.ts
function assignIds(rootId, subjects) {
  const byPath = /* @__PURE__ */ new Map();
  subjects.forEach((s, i) => {
    for (const p of s.paths) if (!byPath.has(p)) byPath.set(p, i);
  });
  const ids = new Array(subjects.length);
  const counters = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const idOf = (i) => {
    const known = ids[i];
    if (known !== void 0) return known;
    const s = subjects[i];
    visiting.add(i);
    const parent = parentIndex(s.paths[0], byPath);
    const parentId = parent === void 0 || visiting.has(parent) ? rootId : idOf(parent);
    visiting.delete(i);
    const own = s.version ? `${s.name}@${s.version}` : s.name;
    const key = `${parentId}|${own}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = n > 1 ? `${key}#${n}` : key;
    ids[i] = id;
    return id;
  };
  const order = subjects.map((_, i) => i).sort((a, b) => compare(subjects[a].paths[0], subjects[b].paths[0]));
  for (const i of order) idOf(i);
  return ids;
}
function parentIndex(path, byPath) {
  for (let p = path; ; ) {
    const at = p.lastIndexOf("/node_modules/");
    if (at < 0) return void 0;
    p = p.slice(0, at);
    const found = byPath.get(p);
    if (found !== void 0) return found;
  }
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/inventory/npm-graph.ts
function toNpmGraph(nodes, rootId, file, workspaces) {
  const targets = /* @__PURE__ */ new Set();
  for (const n of nodes.values()) if (n.linkTarget !== void 0 && nodes.has(n.linkTarget)) targets.add(n.linkTarget);
  const comps = [...nodes.values()].filter((n) => n.path !== "" && !targets.has(n.path));
  const dataOf = (n) => n.linkTarget !== void 0 ? nodes.get(n.linkTarget) ?? n : n;
  const pathsOf = (n) => n.linkTarget !== void 0 && nodes.has(n.linkTarget) ? [n.path, n.linkTarget] : [n.path];
  const subjects = comps.map((n) => ({ paths: pathsOf(n), name: dataOf(n).name, version: dataOf(n).version }));
  const ids = assignIds(rootId, subjects);
  const idAt = /* @__PURE__ */ new Map();
  comps.forEach((n, i) => idAt.set(n.path, ids[i]));
  comps.forEach((n, i) => {
    if (n.linkTarget !== void 0 && !idAt.has(n.linkTarget)) idAt.set(n.linkTarget, ids[i]);
  });
  const resolveEdges = (node, from) => {
    const out = /* @__PURE__ */ new Set();
    for (const name of node.edges) {
      const found = resolvePath(nodes, from, name);
      const id = found === void 0 ? void 0 : idAt.get(found);
      if (id !== void 0) out.add(id);
    }
    return [...out];
  };
  const root = nodes.get("");
  const rootDependencies = root ? resolveEdges(root, "") : [];
  for (const ws of [...workspaces].sort()) {
    const id = idAt.get(resolvePath(nodes, "", nodes.get(ws)?.name ?? "") ?? ws) ?? idAt.get(ws);
    if (id !== void 0 && !rootDependencies.includes(id)) rootDependencies.push(id);
  }
  const direct = new Set(rootDependencies);
  const packages = comps.map((n, i) => {
    const d = dataOf(n);
    const from = n.linkTarget ?? n.path;
    const dependencies = resolveEdges(d, from);
    if (n.linkTarget !== void 0 && workspaces.has(n.linkTarget)) for (const dep of dependencies) direct.add(dep);
    const source = toSource(n, d, workspaces);
    const alias = aliasOf(n.path, d.name);
    const p = {
      id: ids[i],
      ecosystem: "npm",
      name: d.name,
      version: d.version,
      purl: toNpmPurl(d.name, d.version, d.resolved),
      source,
      paths: subjects[i].paths,
      dev: n.dev || d !== n && d.dev,
      optional: n.optional || d !== n && d.optional,
      devOptional: n.devOptional || d !== n && d.devOptional,
      bundled: n.inBundle,
      direct: false,
      dependencies,
      hasInstallScript: d.hasInstallScript,
      location: n.line === void 0 ? { file } : { file, line: n.line }
    };
    if (alias !== void 0) p.alias = alias;
    if (d.integrity !== void 0) p.integrity = d.integrity;
    if (d.resolved !== void 0) p.resolved = d.resolved;
    if (source === "registry" && d.resolved) {
      const registry = toRegistryBase(d.resolved, d.name);
      if (registry !== void 0) p.registry = registry;
    }
    if (d.license !== void 0) p.license = d.license;
    return p;
  });
  for (const p of packages) p.direct = direct.has(p.id);
  return { packages, rootDependencies };
}
function resolvePath(nodes, from, name) {
  for (let base = from; ; ) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (nodes.has(candidate)) return candidate;
    if (base === "" || base === ".." || base.endsWith("/..")) return void 0;
    const slash = base.lastIndexOf("/");
    base = slash < 0 ? "" : base.slice(0, slash);
  }
}
function toSource(n, d, workspaces) {
  if (n.linkTarget !== void 0) return workspaces.has(n.linkTarget) ? "workspace" : "link";
  if (workspaces.has(n.path)) return "workspace";
  return toPackageSource(d.resolved);
}
function aliasOf(path, name) {
  const at = path.lastIndexOf("node_modules/");
  if (at < 0) return void 0;
  const installed = path.slice(at + "node_modules/".length);
  return installed !== name ? installed : void 0;
}

// src/inventory/npm-nodes.ts
function readNpmNodesV2(packages, file, lines) {
  if (!isObject(packages)) throw new GateError("LOCKFILE_INVALID", "'packages' is missing or not an object", { file, fix: "regenerate the lockfile with `npm install`" });
  const nodes = /* @__PURE__ */ new Map();
  for (const path of Object.keys(packages)) {
    const entry = packages[path];
    const line = lines.get(`packages\0${path}`);
    if (!isObject(entry)) throw new GateError("LOCKFILE_INVALID", `entry '${path}' is not an object`, { file, line });
    nodes.set(path, toNode(path, entry, file, line));
  }
  return nodes;
}
function toNode(path, e, file, line) {
  const link = e.link === true;
  const version = str(e.version);
  if (!link && path !== "" && version === void 0) {
    throw new GateError("LOCKFILE_MISSING_VERSION", `entry '${path}' has no version`, {
      file,
      line,
      fix: "regenerate the lockfile with `npm install`"
    });
  }
  const resolved = str(e.resolved);
  if (link && resolved === void 0) throw new GateError("LOCKFILE_INVALID", `link entry '${path}' has no resolved target`, { file, line });
  return {
    path,
    name: str(e.name) ?? nameFromPath(path),
    version: version ?? "",
    resolved: link ? void 0 : resolved,
    integrity: str(e.integrity),
    license: toLicenseText(e.license),
    dev: e.dev === true,
    optional: e.optional === true,
    devOptional: e.devOptional === true,
    inBundle: e.inBundle === true,
    hasInstallScript: e.hasInstallScript === true,
    linkTarget: link ? resolved : void 0,
    edges: toEdges(e, isTopPath(path)),
    line
  };
}
function toEdges(e, top) {
  const names = /* @__PURE__ */ new Set();
  for (const name of keys(e.peerDependencies)) names.add(name);
  for (const name of keys(e.dependencies)) names.add(name);
  for (const name of keys(e.optionalDependencies)) names.add(name);
  if (top) for (const name of keys(e.devDependencies)) names.add(name);
  return [...names];
}
function isTopPath(path) {
  return path === "" || !(path.startsWith("node_modules/") || path.includes("/node_modules/"));
}
function nameFromPath(path) {
  const at = path.lastIndexOf("node_modules/");
  const rest = at >= 0 ? path.slice(at + "node_modules/".length) : path.slice(path.lastIndexOf("/") + 1);
  return rest;
}
function toLicenseText(value) {
  if (typeof value === "string") return value.trim() || void 0;
  if (isObject(value) && typeof value.type === "string") return value.type;
  if (Array.isArray(value)) {
    const types = value.map(toLicenseText).filter((t) => t !== void 0);
    return types.length > 0 ? types.map((t) => types.length > 1 && t.includes(" ") ? `(${t})` : t).join(" OR ") : void 0;
  }
  return void 0;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function keys(v) {
  return isObject(v) ? Object.keys(v) : [];
}

// src/inventory/npm-root.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { basename } from "node:path";
var DEP_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function toNpmRoot(lock, rootNode, ctx) {
  const pj = ctx.packageJson ?? {};
  const name = text(pj.name) ?? (rootNode?.name || void 0) ?? text(lock.name) ?? basename(ctx.dir);
  const version = text(pj.version) ?? (rootNode?.version || void 0) ?? text(lock.version) ?? "";
  const license = toLicenseText(pj.license) ?? rootNode?.license;
  const description = text(pj.description);
  return {
    id: version ? `${name}@${version}` : name,
    name,
    version,
    purl: toNpmPurl(name, version),
    ...description === void 0 ? {} : { description },
    ...license === void 0 ? {} : { license },
    dependencies: []
  };
}
function findWorkspaces(nodes, patterns) {
  const list = Array.isArray(patterns) ? patterns : isObject(patterns) && Array.isArray(patterns.packages) ? patterns.packages : [];
  const globs = list.filter((p) => typeof p === "string").map((p) => p.replace(/^\.\//, "").replace(/\/$/, ""));
  const found = /* @__PURE__ */ new Set();
  if (globs.length === 0) return found;
  const isMatch = (0, import_picomatch.default)(globs);
  for (const path of nodes.keys()) if (path !== "" && isTopPath(path) && !path.startsWith("../") && isMatch(path)) found.add(path);
  return found;
}
function checkNpmRoot(lock, rootEntry, lockfileVersion, ctx, file) {
  const pj = ctx.packageJson;
  if (!pj) return;
  const fix = "run `npm install` to bring the lockfile in line with package.json, then commit both";
  const lockName = text(lock.name) ?? (isObject(rootEntry) ? text(rootEntry.name) : void 0);
  if (text(pj.name) !== void 0 && lockName !== void 0 && text(pj.name) !== lockName) {
    throw new GateError("LOCKFILE_PACKAGE_JSON_MISMATCH", `the lockfile is for '${lockName}' but ${ctx.packageJsonFile} is '${text(pj.name)}'`, { file, line: 2, fix });
  }
  if (lockfileVersion === 1) {
    const locked = isObject(lock.dependencies) ? lock.dependencies : {};
    for (const field of DEP_FIELDS.slice(0, 3)) {
      for (const dep of Object.keys(depMap(pj, field))) {
        if (!(dep in locked)) throw new GateError("LOCKFILE_PACKAGE_JSON_MISMATCH", `${ctx.packageJsonFile} declares ${field} '${dep}' but the lockfile does not contain it`, { file, fix });
      }
    }
    return;
  }
  if (!isObject(rootEntry)) return;
  for (const field of DEP_FIELDS) {
    const want = normalised(pj, field);
    const got = normalised(rootEntry, field);
    for (const [dep, spec] of Object.entries(want)) {
      if (!(dep in got)) throw new GateError("LOCKFILE_PACKAGE_JSON_MISMATCH", `${ctx.packageJsonFile} declares ${field} '${dep}@${spec}' but the lockfile does not record it`, { file, fix });
      if (got[dep] !== spec) throw new GateError("LOCKFILE_PACKAGE_JSON_MISMATCH", `${ctx.packageJsonFile} wants ${field} '${dep}@${spec}' but the lockfile recorded '${dep}@${got[dep]}'`, { file, fix });
    }
    for (const dep of Object.keys(got)) {
      if (!(dep in want)) throw new GateError("LOCKFILE_PACKAGE_JSON_MISMATCH", `the lockfile records ${field} '${dep}' that ${ctx.packageJsonFile} does not declare`, { file, fix });
    }
  }
}
function normalised(manifest, field) {
  const map = { ...depMap(manifest, field) };
  if (field === "dependencies") for (const dep of Object.keys(depMap(manifest, "optionalDependencies"))) delete map[dep];
  return map;
}
function depMap(manifest, field) {
  const v = manifest[field];
  if (!isObject(v)) return {};
  const out = {};
  for (const [k, spec] of Object.entries(v)) out[k] = typeof spec === "string" ? spec : String(spec);
  return out;
}
function text(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}

// src/inventory/npm-v1.ts
function readNpmNodesV1(lock, rootManifest, file, lines) {
  const nodes = /* @__PURE__ */ new Map();
  nodes.set("", {
    path: "",
    name: typeof lock.name === "string" ? lock.name : "",
    version: typeof lock.version === "string" ? lock.version : "",
    dev: false,
    optional: false,
    devOptional: false,
    inBundle: false,
    hasInstallScript: false,
    edges: toEdges(rootManifest, true),
    line: 1
  });
  const todo = [{ parentPath: "", keyPath: "dependencies", deps: lock.dependencies }];
  for (let item = todo.pop(); item; item = todo.pop()) {
    if (item.deps === void 0) continue;
    if (!isObject(item.deps)) throw new GateError("LOCKFILE_INVALID", `'${item.keyPath.replaceAll("\0", ".")}' is not an object`, { file });
    for (const [name, entry] of Object.entries(item.deps)) {
      const path = `${item.parentPath ? `${item.parentPath}/` : ""}node_modules/${name}`;
      const keyPath = `${item.keyPath}\0${name}`;
      const line = lines.get(keyPath);
      if (!isObject(entry)) throw new GateError("LOCKFILE_INVALID", `entry '${path}' is not an object`, { file, line });
      nodes.set(path, toV1Node(path, name, entry, file, line));
      todo.push({ parentPath: path, keyPath: `${keyPath}\0dependencies`, deps: entry.dependencies });
    }
  }
  return nodes;
}
function toV1Node(path, name, e, file, line) {
  if (typeof e.version !== "string" || e.version === "") {
    throw new GateError("LOCKFILE_MISSING_VERSION", `entry '${path}' has no version`, { file, line, fix: "regenerate the lockfile with `npm install`" });
  }
  const spec = toV1Spec(name, e.version);
  const edges = isObject(e.requires) ? Object.keys(e.requires) : [];
  return {
    path,
    name: spec.name,
    version: spec.version,
    resolved: typeof e.resolved === "string" ? e.resolved : spec.resolved,
    integrity: typeof e.integrity === "string" ? e.integrity : void 0,
    dev: e.dev === true,
    optional: e.optional === true,
    devOptional: false,
    inBundle: e.bundled === true,
    hasInstallScript: false,
    linkTarget: spec.linkTarget,
    edges,
    line
  };
}
function toV1Spec(name, version) {
  if (version.startsWith("npm:")) {
    const target = version.slice(4);
    const at = target.lastIndexOf("@");
    return at > 0 ? { name: target.slice(0, at), version: target.slice(at + 1) } : { name: target, version: "" };
  }
  if (version.startsWith("file:")) {
    const target = version.slice(5).replace(/^\.\//, "");
    return /\.(tgz|tar\.gz|tar)$/.test(target) ? { name, version: "", resolved: version } : { name, version: "", linkTarget: target };
  }
  if (/^[0-9]/.test(version)) return { name, version };
  return { name, version: "", resolved: version };
}

// src/inventory/npm.ts
var SUPPORTED = [1, 2, 3];
function parseNpmLockfile(text2, file, ctx) {
  const lock = parseJsonText(text2, file, "LOCKFILE_INVALID_JSON");
  if (!isObject(lock)) throw new GateError("LOCKFILE_INVALID", "the lockfile is not a JSON object", { file, line: 1 });
  const version = lock.lockfileVersion;
  if (typeof version !== "number" || !SUPPORTED.includes(version)) {
    throw new GateError("LOCKFILE_UNSUPPORTED_VERSION", `lockfileVersion ${JSON.stringify(version ?? null)} is not supported (expected 1, 2 or 3)`, {
      file,
      fix: "regenerate the lockfile with npm 7 or newer (`npm install --lockfile-version 3`)"
    });
  }
  const lines = (version === 1 ? void 0 : readPackagesLineIndex(text2)) ?? readLineIndex(text2);
  const packages = version === 1 ? void 0 : lock.packages;
  const rootEntry = isObject(packages) ? packages[""] : void 0;
  checkNpmRoot(lock, rootEntry, version, ctx, file);
  const nodes = version === 1 ? readNpmNodesV1(lock, ctx.packageJson ?? {}, file, lines) : readNpmNodesV2(packages, file, lines);
  if (!nodes.has("")) {
    nodes.set("", { path: "", name: "", version: "", dev: false, optional: false, devOptional: false, inBundle: false, hasInstallScript: false, edges: toEdges(ctx.packageJson ?? {}, true) });
  }
  const root = toNpmRoot(lock, nodes.get(""), ctx);
  const workspaces = findWorkspaces(nodes, isObject(rootEntry) && rootEntry.workspaces !== void 0 ? rootEntry.workspaces : ctx.packageJson?.workspaces);
  const graph = toNpmGraph(nodes, root.id, file, workspaces);
  root.dependencies = graph.rootDependencies;
  return { lockfile: file, format: "npm", lockfileVersion: String(version), root, packages: graph.packages };
}
export {
  parseNpmLockfile
};
