#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/registry/packument.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function parseJson(body, what) {
  try {
    return JSON.parse(typeof body === "string" ? body : body.toString("utf8"));
  } catch {
    throw new GateError("REGISTRY_BAD_RESPONSE", `${what}: the response is not valid JSON`);
  }
}
function toPackument(json, expectedName) {
  if (!isObject(json) || !isObject(json.versions)) {
    throw new GateError("REGISTRY_BAD_RESPONSE", `packument of ${expectedName}: no "versions" object`);
  }
  if (json.name !== void 0 && json.name !== expectedName) {
    throw new GateError("REGISTRY_BAD_RESPONSE", `packument of ${expectedName}: the registry answered for "${String(json.name)}"`);
  }
  const versions = {};
  for (const [v, m] of Object.entries(json.versions)) {
    if (isObject(m)) versions[v] = toVersionManifest(m, expectedName, v);
  }
  const time = {};
  if (isObject(json.time)) {
    for (const [v, t] of Object.entries(json.time)) if (typeof t === "string") time[v] = t;
  }
  return { name: expectedName, versions, time };
}
function toVersionManifest(m, name, version) {
  const dist = isObject(m.dist) ? m.dist : {};
  const signatures = [];
  if (Array.isArray(dist.signatures)) {
    for (const s of dist.signatures) {
      if (isObject(s) && typeof s.keyid === "string" && typeof s.sig === "string") signatures.push({ keyid: s.keyid, sig: s.sig });
    }
  }
  const att = isObject(dist.attestations) ? dist.attestations : void 0;
  const scripts = isObject(m.scripts) ? m.scripts : {};
  const repo = isObject(m.repository) ? str(m.repository.url) : str(m.repository);
  return {
    // The signed message uses the manifest's own name/version: keep them as served.
    name: str(m.name) ?? name,
    version: str(m.version) ?? version,
    integrity: str(dist.integrity),
    shasum: str(dist.shasum),
    signatures,
    attestationsUrl: att ? str(att.url) : void 0,
    provenancePredicateType: att && isObject(att.provenance) ? str(att.provenance.predicateType) : void 0,
    repository: repo,
    hasInstallScript: m.hasInstallScript === true || ["preinstall", "install", "postinstall"].some((k) => typeof scripts[k] === "string")
  };
}
function toRegistryKeys(json) {
  if (!isObject(json) || !Array.isArray(json.keys)) throw new GateError("REGISTRY_BAD_RESPONSE", 'registry keys: no "keys" array');
  const out = [];
  for (const k of json.keys) {
    if (!isObject(k) || typeof k.keyid !== "string" || typeof k.key !== "string") continue;
    out.push({ keyid: k.keyid, key: k.key, expires: str(k.expires) ?? void 0 });
  }
  return out;
}
function toAttestationEntries(json, what) {
  if (!isObject(json) || !Array.isArray(json.attestations)) {
    throw new GateError("REGISTRY_BAD_RESPONSE", `${what}: no "attestations" array`);
  }
  return json.attestations.map((a, i) => {
    if (!isObject(a) || typeof a.predicateType !== "string" || !isObject(a.bundle)) {
      throw new GateError("REGISTRY_BAD_RESPONSE", `${what}: attestation ${i} has no predicateType/bundle`);
    }
    return { predicateType: a.predicateType, bundle: a.bundle };
  });
}
function toRegistryPackument(p) {
  const versions = {};
  for (const [v, m] of Object.entries(p.versions)) {
    versions[v] = {
      name: m.name,
      version: m.version,
      ...m.repository !== void 0 ? { repository: m.repository } : {},
      ...m.hasInstallScript ? { hasInstallScript: true } : {},
      dist: {
        integrity: m.integrity,
        shasum: m.shasum,
        signatures: m.signatures,
        ...m.attestationsUrl ? { attestations: { url: m.attestationsUrl, provenance: { predicateType: m.provenancePredicateType } } } : {}
      }
    };
  }
  return { name: p.name, time: p.time, versions };
}

export {
  parseJson,
  toPackument,
  toRegistryKeys,
  toAttestationEntries,
  toRegistryPackument
};
