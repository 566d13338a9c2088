#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  require_semver
} from "./chunk-GGHMA4CW.js";
import {
  verifyPackageProvenance
} from "./chunk-QS7GV5ED.js";
import "./chunk-MBK2SKKM.js";
import {
  fail
} from "./chunk-CGI2TJ2U.js";
import "./chunk-HZXIZVU5.js";
import {
  isGateError
} from "./chunk-ZQ5MBECJ.js";
import {
  __toESM
} from "./chunk-PQNIH4KF.js";

// src/dependencies/attestation-keys.ts
var NPM_HOSTS = /* @__PURE__ */ new Set(["registry.npmjs.org", "registry.npmjs.com"]);
function isNpmHost(registry) {
  return NPM_HOSTS.has(new URL(registry).hostname);
}
async function readAttestationKeys(registry, client) {
  if (isNpmHost(registry)) return void 0;
  const set = await client.readKeys(registry);
  return set.source === "registry" ? set.keys : "none";
}

// src/dependencies/integrity.ts
function parseSri(sri) {
  const out = /* @__PURE__ */ new Map();
  for (const part of (sri ?? "").trim().split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(part);
    if (!m) continue;
    const set = out.get(m[1]) ?? /* @__PURE__ */ new Set();
    set.add(m[2]);
    out.set(m[1], set);
  }
  return out;
}
function readRegistryDigests(m) {
  const out = parseSri(m.integrity);
  if (m.shasum && /^[0-9a-f]{40}$/i.test(m.shasum)) {
    const set = out.get("sha1") ?? /* @__PURE__ */ new Set();
    set.add(Buffer.from(m.shasum, "hex").toString("base64"));
    out.set("sha1", set);
  }
  return out;
}
function checkIntegrity(lockIntegrity, m) {
  const lock = parseSri(lockIntegrity);
  if (lock.size === 0) return fail("unverifiable", "PACKAGE_NO_INTEGRITY", "the lockfile records no integrity for this package");
  const registry = readRegistryDigests(m);
  if (registry.size === 0) return fail("unverifiable", "REGISTRY_BAD_RESPONSE", "the registry states no integrity for this version");
  let matched = false;
  for (const [alg, digests] of lock) {
    const theirs = registry.get(alg);
    if (!theirs) continue;
    for (const d of digests) {
      if (!theirs.has(d)) {
        return fail("invalid", "REGISTRY_INTEGRITY_MISMATCH", `lockfile ${alg}-${d.slice(0, 16)}\u2026 but the registry serves ${alg}-${[...theirs][0]?.slice(0, 16)}\u2026`);
      }
    }
    matched = true;
  }
  if (!matched) {
    return fail("unverifiable", "PACKAGE_NO_INTEGRITY", `no hash algorithm in common (lockfile: ${[...lock.keys()].join(", ")}; registry: ${[...registry.keys()].join(", ")})`);
  }
  return { status: "verified" };
}
function toSha512Hex(lockIntegrity, m) {
  const pick = (sri) => [...parseSri(sri).get("sha512") ?? []][0];
  const b64 = pick(lockIntegrity) ?? pick(m.integrity);
  return b64 ? Buffer.from(b64, "base64").toString("hex") : void 0;
}

// src/dependencies/regression.ts
var import_semver = __toESM(require_semver(), 1);
function findPreviousAttested(packument, version) {
  const current = import_semver.default.parse(version);
  if (!current) return void 0;
  let best;
  for (const [v, m] of Object.entries(packument.versions)) {
    const p = import_semver.default.parse(v);
    if (!p || p.major !== current.major || !import_semver.default.lt(p, current) || !m.attestationsUrl) continue;
    if (!best || import_semver.default.gt(p, best)) best = v;
  }
  return best;
}
function toMissingRegression(previousVersion) {
  return {
    kind: "missing",
    previousVersion,
    message: `no provenance, but ${previousVersion} of the same major line was published with provenance`
  };
}
function compareProvenance(current, previous, previousVersion) {
  const norm = (s) => s?.toLowerCase();
  if (previous.sourceRepo && norm(current.sourceRepo) !== norm(previous.sourceRepo)) {
    return {
      kind: "source-changed",
      previousVersion,
      message: `built from ${current.sourceRepo ?? "(unknown)"}, but ${previousVersion} was built from ${previous.sourceRepo}`
    };
  }
  if (previous.workflow && norm(current.workflow) !== norm(previous.workflow)) {
    return {
      kind: "workflow-changed",
      previousVersion,
      message: `published by ${current.workflow ?? "(unknown)"}, but ${previousVersion} was published by ${previous.workflow}`
    };
  }
  return void 0;
}

