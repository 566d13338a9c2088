/**
 * npm registry signing keys. The registry serves them at `/-/npm/v1/keys`; the same
 * keys (with validity windows) ship in @sigstore/tuf's seeds as the TUF target
 * `registry.npmjs.org/keys.json`, which is the offline fallback.
 */
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import type { RegistryKey, RegistryKeySet } from './types.js';

export type NpmKeyUsage = 'npm:signatures' | 'npm:attestations';

interface TufKey {
  keyId?: unknown;
  keyUsage?: unknown;
  publicKey?: { rawBytes?: unknown; validFor?: { start?: unknown; end?: unknown } };
}

let embedded: Map<NpmKeyUsage, RegistryKey[]> | undefined;

/** The npm keys embedded in @sigstore/tuf (no network), for one usage. */
export function readEmbeddedNpmKeys(usage: NpmKeyUsage): RegistryKey[] {
  embedded ??= parseEmbedded();
  return embedded.get(usage) ?? [];
}

function parseEmbedded(): Map<NpmKeyUsage, RegistryKey[]> {
  const out = new Map<NpmKeyUsage, RegistryKey[]>();
  const repo = (seeds as Record<string, { targets?: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev'];
  const b64 = repo?.targets?.['registry.npmjs.org%2Fkeys.json'];
  if (!b64) return out;
  const doc = JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as { keys?: TufKey[] };
  for (const k of doc.keys ?? []) {
    const usage = k.keyUsage;
    if ((usage !== 'npm:signatures' && usage !== 'npm:attestations') || typeof k.keyId !== 'string') continue;
    if (typeof k.publicKey?.rawBytes !== 'string') continue;
    const start = k.publicKey.validFor?.start;
    const end = k.publicKey.validFor?.end;
    const list = out.get(usage) ?? [];
    list.push({
      keyid: k.keyId,
      key: k.publicKey.rawBytes,
      notBefore: typeof start === 'string' ? start : undefined,
      expires: typeof end === 'string' ? end : undefined,
    });
    out.set(usage, list);
  }
  return out;
}

/** PEM text of a key's base64 SPKI, for node:crypto and the Sigstore trust. */
export function toPem(key: RegistryKey): string {
  const lines = key.key.match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}

/**
 * The keys to verify with: what the registry served, else the npm keys embedded in
 * @sigstore/tuf — a mirror of registry.npmjs.org passes npm's signatures through.
 */
export function toKeySet(served: RegistryKey[] | undefined): RegistryKeySet {
  if (served && served.length > 0) return { keys: served, source: 'registry' };
  const embedded = readEmbeddedNpmKeys('npm:signatures');
  return embedded.length > 0 ? { keys: embedded, source: 'embedded' } : { keys: [], source: 'none' };
}
