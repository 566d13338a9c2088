#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  parseJson,
  toAttestationEntries,
  toPackument,
  toRegistryKeys,
  toRegistryPackument
} from "./chunk-GEVQM3U3.js";
import {
  pLimit
} from "./chunk-CD3H5QN7.js";
import {
  toKeySet
} from "./chunk-YF7224YE.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/registry/evidence.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
function toEvidencePath(dir, registry, kind, id) {
  const u = new URL(registry);
  const host = encodeURIComponent(`${u.host}${u.pathname.replace(/\/+$/, "")}`);
  return join(dir, host, kind, `${encodeURIComponent(id)}.json`);
}
function writeEvidence(dir, registry, kind, id, record) {
  const file = toEvidencePath(dir, registry, kind, id);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(record));
  renameSync(tmp, file);
}
function readEvidence(dir, registry, kind, id) {
  const file = toEvidencePath(dir, registry, kind, id);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new GateError("REGISTRY_OFFLINE_NO_EVIDENCE", `offline: no recorded ${kind} evidence for ${id}`, {
      file,
      fix: "record it with --record-evidence DIR on a connected runner"
    });
  }
  try {
    const rec = JSON.parse(text);
    if (typeof rec !== "object" || rec === null) throw new Error("not an object");
    return rec;
  } catch {
    throw new GateError("REGISTRY_BAD_RESPONSE", `offline evidence for ${id} is not valid JSON`, { file });
  }
}

// src/registry/get.ts
import { Agent as HttpAgent, get as httpGet } from "node:http";
import { Agent as HttpsAgent, get as httpsGet } from "node:https";
import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate, inflateRaw } from "node:zlib";
var agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
var MAX_REDIRECTS = 20;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var decoders = {
  gzip: promisify(gunzip),
  "x-gzip": promisify(gunzip),
  br: promisify(brotliDecompress),
  // "deflate" is zlib-wrapped by the standard; some servers send it raw.
  deflate: (b) => promisify(inflate)(b).catch(() => promisify(inflateRaw)(b))
};
async function getUrl(url, headers, signal) {
  let current = new URL(url);
  let sent = { "accept-encoding": "gzip, deflate, br", ...headers };
  for (let hop = 0; ; hop++) {
    const res = await request(current, sent, signal);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode ?? 0) || !location) return { status: res.statusCode ?? 0, body: await readBody(res), header: (n) => toHeader(res, n) };
    res.resume();
    if (hop >= MAX_REDIRECTS) throw new Error("redirect count exceeded");
    const next = new URL(location, current);
    if (next.origin !== current.origin) sent = withoutAuthorization(sent);
    current = next;
  }
}
function request(url, headers, signal) {
  const https = url.protocol === "https:";
  if (!https && url.protocol !== "http:") return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
  return new Promise((resolve, reject) => {
    const options = { agent: https ? agents.https : agents.http, headers, signal };
    const req = https ? httpsGet(url, options, resolve) : httpGet(url, options, resolve);
    req.on("error", reject);
  });
}
async function readBody(res) {
  const chunks = [];
  for await (const chunk of res) chunks.push(chunk);
  if (!res.complete) throw new Error("terminated: the body ended early");
  const raw = Buffer.concat(chunks);
  const encoding = toHeader(res, "content-encoding")?.trim().toLowerCase();
  const decode = encoding ? decoders[encoding] : void 0;
  return decode && raw.length > 0 ? decode(raw) : raw;
}
function toHeader(res, name) {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(", ") : v;
}
function withoutAuthorization(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== "authorization"));
}