// src/dependencies/signature.ts
import { createPublicKey, verify } from "node:crypto";
var keyObjects = /* @__PURE__ */ new Map();
function toKeyObject(key) {
  let k = keyObjects.get(key.key);
  if (k === void 0) {
    try {
      k = createPublicKey({ key: Buffer.from(key.key, "base64"), format: "der", type: "spki" });
    } catch {
      k = null;
    }
    keyObjects.set(key.key, k);
  }
  return k;
}
function checkEcdsaSignature(key, message, sig) {
  const k = toKeyObject(key);
  if (!k) return false;
  try {
    return verify("sha256", Buffer.from(message), k, Buffer.from(sig, "base64"));
  } catch {
    return false;
  }
}
function verifyRegistrySignature(m, keySet, publishedAt, npmHost) {
  if (m.signatures.length === 0) {
    if (keySet.source === "registry" || keySet.source === "embedded" && npmHost) {
      return fail("missing", "REGISTRY_SIGNATURE_MISSING", `${m.name}@${m.version} carries no registry signature although the registry signs versions`);
    }
    return fail("unverifiable", "REGISTRY_NO_KEYS", "the registry publishes no signing keys and the version carries no signature");
  }
  const message = `${m.name}@${m.version}:${m.integrity ?? ""}`;
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  let expired;
  let badWithKnownKey = false;
  for (const s of m.signatures) {
    const key = keySet.keys.find((k) => k.keyid === s.keyid);
    if (!key) continue;
    if (!m.integrity || !checkEcdsaSignature(key, message, s.sig)) {
      badWithKnownKey = true;
      continue;
    }
    if (!isWithinValidity(key, published)) {
      expired = key;
      continue;
    }
    return { status: "verified" };
  }
  if (expired) {
    const when = `${expired.notBefore ?? "\u2026"} \u2013 ${expired.expires ?? "\u2026"}`;
    if (Number.isNaN(published)) {
      return fail("unverifiable", "REGISTRY_KEY_EXPIRED", `key ${expired.keyid} is only valid ${when} and the packument states no publish time`);
    }
    return fail("invalid", "REGISTRY_KEY_EXPIRED", `signed by key ${expired.keyid}, valid ${when}, but published ${publishedAt}`);
  }
  if (badWithKnownKey) {
    return fail("invalid", "REGISTRY_SIGNATURE_INVALID", `the registry signature does not match ${message.slice(0, 120)}`);
  }
  const ids = m.signatures.map((s) => s.keyid).join(", ");
  return keySet.source === "registry" ? fail("invalid", "REGISTRY_KEY_UNKNOWN", `signed with ${ids}, which the registry's key list does not contain`) : fail("unverifiable", "REGISTRY_KEY_UNKNOWN", `signed with ${ids}, which is not a known npm registry key`);
}
function isWithinValidity(key, published) {
  if (key.expires) {
    if (Number.isNaN(published) || published > Date.parse(key.expires)) return false;
  }
  if (key.notBefore && !Number.isNaN(published) && published < Date.parse(key.notBefore)) return false;
  return true;
}

