/**
 * The small pattern languages a policy uses, parsed once and shared by loading (to reject
 * bad input with a position) and evaluation (to match):
 * - package specs `name@range` (`left-pad@^1.3.0`, `@scope/pkg@~2.1.0`, or a bare name glob);
 * - identifier globs for names, repositories, workflows, refs and builder ids:
 *   `*` matches within one `/`-separated segment, `**` matches anything;
 * - artifact path globs (picomatch), which must stay inside the workspace.
 */
import picomatch from 'picomatch';
import semver from 'semver';

export interface PackageSpec {
  /** Name glob, e.g. `left-pad`, `@myorg/*`. */
  name: string;
  /** semver range; undefined = every version. */
  range?: string;
}

/** Splits `name@range` at the last `@` that is not the scope's leading one. */
export function parsePackageSpec(spec: string): PackageSpec | { error: string } {
  const at = spec.lastIndexOf('@');
  const name = at > 0 ? spec.slice(0, at) : spec;
  const range = at > 0 ? spec.slice(at + 1).trim() : undefined;
  if (!/^(@[^\s@/]+\/)?[^\s@/]+$/.test(name)) {
    return { error: `expected a package name (or glob) like left-pad or @scope/pkg, optionally @<semver range>; got "${spec}"` };
  }
  if (range !== undefined && (range === '' || semver.validRange(range) === null)) {
    return { error: `expected a semver range after "${name}@"; got "${range}"` };
  }
  return range === undefined ? { name } : { name, range };
}

const globCache = new Map<string, RegExp>();

/** Converts an identifier glob to an anchored RegExp (cached: policies reuse few patterns). */
export function toGlobRegExp(glob: string): RegExp {
  let re = globCache.get(glob);
  if (!re) {
    const body = glob
      .split('**')
      .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
      .join('.*');
    re = new RegExp(`^${body}$`);
    globCache.set(glob, re);
  }
  return re;
}

export function matchesGlob(value: string, glob: string): boolean {
  return toGlobRegExp(glob).test(value);
}

const rangeCache = new Map<string, semver.Range>();

/** True when `name@version` satisfies the spec (prereleases only by explicit range, as npm does). */
export function matchesPackageSpec(name: string, version: string, spec: PackageSpec): boolean {
  if (!matchesGlob(name, spec.name)) return false;
  if (spec.range === undefined) return true;
  let range = rangeCache.get(spec.range);
  if (!range) {
    range = new semver.Range(spec.range);
    rangeCache.set(spec.range, range);
  }
  return semver.valid(version) !== null && range.test(version);
}

/** Why a workspace-relative path glob is unusable, or undefined when it is fine. */
export function checkWorkspaceGlob(glob: string): string | undefined {
  const unified = glob.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) {
    return `expected a path relative to the workspace; got the absolute path "${glob}"`;
  }
  if (unified.split('/').includes('..')) {
    return `expected a path inside the workspace; "${glob}" escapes it with ".."`;
  }
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch (e) {
    return `expected a valid glob; "${glob}": ${(e as Error).message}`;
  }
  return undefined;
}

/** File glob match for artifact subjects (leading `./` ignored on both sides). */
export function matchesPathGlob(path: string, glob: string): boolean {
  const strip = (s: string) => s.replace(/\\/g, '/').replace(/^\.\//, '');
  return picomatch.isMatch(strip(path), strip(glob), { dot: true });
}
