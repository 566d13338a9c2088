#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  isObj,
  splitNameVersion,
  str,
  toInventory
} from "./chunk-RBWFVY76.js";
import {
  readManifest,
  toRootInfo
} from "./chunk-3AD5T2DT.js";
import {
  toPackageSource
} from "./chunk-SCHFPPXI.js";
import "./chunk-MGG646Q2.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/inventory/bun-jsonc.ts
function parseJsonc(text, file) {
  const clean = stripJsonc(text);
  let value;
  try {
    value = JSON.parse(clean);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg)?.[1];
    const line2 = pos === void 0 ? lineAt(clean, clean.length) : lineAt(clean, Number(pos));
    throw new GateError("LOCKFILE_INVALID_JSON", `bun.lock is not valid JSON: ${msg.split("\n")[0]}`, {
      file,
      line: line2,
      fix: "restore bun.lock from version control or run `bun install` to rewrite it"
    });
  }
  const lines = /* @__PURE__ */ new Map();
  const re = /^ {4}"((?:[^"\\]|\\.)*)": [[{]/gm;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    line += countNewlines(text, last, m.index);
    last = m.index;
    if (!lines.has(m[1])) lines.set(m[1], line);
  }
  const top = /^ {2}"lockfileVersion"/m.exec(text);
  if (top) lines.set("lockfileVersion", lineAt(text, top.index));
  return { value, lineOf: (key) => lines.get(key) };
}
function stripJsonc(text) {
  const out = text.split("");
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '"') {
      for (i++; i < out.length && out[i] !== '"'; i++) if (out[i] === "\\") i++;
    } else if (c === "/" && out[i + 1] === "/") {
      for (; i < out.length && out[i] !== "\n"; i++) out[i] = " ";
    } else if (c === "/" && out[i + 1] === "*") {
      for (; i < out.length && !(out[i] === "*" && out[i + 1] === "/"); i++) if (out[i] !== "\n") out[i] = " ";
      if (i < out.length) out[i] = out[i + 1] = " ";
    } else if (c === ",") {
      let j = i + 1;
      while (j < out.length && /\s/.test(out[j])) j++;
      if (out[j] === "}" || out[j] === "]") out[i] = " ";
    }
  }
  return out.join("");
}
function lineAt(text, offset) {
  return countNewlines(text, 0, offset) + 1;
}
function countNewlines(text, from, to) {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

// src/inventory/bun.ts
var KINDS = [
  ["dependencies", "prod"],
  ["optionalDependencies", "optional"],
  ["peerDependencies", "peer"],
  ["devDependencies", "dev"]
];
function parseBunLockfile(text, file, ctx) {
  const { value: lock, lineOf } = parseJsonc(text, file);
  if (!isObj(lock)) throw new GateError("LOCKFILE_INVALID", "bun.lock is not a JSON object", { file, line: 1 });
  const version = lock.lockfileVersion;
  if (version !== 0 && version !== 1 && version !== 2) {
    throw new GateError("LOCKFILE_UNSUPPORTED_VERSION", `bun.lock lockfileVersion '${String(version)}' is not supported (expected 0, 1 or 2)`, {
      file,
      line: lineOf("lockfileVersion") ?? 1,
      fix: "regenerate bun.lock with bun 1.1 or newer (`bun install --save-text-lockfile`)"
    });
  }
  const packages = isObj(lock.packages) ? lock.packages : {};
  const workspaces = isObj(lock.workspaces) ? lock.workspaces : {};
  const nodes = /* @__PURE__ */ new Map();
  const metas = /* @__PURE__ */ new Map();
  for (const [path, raw] of Object.entries(packages)) {
    const line = lineOf(path);
    if (!Array.isArray(raw) || typeof raw[0] !== "string" || !splitNameVersion(raw[0])) {
      throw new GateError("LOCKFILE_INVALID", `package '${path}' is not [name@version, \u2026]`, { file, ...line === void 0 ? {} : { line } });
    }
    const [name, ref] = splitNameVersion(raw[0]);
    const node = toNode(path, name, ref, raw, workspaces, ctx.dir);
    if (line !== void 0) node.line = line;
    nodes.set(path, node);
    const meta = raw.find((x, i) => i > 0 && isObj(x));
    metas.set(path, isObj(meta) ? meta : {});
  }
  const resolve = (from, deps, line) => {
    const edges = [];
    for (const [field, kind] of KINDS) {
      const map = deps[field];
      if (!isObj(map)) continue;
      for (const name of Object.keys(map)) {
        const to = lookup(nodes, from, name);
        if (to === void 0) {
          if (kind === "optional" || kind === "peer") continue;
          throw new GateError("LOCKFILE_INVALID", `'${from || "the root"}' depends on '${name}', which bun.lock does not list (truncated or hand-edited lockfile?)`, {
            file,
            ...line === void 0 ? {} : { line },
            fix: "run `bun install` and commit the updated bun.lock"
          });
        }
        const optionalPeer = kind === "peer" && Array.isArray(deps.optionalPeers) && deps.optionalPeers.includes(name);
        if (!edges.some((e) => e.to === to)) edges.push({ to, kind: optionalPeer ? "peerOptional" : kind, ...nodes.get(to).name !== name ? { as: name } : {} });
      }
    }
    return edges;
  };
  for (const [path, node] of nodes) if (node.source !== "workspace") node.edges.push(...resolve(path, metas.get(path), node.line));
  let rootEdges = [];
  for (const [wsPath, raw] of Object.entries(workspaces)) {
    if (!isObj(raw)) continue;
    if (wsPath === "") {
      rootEdges = resolve("", raw, lineOf(""));
      continue;
    }
    const node = [...nodes.values()].find((n) => n.source === "workspace" && n.path === wsPath);
    if (node) node.edges.push(...resolve(node.key, raw, node.line));
  }
  const notes = [
    "bun.lock records no licences: licence information must come from the registry manifests",
    "dev/optional flags are derived from the workspaces' dependency graph (the same rule as npm)"
  ];
  const unversioned = [...nodes.values()].filter((n) => n.version === "");
  if (unversioned.length > 0) notes.push(`bun.lock records no version for ${unversioned.map((n) => n.name).join(", ")} (git or URL sources): their purls carry none`);
  return toInventory({ file, format: "bun", lockfileVersion: String(version), root: { ...toRootInfo(ctx), edges: rootEdges }, nodes, notes });
}
function toNode(path, name, ref, raw, workspaces, dir) {
  const base = { key: path, name, edges: [] };
  if (ref.startsWith("workspace:")) {
    const wsPath = ref.slice("workspace:".length);
    const ws = workspaces[wsPath];
    return { ...base, version: (isObj(ws) ? str(ws.version) : void 0) ?? str(readManifest(dir, wsPath)?.version) ?? "", source: "workspace", resolved: `file:${wsPath}`, path: wsPath };
  }
  if (ref.startsWith("file:") || ref.startsWith("link:")) {
    const folder = ref.replace(/^\w+:/, "");
    const source = ref.startsWith("link:") ? "link" : "file";
    return { ...base, version: str(readManifest(dir, folder)?.version) ?? "", source, resolved: ref, path: folder };
  }
  const last = raw[raw.length - 1];
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(ref)) {
    const version = str(readMetaVersion(raw)) ?? "";
    return { ...base, version, source: "git", resolved: ref.replace(/^github:/, "git+ssh://git@github.com/") };
  }
  if (/^https?:/.test(ref)) {
    return { ...base, version: str(readMetaVersion(raw)) ?? versionFromTarball(name, ref), source: toPackageSource(ref), resolved: ref, ...typeof last === "string" && last.includes("-") ? { integrity: last } : {} };
  }
  const registry = typeof raw[1] === "string" && raw[1] !== "" ? raw[1].replace(/\/?$/, "/") : void 0;
  const bare = name.startsWith("@") ? name.slice(name.indexOf("/") + 1) : name;
  return {
    ...base,
    version: ref,
    source: "registry",
    ...registry ? { resolved: `${registry}${name}/-/${bare}-${ref}.tgz` } : {},
    ...typeof raw[3] === "string" && raw[3] !== "" ? { integrity: raw[3] } : {}
  };
}
function versionFromTarball(name, url) {
  const bare = name.startsWith("@") ? name.slice(name.indexOf("/") + 1) : name;
  const file = url.split(/[?#]/)[0].split("/").pop() ?? "";
  return file.startsWith(`${bare}-`) && file.endsWith(".tgz") ? file.slice(bare.length + 1, -4) : "";
}
function readMetaVersion(raw) {
  const meta = raw.find((x, i) => i > 0 && isObj(x));
  return isObj(meta) ? meta.version : void 0;
}
function lookup(nodes, from, name) {
  const segments = toSegments(from);
  for (let i = segments.length; i >= 0; i--) {
    const candidate = [...segments.slice(0, i), name].join("/");
    if (nodes.has(candidate)) return candidate;
  }
  return void 0;
}
function toSegments(path) {
  if (path === "") return [];
  const parts = path.split("/");
  const out = [];
  for (let i = 0; i < parts.length; i++) out.push(parts[i].startsWith("@") && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : parts[i]);
  return out;
}
export {
  parseBunLockfile
};
