#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  parseStatement
} from "./chunk-U2346DQA.js";
import {
  readEmbeddedNpmKeys,
  toPem
} from "./chunk-YF7224YE.js";
import {
  loadTrust,
  parseBundle,
  verifyBundle
} from "./chunk-UVB7XM6J.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/dependencies/attestations.ts
import { createPublicKey } from "node:crypto";
function createAttestationVerifier(options = {}) {
  const npmKeys = options.npmAttestationKeys ?? readEmbeddedNpmKeys("npm:attestations");
  const base = loadTrust({
    trustedRoots: options.trustedRoots,
    trustedRootDocuments: options.trustedRootDocuments,
    includePublicGood: options.trustedRootDocuments === void 0
  });
  const byKey = /* @__PURE__ */ new Map();
  const toKeyTrust = (key, what) => {
    let t = byKey.get(key.key);
    if (!t) {
      t = { roots: base.roots, keys: [toKeyObject(key, what)], keyVerifiers: /* @__PURE__ */ new Map() };
      byKey.set(key.key, t);
    }
    return t;
  };
  return async (bundle, what, registryKeys = []) => {
    const parsed = parseBundle(bundle, what);
    const material = parsed.bundle.verificationMaterial.content;
    const key = material?.$case === "publicKey" ? findAttestationKey([...npmKeys, ...registryKeys], material.publicKey.hint, what) : void 0;
    const v = await verifyBundle(key ? toKeyTrust(key, what) : base, parsed);
    if (v.content !== "dsse" || !v.payload) {
      throw new GateError("BUNDLE_UNSUPPORTED", `${what}: an npm attestation must be a DSSE envelope`);
    }
    if (key) checkKeyWindow(key, v.logTime, what);
    return {
      statement: parseStatement(v.payload, what),
      certificate: v.certificate,
      keyId: v.keyId,
      logTime: v.logTime,
      logIndex: v.logIndex
    };
  };
}
function findAttestationKey(keys, hint, what) {
  const key = keys.find((k) => k.keyid === hint);
  if (!key) throw new GateError("REGISTRY_KEY_UNKNOWN", `${what}: signed with key "${hint}", not a trusted npm attestation key`);
  return key;
}
function checkNpmKeyWindow(keys, keyId, logTime, what) {
  checkKeyWindow(findAttestationKey(keys, keyId, what), logTime, what);
}
function checkKeyWindow(key, logTime, what) {
  const t = logTime ? Date.parse(logTime) : Number.NaN;
  if (Number.isNaN(t)) throw new GateError("BUNDLE_TLOG_INVALID", `${what}: no verified log time to check key ${key.keyid}'s validity`);
  if (key.expires && t > Date.parse(key.expires) || key.notBefore && t < Date.parse(key.notBefore)) {
    throw new GateError("REGISTRY_KEY_EXPIRED", `${what}: logged ${logTime}, outside key ${key.keyid}'s validity (${key.notBefore ?? "\u2026"} \u2013 ${key.expires ?? "\u2026"})`);
  }
}
function toKeyObject(key, what) {
  try {
    return createPublicKey(toPem(key));
  } catch (e) {
    throw new GateError("BUNDLE_SIGNATURE_INVALID", `${what}: key ${key.keyid} is not a usable public key`, { cause: e });
  }
}

export {
  createAttestationVerifier,
  checkNpmKeyWindow
};
