#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  isObj,
  missing,
  refToKeyV6,
  refToKeyV9,
  str,
  stripPeerSuffix,
  toEdges,
  toInventory,
  toNodesV6,
  toNodesV9
} from "./chunk-RBWFVY76.js";
import {
  joinRelative,
  parseLockfileYaml,
  readManifest,
  toRootInfo
} from "./chunk-3AD5T2DT.js";
import "./chunk-SCHFPPXI.js";
import "./chunk-MGG646Q2.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/inventory/pnpm.ts
var FIX_VERSION = "regenerate the lockfile with pnpm 8 or newer (lockfile v6 or v9)";
function parsePnpmLockfile(text, file, ctx) {
  const doc = parseLockfileYaml(text, file);
  const lock = doc.value;
  if (!isObj(lock)) throw new GateError("LOCKFILE_INVALID", "not a pnpm lockfile: expected a YAML mapping", { file, line: 1 });
  const version = str(lock.lockfileVersion);
  const versionLine = doc.lineOf(lock, "lockfileVersion");
  if (version === void 0) {
    throw new GateError("LOCKFILE_MISSING_VERSION", "pnpm lockfile without lockfileVersion", { file, line: 1, fix: FIX_VERSION });
  }
  const major = Number.parseInt(version, 10);
  if (major !== 6 && major !== 9) {
    throw new GateError("LOCKFILE_UNSUPPORTED_VERSION", `pnpm lockfileVersion '${version}' is not supported (expected 6.x or 9.x)`, {
      file,
      ...versionLine === void 0 ? {} : { line: versionLine },
      fix: FIX_VERSION
    });
  }
  const importers = isObj(lock.importers) ? lock.importers : { ".": lock };
  const nodes = /* @__PURE__ */ new Map();
  const snapshots = isObj(lock.snapshots) ? lock.snapshots : void 0;
  const importerKey = (path) => path === "." || path === "" ? void 0 : `importer:${path}`;
  const resolve = (name, ref, fromDir, line) => {
    if (ref.startsWith("link:")) {
      const target = joinRelative(fromDir, ref.slice(5));
      if (target === "" || target === ".") return void 0;
      if (isObj(importers[target])) return importerKey(target);
      const key2 = `link:${target}`;
      if (!nodes.has(key2)) {
        const m = readManifest(ctx.dir, target);
        nodes.set(key2, { key: key2, name: str(m?.name) ?? name, version: str(m?.version) ?? "", source: "link", resolved: `link:${target}`, path: target, edges: [] });
      }
      return key2;
    }
    const full = major === 9 ? refToKeyV9(name, ref) : refToKeyV6(name, ref);
    const key = stripPeerSuffix(full);
    const listed = major === 9 ? snapshots !== void 0 && full in snapshots : nodes.has(key);
    if (!listed || !nodes.has(key)) throw missing(file, line, `'${name}: ${ref}' refers to '${full}', which the lockfile does not list`);
    return key;
  };
  if (major === 9) toNodesV9(doc, lock, file, resolve, nodes);
  else toNodesV6(doc, lock, resolve, nodes);
  for (const path of Object.keys(importers)) {
    const key = importerKey(path);
    if (key === void 0) continue;
    const m = readManifest(ctx.dir, path);
    nodes.set(key, { key, name: str(m?.name) ?? path, version: str(m?.version) ?? "", source: "workspace", resolved: `file:${path}`, path, edges: [] });
    const line = doc.lineOf(importers, path);
    if (line !== void 0) nodes.get(key).line = line;
  }
  let rootEdges = [];
  for (const [path, raw] of Object.entries(importers)) {
    if (!isObj(raw)) continue;
    const edges = toEdges(raw, path === "." ? "" : path, doc.lineOf(importers, path), resolve);
    const key = importerKey(path);
    if (key === void 0) rootEdges = edges;
    else nodes.get(key).edges.push(...edges);
  }
  fillLocalVersions(nodes, ctx.dir);
  const root = toRootInfo(ctx);
  return toInventory({ file, format: "pnpm", lockfileVersion: version, root: { ...root, edges: rootEdges }, nodes, notes: toNotes(lock, major, nodes) });
}
function fillLocalVersions(nodes, dir) {
  for (const n of nodes.values()) {
    if (n.source !== "file" || n.version !== "" || !n.resolved?.startsWith("file:")) continue;
    const m = readManifest(dir, n.resolved.slice(5));
    n.version = str(m?.version) ?? "";
    if (str(m?.name) !== void 0 && n.name.startsWith("file:")) n.name = str(m?.name);
  }
}
function toNotes(lock, major, nodes) {
  const notes = [
    "pnpm lockfiles record no licences: licence information must come from the registry manifests",
    major === 9 ? "pnpm lockfile v9 records no dev/optional flags: they are derived from the importers' dependency graph" : "dev/optional flags are derived from the importers' dependency graph (the same rule as npm)",
    "pnpm omits the tarball URL of packages from the configured registry: their purls assume registry.npmjs.org"
  ];
  const noIntegrity = [...nodes.values()].filter((n) => n.integrity === void 0 && n.source !== "workspace" && n.source !== "link" && n.source !== "file");
  if (noIntegrity.length > 0) {
    notes.push(`no integrity recorded for ${noIntegrity.length} package(s) (${noIntegrity.slice(0, 5).map((n) => `${n.name}@${n.version}`).join(", ")}): integrity checks are not comparable for them`);
  }
  const patched = isObj(lock.patchedDependencies) ? Object.keys(lock.patchedDependencies) : [];
  for (const p of patched) notes.push(`${p} is patched locally (patchedDependencies): the installed code differs from the registry tarball its integrity describes`);
  return notes;
}
export {
  parsePnpmLockfile
};
