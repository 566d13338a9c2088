/**
 * Check 1 — the npm registry signature: ECDSA P-256 / SHA-256 over
 * `${name}@${version}:${integrity}` (dist.signatures), verified with the registry's
 * keys. A key only vouches for versions published before it expired (the January 2025
 * rotation retired SHA256:jl3b… on 2025-01-29), so the publish time decides.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { RegistryKey, RegistryKeySet, VersionManifest } from '../registry/types.js';
import type { CheckResult } from '../types.js';
import { fail } from './reasons.js';

const keyObjects = new Map<string, KeyObject | null>();

function toKeyObject(key: RegistryKey): KeyObject | null {
  let k = keyObjects.get(key.key);
  if (k === undefined) {
    try {
      k = createPublicKey({ key: Buffer.from(key.key, 'base64'), format: 'der', type: 'spki' });
    } catch {
      k = null; // a malformed served key verifies nothing
    }
    keyObjects.set(key.key, k);
  }
  return k;
}

/** Whether `sig` (base64 DER) is a valid signature of `message` under `key`. */
export function checkEcdsaSignature(key: RegistryKey, message: string, sig: string): boolean {
  const k = toKeyObject(key);
  if (!k) return false;
  try {
    return verify('sha256', Buffer.from(message), k, Buffer.from(sig, 'base64'));
  } catch {
    return false; // undecodable signature ("bogus") is simply not valid
  }
}

/**
 * `keySet` — the registry's keys (or the embedded fallback); `publishedAt` — the
 * packument's `time[version]`; `npmHost` — true when the registry is (a mirror of)
 * registry.npmjs.org, where every version is signed.
 */
export function verifyRegistrySignature(
  m: VersionManifest,
  keySet: RegistryKeySet,
  publishedAt: string | undefined,
  npmHost: boolean,
): CheckResult {
  if (m.signatures.length === 0) {
    if (keySet.source === 'registry' || (keySet.source === 'embedded' && npmHost)) {
      return fail('missing', 'REGISTRY_SIGNATURE_MISSING', `${m.name}@${m.version} carries no registry signature although the registry signs versions`);
    }
    return fail('unverifiable', 'REGISTRY_NO_KEYS', 'the registry publishes no signing keys and the version carries no signature');
  }
  const message = `${m.name}@${m.version}:${m.integrity ?? ''}`;
  const published = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  let expired: RegistryKey | undefined;
  let badWithKnownKey = false;
  for (const s of m.signatures) {
    const key = keySet.keys.find((k) => k.keyid === s.keyid);
    if (!key) continue;
    if (!m.integrity || !checkEcdsaSignature(key, message, s.sig)) {
      badWithKnownKey = true;
      continue;
    }
    if (!isWithinValidity(key, published)) {
      expired = key;
      continue;
    }
    return { status: 'verified' };
  }
  if (expired) {
    const when = `${expired.notBefore ?? '…'} – ${expired.expires ?? '…'}`;
    if (Number.isNaN(published)) {
      return fail('unverifiable', 'REGISTRY_KEY_EXPIRED', `key ${expired.keyid} is only valid ${when} and the packument states no publish time`);
    }
    return fail('invalid', 'REGISTRY_KEY_EXPIRED', `signed by key ${expired.keyid}, valid ${when}, but published ${publishedAt}`);
  }
  if (badWithKnownKey) {
    return fail('invalid', 'REGISTRY_SIGNATURE_INVALID', `the registry signature does not match ${message.slice(0, 120)}`);
  }
  const ids = m.signatures.map((s) => s.keyid).join(', ');
  // A key the registry itself does not list is a forgery signal; an unknown key against the
  // embedded fallback may just be a private registry's own key we were never given.
  return keySet.source === 'registry'
    ? fail('invalid', 'REGISTRY_KEY_UNKNOWN', `signed with ${ids}, which the registry's key list does not contain`)
    : fail('unverifiable', 'REGISTRY_KEY_UNKNOWN', `signed with ${ids}, which is not a known npm registry key`);
}

function isWithinValidity(key: RegistryKey, published: number): boolean {
  if (key.expires) {
    if (Number.isNaN(published) || published > Date.parse(key.expires)) return false;
  }
  if (key.notBefore && !Number.isNaN(published) && published < Date.parse(key.notBefore)) return false;
  return true;
}
