/**
 * npm package URLs (purl spec, type `npm`), written to match packageurl-js — the
 * implementation cyclonedx-npm uses — byte for byte, without its per-call overhead.
 * Qualifiers follow cyclonedx-npm: `vcs_url` for git sources, `download_url` for any
 * other URL that is not the default registry; `file:` and workspace paths get none.
 */
import type { PackageSource } from '../types.js';

/** The npm public registry in any of its spellings (the library's defaultRegistryMatcher). */
export const DEFAULT_REGISTRY = /^https?:\/\/registry\.npmjs\.org(:?\/|$)/;
/** Resolved specs that are git sources (same test as cyclonedx-npm). */
const VCS = /^git(?:\+[^:]+)?:|\.git(?:#|$)|^ssh:/i;
/** Resolved specs that are not URLs at all (local files, ignored entries). */
const LOCAL = /^(?:ignore|file):/i;

/** purl for an npm package; `resolved` is the lockfile's resolved URL/spec. */
export function toNpmPurl(name: string, version: string, resolved?: string): string {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  const namespace = slash > 0 ? name.slice(0, slash) : '';
  const bare = slash > 0 ? name.slice(slash + 1) : name;
  let purl = 'pkg:npm/';
  if (namespace) purl += `${encodeURIComponent(namespace.toLowerCase()).replace(/%3A/g, ':')}/`;
  purl += encodeURIComponent(bare.toLowerCase());
  if (version) purl += `@${encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')}`;
  const qualifier = toPurlQualifier(resolved);
  if (qualifier) purl += `?${qualifier[0]}=${encodeQualifierValue(qualifier[1])}`;
  return purl;
}

/** Which purl qualifier a resolved spec needs, if any. */
export function toPurlQualifier(resolved: string | undefined): ['vcs_url' | 'download_url', string] | undefined {
  if (!resolved || LOCAL.test(resolved)) return undefined;
  if (VCS.test(resolved)) return ['vcs_url', withoutCredentials(resolved)];
  if (!DEFAULT_REGISTRY.test(resolved)) return ['download_url', withoutCredentials(resolved)];
  return undefined;
}

/**
 * `url` without secrets: the password always; on http(s) also the user name, which
 * registries use for tokens too. An ssh user such as `git@` is part of the address and
 * stays. Text that is not a URL (`github:owner/repo#sha`) is returned as is.
 */
export function withoutCredentials(url: string): string {
  if (!url.includes('@')) return url; // the common case, without parsing
  try {
    const u = new URL(url);
    const web = u.protocol === 'http:' || u.protocol === 'https:';
    if (u.password === '' && (!web || u.username === '')) return url;
    u.password = '';
    if (web) u.username = '';
    return u.toString();
  } catch {
    return url;
  }
}

/** Classify a lockfile `resolved` value. Registry tarballs end in `/-/<name>-<version>.tgz`. */
export function toPackageSource(resolved: string | undefined): PackageSource {
  if (!resolved) return 'registry'; // npm omits resolved for registry packages (omit-lockfile-registry-resolved)
  if (LOCAL.test(resolved)) return 'file';
  if (VCS.test(resolved) || /^(github|gitlab|bitbucket|gist):/.test(resolved)) return 'git';
  if (/^https?:\/\//i.test(resolved)) return /\/-\/[^/]+\.tgz$/.test(resolved) ? 'registry' : 'tarball';
  return 'file';
}

/** Base URL of the registry a tarball came from (`https://host/path/` before `<name>/-/`). */
export function toRegistryBase(resolved: string, name: string): string | undefined {
  const marker = `/${name}/-/`;
  const at = resolved.indexOf(marker);
  if (at < 0) return undefined;
  return resolved.slice(0, at + 1);
}

function encodeQualifierValue(value: string): string {
  // application/x-www-form-urlencoded, then '+' (space) as %20, exactly like packageurl-js.
  return new URLSearchParams({ v: value }).toString().slice(2).replace(/\+/g, '%20');
}
