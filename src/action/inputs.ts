/**
 * Action inputs → RunOptions, as a pure function of the inputs and the environment so it
 * is tested without a runner. Inputs that the policy file also sets (`mode`) are only
 * passed on when given, so the policy stays the single source of truth; bad values fail
 * with a USAGE error that names the input.
 */
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { GateError } from '../errors.js';
import type { RunOptions } from '../types.js';
import { DEFAULT_REGISTRY_CONCURRENCY } from '../registry/client.js';

/** Reads one input by its action.yml name ('' when not set), like core.getInput. */
export type GetInput = (name: string) => string;

export interface InputContext {
  /** Fallback workspace when GITHUB_WORKSPACE is not set (local runs). */
  cwd: string;
  now: Date;
  log: (line: string) => void;
}

export const DEFAULT_CONCURRENCY = DEFAULT_REGISTRY_CONCURRENCY;

export function toRunOptions(getInput: GetInput, env: Record<string, string | undefined>, context: InputContext): RunOptions {
  const cwd = env.GITHUB_WORKSPACE || context.cwd;
  // Paths from inputs stay inside the workspace (or the runner's temp folder, where
  // reports and caches usually go): a reusable workflow must not be talked into reading
  // or writing elsewhere on the runner.
  const roots = [cwd, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])];
  const inside = (name: string, value: string) => toInsidePath(name, value, cwd, roots);
  const path = (name: string) => {
    const v = getInput(name).trim();
    return v === '' ? undefined : inside(name, v);
  };
  // Reports go to the runner's temp folder unless a path is given: outside the checkout,
  // so they never end up in a commit or a later step's `git status`.
  const outDir = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'provenance-gate') : join(cwd, '.provenance-gate');
  return {
    cwd,
    policyFile: path('policy'),
    lockfiles: toList(getInput('lockfiles')).map((p) => inside('lockfiles', p)),
    artifacts: toList(getInput('artifacts')),
    // Every report is written so the outputs always name files upload steps can use.
    sbomFile: path('sbom-file') ?? join(outDir, 'sbom.cdx.json'),
    jsonFile: path('report-file') ?? join(outDir, 'report.json'),
    sarifFile: path('sarif-file') ?? join(outDir, 'report.sarif'),
    registry: toUrl('registry', getInput('registry')),
    attestationsRegistry: toUrl('attestations-registry', getInput('attestations-registry')),
    offline: toBoolean('offline', getInput('offline')),
    evidenceDir: path('evidence-dir'),
    cacheDir: path('cache-dir'),
    trustedRoots: toList(getInput('trusted-roots')).map((p) => inside('trusted-roots', p)),
    concurrency: toConcurrency(getInput('concurrency')),
    mode: toMode(getInput('mode')),
    githubToken: getInput('github-token').trim() || env.GITHUB_TOKEN || undefined,
    // actions/setup-node writes NODE_AUTH_TOKEN into .npmrc; NPM_TOKEN is the other common name.
    npmToken: env.NODE_AUTH_TOKEN || env.NPM_TOKEN || undefined,
    now: context.now,
    env,
    log: context.log,
  };
}

/**
 * The values to mask in logs. Read straight from the inputs and the environment, not from
 * RunOptions, so they are masked even when another input is invalid and mapping fails.
 */
export function toSecrets(getInput: GetInput, env: Record<string, string | undefined>): string[] {
  const values = [getInput('github-token').trim(), env.GITHUB_TOKEN, env.NODE_AUTH_TOKEN, env.NPM_TOKEN];
  return [...new Set(values.filter((s): s is string => typeof s === 'string' && s.length > 0))];
}

/** Newline- or comma-separated list; blank entries and `#` comments dropped. */
export function toList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

// The YAML 1.2 core-schema spellings, as core.getBooleanInput accepts them.
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);

function toBoolean(name: string, raw: string): boolean {
  const value = raw.trim();
  if (value === '' || FALSE.has(value)) return false;
  if (TRUE.has(value)) return true;
  throw usage(name, `must be true or false, got '${value}'`);
}

function toConcurrency(raw: string): number {
  const value = raw.trim();
  if (value === '') return DEFAULT_CONCURRENCY;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw usage('concurrency', `must be an integer from 1 to 256, got '${value}'`);
  return n;
}

function toMode(raw: string): RunOptions['mode'] {
  const value = raw.trim();
  if (value === '') return undefined;
  if (value === 'enforce' || value === 'audit') return value;
  throw usage('mode', `must be enforce or audit, got '${value}'`);
}

function toUrl(name: string, raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usage(name, `must be an http(s) URL, got '${value}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw usage(name, `must be an http(s) URL, got '${value}'`);
  // Credentials in a URL would end up in logs and reports; tokens have their own inputs.
  if (url.username || url.password) throw usage(name, 'must not contain credentials; pass tokens through github-token or NODE_AUTH_TOKEN');
  return value;
}

/** `value` resolved against the workspace, if it stays under one of `roots` (also through symlinks). */
function toInsidePath(input: string, value: string, cwd: string, roots: string[]): string {
  const abs = resolve(cwd, value);
  const under = (p: string, root: string) => {
    const rel = relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const ok = roots.some((r) => under(abs, r)) && (!existsSync(abs) || roots.some((r) => under(real(abs), real(r))));
  if (!ok) {
    throw new GateError('INPUT_OUTSIDE_WORKSPACE', `input '${input}' names ${value}, which is outside the workspace`, {
      fix: `Use a path inside the workspace (or under RUNNER_TEMP) for '${input}'.`,
    });
  }
  return abs;
}

function usage(input: string, problem: string): GateError {
  return new GateError('USAGE', `input '${input}' ${problem}`, { fix: `Fix the '${input}' input in the workflow step (see action.yml).` });
}

