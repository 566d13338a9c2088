/**
 * Check 2 — the lockfile's `integrity` against the registry's `dist.integrity`
 * (and `dist.shasum` for sha1-only lockfiles). npm never compares them: a lockfile
 * that names other bytes than the registry signed is `invalid`.
 */
import type { VersionManifest } from '../registry/types.js';
import type { CheckResult } from '../types.js';
import { fail } from './reasons.js';

/** SRI string → algorithm → base64 digests (`sha512-abc= sha1-def=`). */
export function parseSri(sri: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const part of (sri ?? '').trim().split(/\s+/)) {
    const m = /^(sha1|sha256|sha384|sha512)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(part);
    if (!m) continue;
    const set = out.get(m[1]!) ?? new Set<string>();
    set.add(m[2]!);
    out.set(m[1]!, set);
  }
  return out;
}

/** The registry's digests: dist.integrity plus dist.shasum (hex sha1 → base64). */
function readRegistryDigests(m: VersionManifest): Map<string, Set<string>> {
  const out = parseSri(m.integrity);
  if (m.shasum && /^[0-9a-f]{40}$/i.test(m.shasum)) {
    const set = out.get('sha1') ?? new Set<string>();
    set.add(Buffer.from(m.shasum, 'hex').toString('base64'));
    out.set('sha1', set);
  }
  return out;
}

export function checkIntegrity(lockIntegrity: string | undefined, m: VersionManifest): CheckResult {
  const lock = parseSri(lockIntegrity);
  if (lock.size === 0) return fail('unverifiable', 'PACKAGE_NO_INTEGRITY', 'the lockfile records no integrity for this package');
  const registry = readRegistryDigests(m);
  if (registry.size === 0) return fail('unverifiable', 'REGISTRY_BAD_RESPONSE', 'the registry states no integrity for this version');
  let matched = false;
  for (const [alg, digests] of lock) {
    const theirs = registry.get(alg);
    if (!theirs) continue;
    // Every digest the lockfile records for a shared algorithm must be the registry's.
    for (const d of digests) {
      if (!theirs.has(d)) {
        return fail('invalid', 'REGISTRY_INTEGRITY_MISMATCH', `lockfile ${alg}-${d.slice(0, 16)}… but the registry serves ${alg}-${[...theirs][0]?.slice(0, 16)}…`);
      }
    }
    matched = true;
  }
  if (!matched) {
    return fail('unverifiable', 'PACKAGE_NO_INTEGRITY', `no hash algorithm in common (lockfile: ${[...lock.keys()].join(', ')}; registry: ${[...registry.keys()].join(', ')})`);
  }
  return { status: 'verified' };
}

/** The lower-case hex sha512 to bind provenance to: the lockfile's, else the registry's. */
export function toSha512Hex(lockIntegrity: string | undefined, m: VersionManifest): string | undefined {
  const pick = (sri: string | undefined) => [...(parseSri(sri).get('sha512') ?? [])][0];
  const b64 = pick(lockIntegrity) ?? pick(m.integrity);
  return b64 ? Buffer.from(b64, 'base64').toString('hex') : undefined;
}
