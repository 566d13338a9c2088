/**
 * Which keys may sign a registry's publish attestations besides npm's own (built into
 * @sigstore/tuf): for registry.npmjs.org none, for any other registry the keys it serves.
 */
import type { RegistryClient } from '../registry/client.js';
import type { RegistryKey } from '../registry/types.js';

const NPM_HOSTS = new Set(['registry.npmjs.org', 'registry.npmjs.com']);

/** registry.npmjs.org (or .com), whose keys only ever come from @sigstore/tuf for attestations. */
export function isNpmHost(registry: string): boolean {
  return NPM_HOSTS.has(new URL(registry).hostname);
}

/**
 * A registry other than npmjs signs publish attestations with its own keys — the ones it
 * serves at /-/npm/v1/keys (or recorded as evidence); npm's pacote verifies them with
 * those. registry.npmjs.org's attestation key is only ever the one built into @sigstore/tuf
 * (undefined). `'none'`: another registry that serves no keys.
 */
export async function readAttestationKeys(registry: string, client: RegistryClient): Promise<RegistryKey[] | 'none' | undefined> {
  if (isNpmHost(registry)) return undefined;
  const set = await client.readKeys(registry); // never throws: unreachable → embedded
  return set.source === 'registry' ? set.keys : 'none';
}
