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
  findWorkspaceDirs,
  parseLockfileYaml,
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

// src/inventory/yarn-manifests.ts
function readProjects(ctx) {
  const out = [toProject("", ctx.packageJson ?? {})];
  for (const dir of findWorkspaceDirs(ctx.dir)) {
    const m = readManifest(ctx.dir, dir);
    if (m) out.push(toProject(dir, m));
  }
  return out;
}
function toProject(path, m) {
  const deps = [];
  const add = (field, kind) => {
    const map = m[field];
    if (typeof map !== "object" || map === null) return;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== "string") continue;
      const i = deps.findIndex((d) => d.name === name);
      if (i >= 0 && kind === "dev") continue;
      if (i >= 0) deps.splice(i, 1);
      deps.push({ name, range, kind });
    }
  };
  add("dependencies", "prod");
  add("devDependencies", "dev");
  add("optionalDependencies", "optional");
  const text = (v) => typeof v === "string" && v !== "" ? v : void 0;
  const license = text(m.license);
  return { path, name: text(m.name) ?? (path || "root"), version: text(m.version) ?? "", ...license ? { license } : {}, deps };
}

// src/inventory/yarn-berry.ts
var KNOWN_VERSIONS = /* @__PURE__ */ new Set([4, 5, 6, 7, 8, 9, 10]);
function parseYarnBerryLockfile(text, file, ctx) {
  const doc = parseLockfileYaml(text, file);
  const lock = doc.value;
  if (!isObj(lock) || !isObj(lock.__metadata)) throw new GateError("LOCKFILE_INVALID", "yarn.lock (yarn 2+) without __metadata", { file, line: 1 });
  const version = Number(lock.__metadata.version);
  if (!KNOWN_VERSIONS.has(version)) {
    throw new GateError("LOCKFILE_UNSUPPORTED_VERSION", `yarn lockfile __metadata.version '${String(lock.__metadata.version)}' is not supported (expected 4\u201310)`, {
      file,
      line: doc.lineOf(lock.__metadata, "version") ?? 1,
      fix: "regenerate the lockfile with yarn 2, 3 or 4"
    });
  }
  const byDescriptor = /* @__PURE__ */ new Map();
  const byLocator = /* @__PURE__ */ new Map();
  for (const [key, raw] of Object.entries(lock)) {
    if (key === "__metadata") continue;
    const line = doc.lineOf(lock, key);
    if (!isObj(raw) || typeof raw.resolution !== "string") {
      throw new GateError("LOCKFILE_INVALID", `entry '${key}' has no resolution`, { file, ...line === void 0 ? {} : { line } });
    }
    for (const d of key.split(", ")) byDescriptor.set(d, raw.resolution);
    byLocator.set(raw.resolution, [key, raw, line]);
  }
  const projects = readProjects(ctx);
  const nodes = /* @__PURE__ */ new Map();
  const rootEdges = [];
  const patched = [];
  const nodeKeyOf = (locator) => {
    const ref = splitNameVersion(locator)?.[1] ?? "";
    if (!ref.startsWith("patch:")) return locator;
    const base = decodeURIComponent(ref.slice("patch:".length).split("#")[0]);
    return byLocator.has(base) ? base : locator;
  };
  for (const [locator, [, entry, line]] of byLocator) {
    const key = nodeKeyOf(locator);
    if (key !== locator) {
      patched.push(locator);
      continue;
    }
    nodes.set(key, toNode(locator, entry, line));
  }
  const kindOf = /* @__PURE__ */ new Map();
  for (const p of projects) kindOf.set(p.path, new Map(p.deps.map((d) => [d.name, d.kind])));
  for (const [locator, [key, entry, line]] of byLocator) {
    const node = nodes.get(nodeKeyOf(locator));
    const ws = node.source === "workspace" ? node.path ?? "" : void 0;
    const meta = isObj(entry.dependenciesMeta) ? entry.dependenciesMeta : {};
    for (const [name, range] of Object.entries(isObj(entry.dependencies) ? entry.dependencies : {})) {
      const r = String(range);
      const target = byDescriptor.get(`${name}@${r}`) ?? byDescriptor.get(`${name}@${r}::locator=${encodeURIComponent(locator)}`);
      if (target === void 0) {
        throw new GateError("LOCKFILE_INVALID", `'${key}' depends on '${name}@${r}', which yarn.lock does not resolve (truncated or hand-edited lockfile?)`, {
          file,
          ...line === void 0 ? {} : { line },
          fix: "run `yarn install` and commit the updated yarn.lock"
        });
      }
      const optional = isObj(meta[name]) && meta[name].optional === true;
      const kind = ws !== void 0 ? kindOf.get(ws)?.get(name) ?? "prod" : optional ? "optional" : "prod";
      const to = nodeKeyOf(target);
      const edge = { to, kind, ...nodes.get(to).name !== name ? { as: name } : {} };
      if (node.source === "workspace" && ws === "") rootEdges.push(edge);
      else if (!node.edges.some((e) => e.to === to)) node.edges.push(edge);
    }
  }
  const rootLocator = [...nodes.values()].find((n) => n.source === "workspace" && n.path === "");
  if (rootLocator) nodes.delete(rootLocator.key);
  const notes = [
    "yarn berry's checksum is a hash of yarn's own zip archive, not the npm tarball's integrity: integrity checks are not comparable (fetch dist.integrity from the registry)",
    "yarn berry lockfiles record no licences and no dev flags: dev/prod comes from the package.json files",
    "yarn berry does not record how peer dependencies resolve: peer edges are not in the graph",
    "yarn berry omits registry URLs: purls of npm: packages assume registry.npmjs.org"
  ];
  for (const p of patched) notes.push(`${p.split("#")[0]} is patched locally: the installed code differs from the registry tarball`);
  return toInventory({ file, format: "yarn-berry", lockfileVersion: String(version), root: { ...toRootInfo(ctx), edges: rootEdges }, nodes, notes });
  function toNode(locator, entry, line) {
    const nv = splitNameVersion(locator);
    const [name, reference] = nv;
    const { source, resolved, path } = toSourceOf(reference);
    const version2 = source === "workspace" || source === "link" ? workspaceVersion(path ?? "", entry) : str(entry.version) ?? "";
    return { key: locator, name, version: version2, source, ...resolved ? { resolved } : {}, ...path !== void 0 ? { path } : {}, ...line === void 0 ? {} : { line }, edges: [] };
  }
  function workspaceVersion(path, entry) {
    const v = projects.find((x) => x.path === path)?.version || str(readManifest(ctx.dir, path)?.version);
    return v ?? (str(entry.version) === "0.0.0-use.local" ? "" : str(entry.version) ?? "");
  }
}
function toSourceOf(reference) {
  const bare = reference.split("::")[0];
  if (bare.startsWith("npm:")) return { source: "registry" };
  if (bare.startsWith("workspace:")) {
    const path = bare.slice("workspace:".length);
    return { source: "workspace", path: path === "." ? "" : path.replace(/^\.\//, "") };
  }
  if (bare.startsWith("link:") || bare.startsWith("portal:")) return { source: "link", resolved: bare, path: bare.replace(/^\w+:(\.\/)?/, "") };
  if (bare.startsWith("file:")) return { source: "file", resolved: bare.split("#")[0] };
  if (bare.includes("#commit=")) return { source: "git", resolved: bare.replace("#commit=", "#") };
  if (/^https?:/.test(bare)) return { source: toPackageSource(bare), resolved: bare };
  return { source: "registry" };
}

// src/inventory/yarn-v1-syntax.ts
function parseYarnV1Syntax(text, file) {
  const entries = [];
  let entry;
  let nested;
  const lines = text.split("\n");
  const fail = (n, why) => new GateError("LOCKFILE_INVALID", `not a valid yarn v1 lockfile: ${why}`, {
    file,
    line: n + 1,
    fix: "restore yarn.lock from version control or run `yarn install` to rewrite it"
  });
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].replace(/\r$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    const opens = body.endsWith(":");
    if (indent === 0) {
      if (!opens) throw fail(n, `expected 'specifier:' but got '${clip(body)}'`);
      entry = { specifiers: readTokens(body.slice(0, -1), n, fail, true), fields: {}, line: n + 1 };
      entries.push(entry);
      nested = void 0;
    } else if (indent === 2 && entry) {
      if (opens) {
        nested = {};
        entry.fields[readTokens(body.slice(0, -1), n, fail, false)[0]] = nested;
      } else {
        const [key, value] = readPair(body, n, fail);
        entry.fields[key] = value === "true" ? true : value === "false" ? false : value;
        nested = void 0;
      }
    } else if (indent === 4 && nested) {
      const [key, value] = readPair(body, n, fail);
      nested[key] = value;
    } else {
      throw fail(n, `unexpected indentation (${indent} spaces)`);
    }
  }
  return entries;
}
function readPair(body, n, fail) {
  const tokens = readTokens(body, n, fail, false, " ");
  if (tokens.length !== 2 || tokens[0] === "") throw fail(n, `expected 'key value' but got '${clip(body)}'`);
  return [tokens[0], tokens[1]];
}
function readTokens(s, n, fail, commaList, sep = ", ") {
  const out = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) throw fail(n, "unterminated string");
      try {
        out.push(JSON.parse(s.slice(i, j + 1)));
      } catch {
        throw fail(n, "bad escape in string");
      }
      i = j + 1;
    } else {
      const end = commaList ? s.indexOf(sep, i) : s.indexOf(" ", i);
      const stop = end < 0 ? s.length : end;
      out.push(s.slice(i, stop));
      i = stop;
    }
    if (i < s.length) {
      if (s.startsWith(sep, i)) i += sep.length;
      else if (!commaList && s[i] === " ") i++;
      else throw fail(n, `unexpected '${s[i]}'`);
    }
  }
  if (out.length === 0 || commaList && out.some((t) => t === "")) throw fail(n, "empty key");
  return out;
}
function clip(s) {
  return s.length > 60 ? `${s.slice(0, 57)}\u2026` : s;
}

