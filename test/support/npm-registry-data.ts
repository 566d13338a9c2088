/**
 * Builders for fake-registry data: a test registry signing key (P-256, npm's keyid
 * format), registry signatures over `${name}@${version}:${integrity}`, version
 * manifests and packuments with overridable fields.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

export interface TestRegistryKey {
  keyid: string;
  privateKey: KeyObject;
  /** Base64 SPKI DER, as /-/npm/v1/keys serves it. */
  publicKey: string;
  /** PEM of the public key. */
  pem: string;
}

/** A fresh P-256 key; keyid = `SHA256:` + unpadded base64 of sha256(SPKI), like npm's. */
export function createTestRegistryKey(): TestRegistryKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const keyid = `SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`;
  return { keyid, privateKey, publicKey: der.toString('base64'), pem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** The body of `/-/npm/v1/keys` for these keys. */
export function toKeysBody(keys: Array<{ key: TestRegistryKey; expires?: string | null }>): unknown {
  return {
    keys: keys.map(({ key, expires }) => ({
      expires: expires ?? null,
      keyid: key.keyid,
      keytype: 'ecdsa-sha2-nistp256',
      scheme: 'ecdsa-sha2-nistp256',
      key: key.publicKey,
    })),
  };
}

export function signRegistryEntry(key: TestRegistryKey, name: string, version: string, integrity: string): { keyid: string; sig: string } {
  const sig = sign('sha256', Buffer.from(`${name}@${version}:${integrity}`), key.privateKey).toString('base64');
  return { keyid: key.keyid, sig };
}

/** `sha512-…` SRI of some bytes. */
export function toIntegrity(data: Buffer | string): string {
  return `sha512-${createHash('sha512').update(data).digest('base64')}`;
}

export interface VersionSpec {
  name: string;
  version: string;
  integrity: string;
  /** Signing key; omit for an unsigned version. */
  key?: TestRegistryKey;
  /** Replace the computed signatures (bad, foreign, empty). */
  signatures?: Array<{ keyid: string; sig: string }>;
  /** Registry base URL: sets dist.attestations.url to it. */
  attestationsFrom?: string;
  repository?: string;
  scripts?: Record<string, string>;
  publishedAt?: string;
}

/** One version manifest as the registry serves it. */
export function aVersionManifest(spec: VersionSpec): Record<string, unknown> {
  const signatures = spec.signatures ?? (spec.key ? [signRegistryEntry(spec.key, spec.name, spec.version, spec.integrity)] : undefined);
  const path = spec.name.startsWith('@') ? `@${encodeURIComponent(spec.name.slice(1))}` : spec.name;
  return {
    name: spec.name,
    version: spec.version,
    ...(spec.repository ? { repository: { type: 'git', url: spec.repository } } : {}),
    ...(spec.scripts ? { scripts: spec.scripts } : {}),
    dist: {
      integrity: spec.integrity,
      tarball: `http://registry.invalid/${spec.name}/-/${spec.name.split('/').pop()}-${spec.version}.tgz`,
      ...(signatures ? { signatures } : {}),
      ...(spec.attestationsFrom
        ? {
            attestations: {
              url: `${spec.attestationsFrom}-/npm/v1/attestations/${path}@${spec.version}`,
              provenance: { predicateType: 'https://slsa.dev/provenance/v1' },
            },
          }
        : {}),
    },
  };
}

/** A packument holding the given versions (publish times default to 2026-01-0N). */
export function aPackument(name: string, versions: VersionSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const time: Record<string, string> = {};
  versions.forEach((v, i) => {
    out[v.version] = aVersionManifest(v);
    time[v.version] = v.publishedAt ?? new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
  });
  return { _id: name, name, 'dist-tags': { latest: versions.at(-1)?.version }, versions: out, time };
}