// src/registry/http.ts
var DEFAULTS = { timeoutMs: 3e4, retries: 3, baseDelayMs: 250, maxDelayMs: 2e4 };
function toSafeUrl(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "<invalid url>";
  }
}
async function fetchWithRetry(url, headers, options = {}) {
  const o = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  let last = "";
  for (let attempt = 0; ; attempt++) {
    let waitMs = backoff(attempt, o.baseDelayMs, o.maxDelayMs);
    try {
      const signal = AbortSignal.timeout(o.timeoutMs);
      const res = isNodeFetch() ? await getUrl(url, headers, signal) : await getViaFetch(url, headers, signal);
      const body = res.body;
      if (res.status < 500 && res.status !== 429) return { status: res.status, body };
      last = `HTTP ${res.status}`;
      const retryAfter = res.status === 429 || res.status === 503 ? readRetryAfter(res.header("retry-after") ?? null) : void 0;
      if (retryAfter !== void 0) {
        if (retryAfter > o.maxDelayMs) {
          last += ` (Retry-After ${Math.ceil(retryAfter / 1e3)} s exceeds the ${Math.ceil(o.maxDelayMs / 1e3)} s limit)`;
          break;
        }
        waitMs = retryAfter;
      }
    } catch (e) {
      last = describeNetworkError(e);
    }
    if (attempt >= o.retries) break;
    await sleep(waitMs);
  }
  throw new GateError("REGISTRY_UNREACHABLE", `GET ${toSafeUrl(url)} failed: ${last} after ${o.retries + 1} attempt(s)`, {
    fix: "check the registry URL and network, or run with --offline --evidence-dir DIR"
  });
}
function isNodeFetch() {
  if (process.env.NODE_USE_ENV_PROXY || process.execArgv.includes("--use-env-proxy") || process.env.NODE_OPTIONS?.includes("--use-env-proxy")) return false;
  const f = globalThis.fetch;
  if (f !== checkedFetch) {
    checkedFetch = f;
    checkedIsNode = /^function fetch\(input, init = undefined\) \{[^\n]*\n\s+if \(!fetchImpl\)/.test(Function.prototype.toString.call(f));
  }
  return checkedIsNode;
}
var checkedFetch;
var checkedIsNode = false;
async function getViaFetch(url, headers, signal) {
  const res = await fetch(url, { headers, signal, redirect: "follow" });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, header: (n) => res.headers.get(n) ?? void 0 };
}
function backoff(attempt, base, max) {
  const step = Math.min(max, base * 2 ** attempt);
  return Math.round(step * (0.5 + Math.random() * 0.5));
}
function readRetryAfter(value, now = Date.now()) {
  if (!value) return void 0;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1e3;
  const at = Date.parse(value);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function describeNetworkError(e) {
  if (e instanceof Error) {
    if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
    const own = e.code;
    const cause = e.cause;
    const code = typeof own === "string" ? own : typeof cause?.code === "string" ? cause.code : void 0;
    if (code) return `network error ${code}`;
    return `network error (${e.message.split("\n")[0]?.slice(0, 80)})`;
  }
  return "network error";
}

// src/registry/npmrc.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
var NPMJS_REGISTRY = "https://registry.npmjs.org/";
function toRegistryUrl(url) {
  return url.endsWith("/") ? url : `${url}/`;
}
function toNerfDart(url) {
  const u = new URL(toRegistryUrl(url));
  return `//${u.host}${u.pathname}`;
}
function readRegistryConfig(input) {
  const config = { registry: NPMJS_REGISTRY, scopes: {}, tokens: /* @__PURE__ */ new Map() };
  const home = input.env.HOME ?? input.env.USERPROFILE;
  const files = [input.env.NPM_CONFIG_USERCONFIG ?? (home ? join2(home, ".npmrc") : void 0), join2(input.cwd, ".npmrc")];
  for (const file of files) if (file) applyNpmrc(config, readOptional(file), input.env);
  const registry = input.registry ?? input.env.NPM_CONFIG_REGISTRY;
  if (registry) config.registry = toRegistryUrl(registry);
  const token = input.npmToken ?? input.env.NPM_TOKEN;
  if (token) config.tokens.set(toNerfDart(config.registry), token);
  return config;
}
function readOptional(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return "";
  }
}
function applyNpmrc(config, text, env) {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = expandEnv(unquote(line.slice(eq + 1).trim()), env);
    if (key === "registry") config.registry = toRegistryUrl(value);
    else if (/^@[^:]+:registry$/.test(key)) config.scopes[key.slice(0, key.indexOf(":"))] = toRegistryUrl(value);
    else if (key.startsWith("//") && key.endsWith(":_authToken")) {
      const prefix = key.slice(0, -":_authToken".length);
      if (value) config.tokens.set(prefix.endsWith("/") ? prefix : `${prefix}/`, value);
    }
  }
}
function unquote(v) {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0] ? v.slice(1, -1) : v;
}
function expandEnv(v, env) {
  return v.replace(/\$\{([^}]+)\}/g, (_, name) => env[name] ?? "");
}
function toPackageRegistry(config, name) {
  if (name.startsWith("@")) {
    const scope = name.slice(0, name.indexOf("/"));
    const r = config.scopes[scope];
    if (r) return r;
  }
  return config.registry;
}
function readToken(config, url) {
  const u = new URL(url);
  const target = `//${u.host}${u.pathname}`;
  let best;
  let bestLen = -1;
  for (const [prefix, token] of config.tokens) {
    if (target.startsWith(prefix) && prefix.length > bestLen) {
      best = token;
      bestLen = prefix.length;
    }
  }
  return best;
}
var NPMJS_HOSTS = /^https?:\/\/registry\.(npmjs\.(org|com)|yarnpkg\.com)\//;
function toMetadataRegistry(config, name, lockfileRegistry, attestationsRegistry) {
  const scoped = toPackageRegistry(config, name);
  if (scoped !== config.registry) return scoped;
  if (attestationsRegistry) return attestationsRegistry;
  const lock = lockfileRegistry ? toRegistryUrl(lockfileRegistry) : void 0;
  return lock && !NPMJS_HOSTS.test(lock) ? lock : config.registry;
}

