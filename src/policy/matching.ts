/**
 * Matching facts against policy patterns: package selections (scope/include/exclude),
 * repositories, workflows and builder ids, each normalized first so `github.com/o/r`,
 * `https://github.com/o/r` and `git+https://github.com/O/R.git` are the same repository.
 */
import { matchesGlob, matchesPackageSpec, parsePackageSpec } from '../config/patterns.js';
import type { Selection } from '../config/types.js';
import type { DependencySubject } from './model.js';

/** True when the name@version matches a package spec (`name-glob` or `name-glob@range`). */
export function matchesSpec(name: string, version: string, spec: string): boolean {
  let parsed = specCache.get(spec);
  if (!parsed) {
    parsed = parsePackageSpec(spec);
    specCache.set(spec, parsed);
  }
  return !('error' in parsed) && matchesPackageSpec(name, version, parsed);
}

// Policies hold few specs and evaluation checks each against every package: parse once.
const specCache = new Map<string, ReturnType<typeof parsePackageSpec>>();

export function isSelected(s: DependencySubject, sel: Selection): boolean {
  if (sel.scope === 'prod' && s.dev) return false;
  if (sel.scope === 'dev' && !s.dev) return false;
  if (sel.include.length > 0 && !sel.include.some((p) => matchesSpec(s.name, s.version, p))) return false;
  return !sel.exclude.some((p) => matchesSpec(s.name, s.version, p));
}

/** `git+https://github.com/O/R.git` → `github.com/o/r` (hosts and GitHub paths are case-insensitive). */
export function toRepoKey(repo: string): string {
  return repo
    .trim()
    .replace(/^git\+/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^git@([^:]+):/, '$1/')
    .replace(/^[^@/]+@/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .toLowerCase();
}

export function matchesRepo(repo: string | undefined, patterns: string[]): boolean {
  if (repo === undefined) return false;
  const key = toRepoKey(repo);
  return patterns.some((p) => matchesGlob(key, toRepoKey(p)));
}

/**
 * `https://github.com/o/r/.github/workflows/x.yml@refs/tags/v1` → `o/r/.github/workflows/x.yml`.
 * A bare `.github/workflows/x.yml` (SLSA v1 `workflow.path`) is qualified with the source repo.
 */
export function toWorkflowKey(workflow: string, sourceRepo?: string): string {
  let w = workflow.trim().replace(/@.*$/, '').replace(/^[a-z]+:\/\//i, '').replace(/^\/+/, '');
  w = w.replace(/^github\.com\//i, '');
  if (w.startsWith('.github/') && sourceRepo) w = `${toRepoKey(sourceRepo).replace(/^github\.com\//, '')}/${w}`;
  return w.toLowerCase();
}

export function matchesWorkflow(workflow: string | undefined, patterns: string[], sourceRepo?: string): boolean {
  if (workflow === undefined) return false;
  const key = toWorkflowKey(workflow, sourceRepo);
  return patterns.some((p) => matchesGlob(key, toWorkflowKey(p)));
}

/** slsa-verifier semantics: a pattern without `@` accepts any version of that builder. */
export function matchesBuilder(builderId: string | undefined, patterns: string[]): boolean {
  if (builderId === undefined) return false;
  return patterns.some((p) => {
    const url = p.replace(/^[a-z]+:\/\//i, '');
    const hasVersion = url.includes('@');
    return matchesGlob(hasVersion ? builderId : builderId.replace(/@.*$/, ''), p);
  });
}