// src/dependencies/source.ts
function toRepositoryKey(url) {
  let u = url.trim();
  const shorthand = /^(github|gitlab|bitbucket):([^/]+\/[^/#]+)/.exec(u);
  if (shorthand) u = `${shorthand[1] === "bitbucket" ? "bitbucket.org" : `${shorthand[1]}.com`}/${shorthand[2]}`;
  else if (/^[\w.-]+\/[\w.-]+$/.test(u)) u = `github.com/${u}`;
  u = u.replace(/^git\+/, "").replace(/^[a-z]+:\/\//i, "").replace(/^[^@/]+@([^:/]+):/, "$1/").replace(/^[^@/]+@/, "").replace(/#.*$/, "");
  const [host, owner, repo] = u.split("/");
  if (!host || !owner || !repo) return void 0;
  return `${host}/${owner}/${repo.replace(/\.git$/, "")}`.toLowerCase();
}
function checkSourceConsistency(provenance, manifestRepository) {
  if (provenance.status !== "verified" || !provenance.sourceRepo) {
    return fail("unverifiable", "PROVENANCE_MISSING", "no verified provenance to compare the manifest repository with");
  }
  if (!manifestRepository) return fail("missing", "MANIFEST_NO_REPOSITORY", "the package manifest declares no repository");
  const declared = toRepositoryKey(manifestRepository);
  const built = toRepositoryKey(provenance.sourceRepo);
  if (!declared) return fail("unverifiable", "MANIFEST_NO_REPOSITORY", `the manifest repository "${manifestRepository}" is not a repository URL`);
  if (declared !== built) {
    return fail("invalid", "PROVENANCE_SOURCE_MISMATCH", `built from ${provenance.sourceRepo} but the manifest declares ${manifestRepository}`);
  }
  return { status: "verified" };
}

// src/dependencies/verify-package.ts
async function verifyRegistryPackage(pkg, ctx) {
  const base = { name: pkg.name, version: pkg.version, purl: pkg.purl };
  const notComparable = [];
  const registry = ctx.client.readMetadataRegistry(pkg.name, pkg.registry);
  let packument;
  try {
    packument = await ctx.client.readPackument(pkg.name, registry);
  } catch (e) {
    return allUnverifiable(base, toUnverifiable(e));
  }
  const manifest = packument?.versions[pkg.version];
  if (!packument || !manifest) {
    const r = fail("invalid", "REGISTRY_VERSION_NOT_FOUND", `the registry has no ${pkg.name}@${pkg.version}${packument ? "" : " (no such package)"}`);
    return { ...base, signature: r, integrity: r, provenance: { ...r }, sourceConsistency: r };
  }
  const publishedAt = packument.time[pkg.version];
  let signature;
  try {
    const keys = await ctx.client.readKeys(registry);
    const signed = { ...manifest, name: pkg.name, version: pkg.version };
    signature = verifyRegistrySignature(signed, keys, publishedAt, isNpmHost(registry));
  } catch (e) {
    signature = toUnverifiable(e);
  }
  const integrity = checkIntegrity(pkg.integrity, manifest);
  if (integrity.reason?.code === "PACKAGE_NO_INTEGRITY") notComparable.push("integrity");
  const provenance = await readProvenance(pkg, manifest, registry, ctx);
  const result = {
    ...base,
    signature,
    integrity,
    provenance,
    sourceConsistency: checkSourceConsistency(provenance, manifest.repository),
    publishedAt,
    hasInstallScript: manifest.hasInstallScript || pkg.hasInstallScript === true
  };
  const regression = await readRegression(pkg, packument, provenance, registry, ctx, notComparable);
  if (regression) result.regression = regression;
  if (notComparable.length > 0) result.notComparable = notComparable;
  return result;
}
function readProvenance(pkg, m, registry, ctx) {
  const key = `${registry} ${pkg.name}@${pkg.version}+${pkg.integrity ?? ""}`;
  let p = ctx.provenanceMemo?.get(key);
  if (!p) {
    p = verifyProvenance(pkg, m, registry, ctx);
    ctx.provenanceMemo?.set(key, p);
  }
  return p;
}
async function verifyProvenance(pkg, m, registry, ctx) {
  if (!m.attestationsUrl) return fail("missing", "PROVENANCE_MISSING", `${pkg.name}@${pkg.version} was published without provenance`);
  const sha512Hex = toSha512Hex(pkg.integrity, m);
  if (!sha512Hex) return fail("unverifiable", "PACKAGE_NO_INTEGRITY", "no sha512 integrity to bind the provenance to");
  ctx.prepareAttestations?.();
  try {
    const entries = await ctx.client.readAttestations(pkg.name, pkg.version, registry);
    if (!entries) {
      return fail("unverifiable", "REGISTRY_BAD_RESPONSE", "the manifest advertises attestations but the registry serves none (404)");
    }
    const keys = await readAttestationKeys(registry, ctx.client);
    const subject = { name: pkg.name, version: pkg.version, sha512Hex };
    const registryKeys = keys === "none" ? void 0 : keys;
    const check = ctx.verifyProvenance ? await ctx.verifyProvenance(entries, subject, registryKeys) : await verifyPackageProvenance(entries, subject, (b, w) => ctx.verifyAttestation(b, w, registryKeys));
    if (keys === "none" && check.status === "invalid" && check.reason?.code === "REGISTRY_KEY_UNKNOWN") {
      return fail("unverifiable", "REGISTRY_KEY_UNKNOWN", `${check.reason.message}; the registry serves no keys (/-/npm/v1/keys) to check it with`);
    }
    return check;
  } catch (e) {
    return toUnverifiable(e);
  }
}
async function readRegression(pkg, packument, current, registry, ctx, notComparable) {
  const previous = findPreviousAttested(packument, pkg.version);
  if (!previous) return void 0;
  if (current.status === "missing") return toMissingRegression(previous);
  if (current.status !== "verified") return void 0;
  const m = packument.versions[previous];
  const before = await readProvenance({ ...pkg, version: previous, integrity: m.integrity }, m, registry, ctx);
  if (before.status !== "verified") {
    notComparable.push(`regression (provenance of ${previous}: ${before.reason?.code ?? before.status})`);
    return void 0;
  }
  return compareProvenance(current, before, previous);
}
function toUnverifiable(e) {
  if (!isGateError(e)) throw e;
  return { status: "unverifiable", reason: { code: e.code, message: e.message } };
}
function allUnverifiable(base, r) {
  return { ...base, signature: r, integrity: r, provenance: { ...r }, sourceConsistency: r };
}
export {
  verifyRegistryPackage
};