// src/registry/client.ts
var DEFAULT_REGISTRY_CONCURRENCY = 64;
function toPackagePath(name) {
  return name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
function createRegistryClient(options) {
  const limit = pLimit(Math.max(1, options.concurrency ?? DEFAULT_REGISTRY_CONCURRENCY));
  const inflight = /* @__PURE__ */ new Map();
  const keysCache = /* @__PURE__ */ new Map();
  let requests = 0;
  const attRegistry = options.attestationsRegistry ? toRegistryUrl(options.attestationsRegistry) : void 0;
  const metadataRegistry = (name, lockfileRegistry) => toMetadataRegistry(options.config, name, lockfileRegistry, attRegistry);
  const readRecord = async (registry, kind, id, path) => {
    if (options.offline) {
      if (!options.evidenceDir) {
        throw new GateError("REGISTRY_OFFLINE_NO_EVIDENCE", "offline run without an evidence directory", {
          fix: "pass --evidence-dir DIR recorded with --record-evidence"
        });
      }
      return readEvidence(options.evidenceDir, registry, kind, id);
    }
    const url = new URL(path, registry).toString();
    const existing = inflight.get(url);
    if (existing) return existing;
    const p = limit(async () => {
      requests++;
      const headers = { accept: "application/json", "user-agent": options.userAgent ?? "provenance-gate" };
      const token = readToken(options.config, url);
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetchWithRetry(url, headers, options.http);
      if (res.status === 404) return { notFound: true };
      if (res.status !== 200) {
        throw new GateError("REGISTRY_BAD_RESPONSE", `GET ${toSafeUrl(url)} answered HTTP ${res.status}`, {
          fix: res.status === 401 || res.status === 403 ? "check the registry token (.npmrc, NPM_TOKEN)" : void 0
        });
      }
      return { body: parseJson(res.body, `GET ${toSafeUrl(url)}`) };
    });
    inflight.set(url, p);
    void p.then(
      () => inflight.delete(url),
      () => inflight.delete(url)
    );
    return p;
  };
  const record = (registry, kind, id, rec, parse, toStored = () => rec.body) => {
    const value = rec.notFound ? void 0 : parse(rec.body);
    if (options.recordEvidence && !options.offline) {
      writeEvidence(options.recordEvidence, registry, kind, id, value === void 0 ? { notFound: true } : { body: toStored(value) });
    }
    return value;
  };
  const packuments = /* @__PURE__ */ new Map();
  return {
    readMetadataRegistry: metadataRegistry,
    requestCount: () => requests,
    readPackument(name, registryUrl) {
      const registry = registryUrl ?? metadataRegistry(name);
      let p = packuments.get(`${registry} ${name}`);
      if (!p) {
        p = readRecord(registry, "packument", name, toPackagePath(name)).then(
          (rec) => (
            // Recorded trimmed and registry-shaped, so offline replay parses it the same way.
            record(registry, "packument", name, rec, (b) => toPackument(b, name), toRegistryPackument)
          )
        );
        packuments.set(`${registry} ${name}`, p);
      }
      return p;
    },
    readKeys(registry) {
      const base = toRegistryUrl(registry);
      let p = keysCache.get(base);
      if (!p) {
        p = readKeys(base);
        keysCache.set(base, p);
      }
      return p;
    },
    async readAttestations(name, version, registryUrl) {
      const registry = registryUrl ?? metadataRegistry(name);
      const id = `${name}@${version}`;
      const rec = await readRecord(registry, "attestations", id, `-/npm/v1/attestations/${toPackagePath(name)}@${encodeURIComponent(version)}`);
      return record(registry, "attestations", id, rec, (b) => toAttestationEntries(b, `attestations of ${id}`));
    }
  };
  async function readKeys(base) {
    try {
      const rec = await readRecord(base, "keys", "keys", "-/npm/v1/keys");
      return toKeySet(record(base, "keys", "keys", rec, (b) => toRegistryKeys(b)));
    } catch (e) {
      if (!(e instanceof GateError)) throw e;
      return toKeySet(void 0);
    }
  }
}

export {
  readRegistryConfig,
  DEFAULT_REGISTRY_CONCURRENCY,
  toPackagePath,
  createRegistryClient
};