// src/inventory/yarn-v1.ts
function parseYarnV1Lockfile(text, file, ctx) {
  if (!/^# yarn lockfile v1\s*$/m.test(text.slice(0, 500))) {
    throw new GateError("LOCKFILE_UNSUPPORTED_VERSION", "yarn.lock has neither `# yarn lockfile v1` nor `__metadata` (yarn 2+)", {
      file,
      line: 1,
      fix: "regenerate the lockfile with yarn 1.x or yarn 2+"
    });
  }
  const entries = parseYarnV1Syntax(text, file);
  const bySpecifier = /* @__PURE__ */ new Map();
  const nodes = /* @__PURE__ */ new Map();
  const fieldsOf = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const nv = splitNameVersion(e.specifiers[0]);
    const version = typeof e.fields.version === "string" ? e.fields.version : void 0;
    if (!nv || version === void 0) {
      throw new GateError("LOCKFILE_MISSING_VERSION", `entry '${e.specifiers.join(", ")}' has no version`, { file, line: e.line });
    }
    const resolved = typeof e.fields.resolved === "string" ? e.fields.resolved : void 0;
    const range = nv[1];
    const name = realName(nv[0], range, resolved);
    const { source, url, integrity } = toSourceOf2(range, resolved, e.fields.integrity);
    const key = `${name}@${version}|${url ?? range}`;
    if (!nodes.has(key)) {
      nodes.set(key, {
        key,
        name,
        version,
        source,
        ...url === void 0 ? {} : { resolved: url },
        ...integrity === void 0 ? {} : { integrity },
        line: e.line,
        edges: []
      });
    }
    for (const s of e.specifiers) bySpecifier.set(s, key);
    fieldsOf.set(key, [...fieldsOf.get(key) ?? [], [e.fields, e.line]]);
  }
  const projects = readProjects(ctx);
  for (const n of nodes.values()) {
    if (n.source === "link" && n.resolved) n.version = str(readManifest(ctx.dir, n.resolved.replace(/^link:(\.\/)?/, ""))?.version) ?? n.version;
  }
  const workspaceKey = /* @__PURE__ */ new Map();
  for (const p of projects.slice(1)) {
    const key = `workspace:${p.path}`;
    workspaceKey.set(p.name, key);
    nodes.set(key, { key, name: p.name, version: p.version, source: "workspace", resolved: `file:${p.path}`, path: p.path, ...p.license ? { license: p.license } : {}, edges: [] });
  }
  const resolve = (name, range, kind, line, from) => {
    const key = bySpecifier.get(`${name}@${range}`) ?? workspaceKey.get(name);
    if (key === void 0) {
      if (kind === "optional") return void 0;
      throw new GateError(from === "package.json" ? "LOCKFILE_PACKAGE_JSON_MISMATCH" : "LOCKFILE_INVALID", `${from} needs '${name}@${range}' but yarn.lock has no entry for it`, {
        file,
        ...line === void 0 ? {} : { line },
        fix: "run `yarn install` and commit the updated yarn.lock"
      });
    }
    const target = nodes.get(key);
    return { to: key, kind, ...target.name !== name ? { as: name } : {} };
  };
  for (const [key, list] of fieldsOf) {
    const node = nodes.get(key);
    for (const [fields, line] of list) {
      for (const [field, kind] of [["dependencies", "prod"], ["optionalDependencies", "optional"]]) {
        const deps = fields[field];
        if (typeof deps !== "object" || deps === null) continue;
        for (const [dep, range] of Object.entries(deps)) {
          const edge = resolve(dep, range, kind, line, `'${node.name}@${node.version}'`);
          if (edge && !node.edges.some((x) => x.to === edge.to)) node.edges.push(edge);
        }
      }
    }
  }
  const edgesOf = (p) => p.deps.map((d) => resolve(d.name, d.range, d.kind, void 0, "package.json")).filter((e) => e !== void 0);
  for (const p of projects.slice(1)) nodes.get(`workspace:${p.path}`).edges.push(...edgesOf(p).filter((e) => e.to !== `workspace:${p.path}`));
  const rootEdges = edgesOf(projects[0]);
  const notes = [
    "yarn.lock v1 records no licences: licence information must come from the registry manifests",
    "yarn.lock v1 records no dev flags and no workspaces: both are read from the package.json files",
    "yarn.lock v1 does not record how peer dependencies resolve: peer edges are not in the graph"
  ];
  const noIntegrity = [...nodes.values()].filter((n) => n.integrity === void 0 && (n.source === "registry" || n.source === "tarball" || n.source === "git"));
  if (noIntegrity.length > 0) {
    notes.push(`no integrity recorded for ${noIntegrity.length} package(s) (${noIntegrity.slice(0, 5).map((n) => `${n.name}@${n.version}`).join(", ")}): integrity checks are not comparable for them`);
  }
  return toInventory({ file, format: "yarn-classic", lockfileVersion: "1", root: { ...toRootInfo(ctx), edges: rootEdges }, nodes, notes });
}
function realName(name, range, _resolved) {
  if (range.startsWith("npm:")) {
    const target = splitNameVersion(range.slice(4));
    if (target) return target[0];
  }
  return name;
}
function toSourceOf2(range, resolved, integrity) {
  const sri = typeof integrity === "string" && integrity !== "" ? integrity : void 0;
  if (range.startsWith("file:")) return { source: "file", url: range };
  if (range.startsWith("link:")) return { source: "link", url: range };
  if (resolved === void 0) return { source: "registry", ...sri ? { integrity: sri } : {} };
  const hash = resolved.indexOf("#");
  const base = hash >= 0 ? resolved.slice(0, hash) : resolved;
  const fragment = hash >= 0 ? resolved.slice(hash + 1) : "";
  const source = toPackageSource(base);
  if (source === "git" || /^https:\/\/codeload\.github\.com\//.test(base)) return { source: "git", url: resolved };
  const sha1 = !sri && /^[0-9a-f]{40}$/.test(fragment) ? `sha1-${Buffer.from(fragment, "hex").toString("base64")}` : void 0;
  return { source, url: base, ...sri ?? sha1 ? { integrity: sri ?? sha1 } : {} };
}

// src/inventory/yarn.ts
function parseYarnLockfile(text, file, ctx) {
  return /^__metadata:/m.test(text) ? parseYarnBerryLockfile(text, file, ctx) : parseYarnV1Lockfile(text, file, ctx);
}
export {
  parseYarnLockfile
};
