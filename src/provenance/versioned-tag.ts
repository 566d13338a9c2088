/**
 * slsa-verifier's `--source-versioned-tag`: the expected tag is a semver prefix.
 * `v1` matches v1.x.y, `v1.2` matches v1.2.y, `v1.2.3` only v1.2.3; a pre-release in
 * the expected tag must be equal; build metadata is ignored; missing parts of the
 * provenance tag count as 0 (v14 satisfies v14.0). Both must be `v`-semver
 * (Go's golang.org/x/mod/semver: `v1` and `v1.2` are valid shorthands).
 */
const GO_SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;

interface Parts {
  major: string;
  minor?: string;
  patch?: string;
  prerelease?: string;
}

function parse(tag: string): Parts | undefined {
  const m = GO_SEMVER.exec(tag);
  if (!m) return undefined;
  // Go's semver rejects a pre-release or build on a shorthand (v1-rc1): same here.
  if ((m[4] !== undefined || m[5] !== undefined) && m[3] === undefined) return undefined;
  return { major: m[1]!, minor: m[2], patch: m[3], prerelease: m[4] };
}

/** Undefined when `tag` satisfies `expected`, else a sentence saying why not. */
export function checkVersionedTag(tag: string, expected: string): string | undefined {
  const want = parse(expected);
  if (!want) return `--source-versioned-tag '${expected}' is not a semantic version (vX, vX.Y or vX.Y.Z)`;
  const got = parse(tag);
  if (!got) return `tag '${tag}' is not a semantic version`;
  if (got.major !== want.major) return `tag '${tag}' has major version ${got.major}, expected ${want.major}`;
  // Go's semver.Canonical: a missing minor or patch in the tag is 0 (v14 is v14.0.0).
  if (want.minor !== undefined && (got.minor ?? '0') !== want.minor) return `tag '${tag}' does not match '${expected}' (minor version)`;
  if (want.patch !== undefined && (got.patch ?? '0') !== want.patch) return `tag '${tag}' does not match '${expected}' (patch version)`;
  if (want.prerelease !== undefined && got.prerelease !== want.prerelease) return `tag '${tag}' does not match '${expected}' (pre-release)`;
  return undefined;
}
