/**
 * pnpm's dependency paths, as pnpm's own `dependency-path` package writes them.
 *
 *   v9 keys:  `name@1.0.0`, `name@1.0.0(peer@2.0.0)(other@1.0.0)`, `name@https://…tgz`,
 *             `name@file:dir`, `name@git+https://…#sha`, `@scope/name@1.0.0`
 *   v6 keys:  `/name@1.0.0(peer@2.0.0)`, `/@scope/name@1.0.0`, `file:dir`,
 *             `host/owner/repo/sha` (git), `@host/path.tgz` or `host/path.tgz` (tarballs)
 *
 * A reference (the value in a `dependencies` map) is a version (`1.0.0(peer@2.0.0)`), an
 * alias target (`other@1.0.0`, v6: `/other@1.0.0`), `link:path` or a full key.
 */

/** `name@version(peers)` → [name, version(peers)]; the first `@` after position 0 splits. */
export function splitNameVersion(key: string): [string, string] | undefined {
  const at = key.indexOf('@', 1);
  if (at <= 0) return undefined;
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Drop peer / patch suffixes: `1.0.0(react@18.0.0)(patch_hash=x)` → `1.0.0`. */
export function stripPeerSuffix(key: string): string {
  // the name may start with '@' and contain '/', never '('; versions never contain '('
  const paren = key.indexOf('(');
  return paren < 0 ? key : key.slice(0, paren);
}

/** The patch hash in a key's suffix, if the package is patched (`(patch_hash=…)`). */
export function toPatchHash(key: string): string | undefined {
  const m = /\(patch_hash=([^)]+)\)/.exec(key);
  return m?.[1];
}

/** v9 (and pnpm ≥ 9 generally): the snapshot key a reference points to; undefined for `link:`. */
export function refToKeyV9(name: string, ref: string): string | undefined {
  if (ref.startsWith('link:')) return undefined;
  if (ref.startsWith('@')) return ref; // scoped alias target
  const at = ref.indexOf('@');
  if (at < 0) return `${name}@${ref}`;
  const colon = ref.indexOf(':');
  const paren = ref.indexOf('(');
  if ((colon < 0 || at < colon) && (paren < 0 || at < paren)) return ref; // alias: other@1.0.0
  return `${name}@${ref}`;
}

/** v6: the packages key a reference points to; undefined for `link:`. */
export function refToKeyV6(name: string, ref: string): string | undefined {
  if (ref.startsWith('link:')) return undefined;
  if (ref.startsWith('file:')) return ref;
  const slash = ref.indexOf('/');
  const paren = ref.indexOf('(');
  if (slash < 0 || (paren >= 0 && paren < slash)) return `/${name}@${ref}`;
  return ref;
}

/** v6 registry keys start with '/'; `/name@1.0.0(…)` → [name, 1.0.0]. */
export function parseKeyV6(key: string): [string, string] | undefined {
  if (!key.startsWith('/')) return undefined;
  return splitNameVersion(stripPeerSuffix(key.slice(1)));
}
