#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);

// src/inventory/purl.ts
var DEFAULT_REGISTRY = /^https?:\/\/registry\.npmjs\.org(:?\/|$)/;
var VCS = /^git(?:\+[^:]+)?:|\.git(?:#|$)|^ssh:/i;
var LOCAL = /^(?:ignore|file):/i;
function toNpmPurl(name, version, resolved) {
  const slash = name.startsWith("@") ? name.indexOf("/") : -1;
  const namespace = slash > 0 ? name.slice(0, slash) : "";
  const bare = slash > 0 ? name.slice(slash + 1) : name;
  let purl = "pkg:npm/";
  if (namespace) purl += `${encodeURIComponent(namespace.toLowerCase()).replace(/%3A/g, ":")}/`;
  purl += encodeURIComponent(bare.toLowerCase());
  if (version) purl += `@${encodeURIComponent(version).replace(/%3A/g, ":").replace(/%2B/g, "+")}`;
  const qualifier = toPurlQualifier(resolved);
  if (qualifier) purl += `?${qualifier[0]}=${encodeQualifierValue(qualifier[1])}`;
  return purl;
}
function toPurlQualifier(resolved) {
  if (!resolved || LOCAL.test(resolved)) return void 0;
  if (VCS.test(resolved)) return ["vcs_url", withoutCredentials(resolved)];
  if (!DEFAULT_REGISTRY.test(resolved)) return ["download_url", withoutCredentials(resolved)];
  return void 0;
}
function withoutCredentials(url) {
  if (!url.includes("@")) return url;
  try {
    const u = new URL(url);
    const web = u.protocol === "http:" || u.protocol === "https:";
    if (u.password === "" && (!web || u.username === "")) return url;
    u.password = "";
    if (web) u.username = "";
    return u.toString();
  } catch {
    return url;
  }
}
function toPackageSource(resolved) {
  if (!resolved) return "registry";
  if (LOCAL.test(resolved)) return "file";
  if (VCS.test(resolved) || /^(github|gitlab|bitbucket|gist):/.test(resolved)) return "git";
  if (/^https?:\/\//i.test(resolved)) return /\/-\/[^/]+\.tgz$/.test(resolved) ? "registry" : "tarball";
  return "file";
}
function toRegistryBase(resolved, name) {
  const marker = `/${name}/-/`;
  const at = resolved.indexOf(marker);
  if (at < 0) return void 0;
  return resolved.slice(0, at + 1);
}
function encodeQualifierValue(value) {
  return new URLSearchParams({ v: value }).toString().slice(2).replace(/\+/g, "%20");
}

export {
  toNpmPurl,
  withoutCredentials,
  toPackageSource,
  toRegistryBase
};
