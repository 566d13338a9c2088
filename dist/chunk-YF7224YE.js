#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  seeds_default
} from "./chunk-HR6LKGB5.js";

// src/registry/keys.ts
var embedded;
function readEmbeddedNpmKeys(usage) {
  embedded ??= parseEmbedded();
  return embedded.get(usage) ?? [];
}
function parseEmbedded() {
  const out = /* @__PURE__ */ new Map();
  const repo = seeds_default["https://tuf-repo-cdn.sigstore.dev"];
  const b64 = repo?.targets?.["registry.npmjs.org%2Fkeys.json"];
  if (!b64) return out;
  const doc = JSON.parse(Buffer.from(b64, "base64").toString("utf8"));
  for (const k of doc.keys ?? []) {
    const usage = k.keyUsage;
    if (usage !== "npm:signatures" && usage !== "npm:attestations" || typeof k.keyId !== "string") continue;
    if (typeof k.publicKey?.rawBytes !== "string") continue;
    const start = k.publicKey.validFor?.start;
    const end = k.publicKey.validFor?.end;
    const list = out.get(usage) ?? [];
    list.push({
      keyid: k.keyId,
      key: k.publicKey.rawBytes,
      notBefore: typeof start === "string" ? start : void 0,
      expires: typeof end === "string" ? end : void 0
    });
    out.set(usage, list);
  }
  return out;
}
function toPem(key) {
  const lines = key.key.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----
${lines.join("\n")}
-----END PUBLIC KEY-----
`;
}
function toKeySet(served) {
  if (served && served.length > 0) return { keys: served, source: "registry" };
  const embedded2 = readEmbeddedNpmKeys("npm:signatures");
  return embedded2.length > 0 ? { keys: embedded2, source: "embedded" } : { keys: [], source: "none" };
}

export {
  readEmbeddedNpmKeys,
  toPem,
  toKeySet
};
