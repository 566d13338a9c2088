/** Git URIs and refs as SLSA provenance and Fulcio certificates write them. */

/**
 * `git+https://github.com/o/r@refs/heads/main` → `{ repository: 'github.com/o/r', ref: 'refs/heads/main' }`.
 * The repository is normalised (no scheme, no `.git`, no trailing slash) so the
 * forms users type (`github.com/o/r`, `https://github.com/o/r`) compare equal.
 */
export function parseGitUri(uri: string): { repository: string; ref?: string } {
  const bare = uri.trim().replace(/^git\+/, '').replace(/^[a-z]+:\/\//i, '');
  // The ref separator is the first '@' after the host (an '@' before it is user@host).
  const at = bare.indexOf('@', Math.max(0, bare.indexOf('/')));
  const base = at >= 0 ? bare.slice(0, at) : bare;
  const ref = at >= 0 ? bare.slice(at + 1) : '';
  return { repository: normalizeRepository(base), ref: ref === '' ? undefined : ref };
}

/** `git+https://github.com/o/r.git/` → `github.com/o/r`. */
export function normalizeRepository(uri: string): string {
  return uri
    .trim()
    .replace(/^git\+/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
}

/** `refs/tags/v1` → `v1`; undefined when the ref is not a tag. */
export function tagFromRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

/** `refs/heads/main` → `main`; undefined when the ref is not a branch. */
export function branchFromRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/**
 * A GitHub workflow identity (certificate SAN / builder id):
 * `https://github.com/o/r/.github/workflows/x.yml@refs/tags/v1` →
 * `{ name: 'https://github.com/o/r/.github/workflows/x.yml', repository: 'github.com/o/r', path: '.github/workflows/x.yml', ref }`.
 */
export function parseWorkflowIdentity(
  id: string,
): { name: string; ref?: string; repository?: string; path?: string } {
  const at = id.indexOf('@', id.indexOf('://') + 3);
  const name = at >= 0 ? id.slice(0, at) : id;
  const ref = at >= 0 ? id.slice(at + 1) : undefined;
  const m = /^https:\/\/([^/]+)\/([^/]+)\/([^/]+)\/(\.github\/workflows\/.+)$/.exec(name);
  if (!m) return { name, ref };
  return { name, ref, repository: `${m[1]}/${m[2]}/${m[3]}`, path: m[4] };
}
