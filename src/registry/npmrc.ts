/**
 * Registry configuration the way npm reads it: `registry=`, `@scope:registry=` and
 * `//host/path/:_authToken=` from `.npmrc` files, `${VAR}` expanded from the
 * environment. Tokens are kept in a Map that is never rendered (see `RegistryAuth`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NPMJS_REGISTRY = 'https://registry.npmjs.org/';

/** Where a package's registry metadata comes from, with the token for each registry. */
export interface RegistryConfig {
  /** Default registry (trailing slash). */
  registry: string;
  /** `@scope` → registry URL (trailing slash). */
  scopes: Record<string, string>;
  /** Auth tokens by `//host/path/` prefix. Secret: never print this object. */
  tokens: Map<string, string>;
}

export interface RegistryConfigInput {
  cwd: string;
  env: Record<string, string | undefined>;
  /** `--registry`: overrides `.npmrc`. */
  registry?: string;
  /** Token from the action input or `--npm-token`; applies to the default registry. */
  npmToken?: string;
}

/** Ensures a trailing slash so `new URL(path, base)` keeps the base path. */
export function toRegistryUrl(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** `//host/path/` — the key npm uses for per-registry credentials. */
export function toNerfDart(url: string): string {
  const u = new URL(toRegistryUrl(url));
  return `//${u.host}${u.pathname}`;
}

/** Reads the user and project `.npmrc` (project wins) plus `NPM_TOKEN` / the explicit token. */
export function readRegistryConfig(input: RegistryConfigInput): RegistryConfig {
  const config: RegistryConfig = { registry: NPMJS_REGISTRY, scopes: {}, tokens: new Map() };
  const home = input.env.HOME ?? input.env.USERPROFILE;
  const files = [input.env.NPM_CONFIG_USERCONFIG ?? (home ? join(home, '.npmrc') : undefined), join(input.cwd, '.npmrc')];
  for (const file of files) if (file) applyNpmrc(config, readOptional(file), input.env);
  const registry = input.registry ?? input.env.NPM_CONFIG_REGISTRY;
  if (registry) config.registry = toRegistryUrl(registry);
  const token = input.npmToken ?? input.env.NPM_TOKEN;
  if (token) config.tokens.set(toNerfDart(config.registry), token);
  return config;
}

function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // an absent .npmrc is the common case, not an error
  }
}

/** Applies one `.npmrc` text (ini `key=value` lines) onto `config`. */
export function applyNpmrc(config: RegistryConfig, text: string, env: Record<string, string | undefined>): void {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq).trim();
    const value = expandEnv(unquote(line.slice(eq + 1).trim()), env);
    if (key === 'registry') config.registry = toRegistryUrl(value);
    else if (/^@[^:]+:registry$/.test(key)) config.scopes[key.slice(0, key.indexOf(':'))] = toRegistryUrl(value);
    else if (key.startsWith('//') && key.endsWith(':_authToken')) {
      const prefix = key.slice(0, -':_authToken'.length);
      if (value) config.tokens.set(prefix.endsWith('/') ? prefix : `${prefix}/`, value);
    }
  }
}

function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.at(-1) === v[0] ? v.slice(1, -1) : v;
}

/** npm expands `${VAR}` (and leaves unknown variables empty), e.g. `_authToken=${NPM_TOKEN}`. */
function expandEnv(v: string, env: Record<string, string | undefined>): string {
  return v.replace(/\$\{([^}]+)\}/g, (_, name: string) => env[name] ?? '');
}

/** The registry a package name resolves from: its scope's registry, else the default. */
export function toPackageRegistry(config: RegistryConfig, name: string): string {
  if (name.startsWith('@')) {
    const scope = name.slice(0, name.indexOf('/'));
    const r = config.scopes[scope];
    if (r) return r;
  }
  return config.registry;
}

/** The token for a URL: the longest `//host/path/` prefix that matches it. */
export function readToken(config: RegistryConfig, url: string): string | undefined {
  const u = new URL(url);
  const target = `//${u.host}${u.pathname}`;
  let best: string | undefined;
  let bestLen = -1;
  for (const [prefix, token] of config.tokens) {
    if (target.startsWith(prefix) && prefix.length > bestLen) {
      best = token;
      bestLen = prefix.length;
    }
  }
  return best;
}

const NPMJS_HOSTS = /^https?:\/\/registry\.(npmjs\.(org|com)|yarnpkg\.com)\//;

/**
 * The registry whose metadata verifies `name`: its scope's registry; else the
 * `attestationsRegistry` when set; else the lockfile's registry unless that is
 * registry.npmjs.org (npm replaces it with the configured one, `replace-registry-host`);
 * else the configured registry.
 */
export function toMetadataRegistry(config: RegistryConfig, name: string, lockfileRegistry?: string, attestationsRegistry?: string): string {
  const scoped = toPackageRegistry(config, name);
  if (scoped !== config.registry) return scoped;
  if (attestationsRegistry) return attestationsRegistry;
  const lock = lockfileRegistry ? toRegistryUrl(lockfileRegistry) : undefined;
  return lock && !NPMJS_HOSTS.test(lock) ? lock : config.registry;
}
