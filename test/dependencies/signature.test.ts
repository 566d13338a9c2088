import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifyRegistrySignature } from '../../src/dependencies/signature.js';
import { readEmbeddedNpmKeys } from '../../src/registry/keys.js';
import type { RegistryKeySet, VersionManifest } from '../../src/registry/types.js';
import { createTestRegistryKey, signRegistryEntry, toIntegrity } from '../support/npm-registry-data.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';

const OLD_KEY = 'SHA256:jl3bwswu80PjjokCgh0o2w5c2U4LhQAE57gj9cz1kzA';
const NEW_KEY = 'SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U';

function aManifest(over: Partial<VersionManifest> = {}): VersionManifest {
  return { name: 'left-pad', version: '1.3.0', integrity: toIntegrity('left-pad'), signatures: [], hasInstallScript: false, ...over };
}

describe('verifyRegistrySignature (synthetic registry key)', () => {
  const key = createTestRegistryKey();
  const keys: RegistryKeySet = { keys: [{ keyid: key.keyid, key: key.publicKey }], source: 'registry' };
  const m = aManifest();
  const signed = { ...m, signatures: [signRegistryEntry(key, m.name, m.version, m.integrity!)] };

  it('verifies a signature over name@version:integrity', () => {
    expect(verifyRegistrySignature(signed, keys, '2026-01-01T00:00:00Z', false)).toEqual({ status: 'verified' });
  });
  it('rejects a signature replayed onto another version with REGISTRY_SIGNATURE_INVALID', () => {
    const r = verifyRegistrySignature({ ...signed, version: '1.3.1' }, keys, undefined, false);
    expect(r.status).toBe('invalid');
    expect(r.reason?.code).toBe('REGISTRY_SIGNATURE_INVALID');
  });
  it('rejects an undecodable signature with REGISTRY_SIGNATURE_INVALID', () => {
    const r = verifyRegistrySignature({ ...m, signatures: [{ keyid: key.keyid, sig: 'bogus' }] }, keys, undefined, false);
    expect(r.reason?.code).toBe('REGISTRY_SIGNATURE_INVALID');
  });
  it('rejects a keyid the registry does not list with REGISTRY_KEY_UNKNOWN (invalid)', () => {
    const other = createTestRegistryKey();
    const r = verifyRegistrySignature({ ...m, signatures: [signRegistryEntry(other, m.name, m.version, m.integrity!)] }, keys, undefined, false);
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
  });
  it('reports an unknown key against the embedded fallback as unverifiable', () => {
    const r = verifyRegistrySignature(signed, { keys: readEmbeddedNpmKeys('npm:signatures'), source: 'embedded' }, undefined, false);
    expect(r).toMatchObject({ status: 'unverifiable', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
  });
  it('reports a missing signature as missing when the registry has keys', () => {
    expect(verifyRegistrySignature(m, keys, undefined, false)).toMatchObject({ status: 'missing', reason: { code: 'REGISTRY_SIGNATURE_MISSING' } });
  });
  it('reports no signature on a keyless private registry as unverifiable REGISTRY_NO_KEYS', () => {
    const r = verifyRegistrySignature(m, { keys: readEmbeddedNpmKeys('npm:signatures'), source: 'embedded' }, undefined, false);
    expect(r).toMatchObject({ status: 'unverifiable', reason: { code: 'REGISTRY_NO_KEYS' } });
  });
  it('reports no signature on registry.npmjs.org (embedded keys) as missing', () => {
    const r = verifyRegistrySignature(m, { keys: readEmbeddedNpmKeys('npm:signatures'), source: 'embedded' }, undefined, true);
    expect(r.status).toBe('missing');
  });
  it('rejects a signature made after the key expired with REGISTRY_KEY_EXPIRED', () => {
    const expiring: RegistryKeySet = { keys: [{ keyid: key.keyid, key: key.publicKey, expires: '2025-01-29T00:00:00.000Z' }], source: 'registry' };
    expect(verifyRegistrySignature(signed, expiring, '2025-01-28T23:59:59Z', false).status).toBe('verified');
    expect(verifyRegistrySignature(signed, expiring, '2025-01-29T00:00:01Z', false)).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_EXPIRED' } });
    expect(verifyRegistrySignature(signed, expiring, undefined, false)).toMatchObject({ status: 'unverifiable', reason: { code: 'REGISTRY_KEY_EXPIRED' } });
  });
});

interface SigCase {
  id: string;
  name: string;
  version: string;
  integrity: string;
  keyid: string;
  sig: string;
  publishTime?: string;
  expected: 'valid' | 'invalid';
}

describeRealWorld('verifyRegistrySignature on real npm registry signatures', () => {
  const data = JSON.parse(readFileSync(realWorld('npm-registry-signature-cases.json'), 'utf8')) as { cases: SigCase[] };
  const snapshot = JSON.parse(readFileSync(realWorld('npm/third-party-docs/npm-v1-keys.snapshot-2025-02-06.json'), 'utf8')) as {
    keys: Array<{ keyid: string; key: string; expires: string | null }>;
  };
  const served: RegistryKeySet = { keys: snapshot.keys.map((k) => ({ keyid: k.keyid, key: k.key, expires: k.expires ?? undefined })), source: 'registry' };
  const embedded: RegistryKeySet = { keys: readEmbeddedNpmKeys('npm:signatures'), source: 'embedded' };
  const toManifest = (c: SigCase): VersionManifest =>
    aManifest({ name: c.name, version: c.version, integrity: c.integrity, signatures: [{ keyid: c.keyid, sig: c.sig }] });

  for (const c of data.cases) {
    it(`${c.id}: ${c.expected} with the registry's keys and with the embedded keys`, () => {
      // Cases without a publish time predate the 2025 rotation (npm/cli fixtures from 2023).
      const published = c.publishTime ?? '2023-06-01T00:00:00.000Z';
      for (const keys of [served, embedded]) {
        const r = verifyRegistrySignature(toManifest(c), keys, published, true);
        if (c.expected === 'valid') expect(r).toEqual({ status: 'verified' });
        else expect(r).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_SIGNATURE_INVALID' } });
      }
    });
  }

  it('January 2025 rotation: an old-key signature dated after 2025-01-29 is invalid (REGISTRY_KEY_EXPIRED)', () => {
    const c = data.cases.find((x) => x.id === 'pk-has-package-exports@1.3.0')!;
    for (const keys of [served, embedded]) {
      expect(verifyRegistrySignature(toManifest(c), keys, '2025-01-28T12:00:00.000Z', true).status).toBe('verified');
      expect(verifyRegistrySignature(toManifest(c), keys, '2025-02-01T00:00:00.000Z', true)).toMatchObject({
        status: 'invalid',
        reason: { code: 'REGISTRY_KEY_EXPIRED' },
      });
    }
  });

  it('January 2025 rotation: a new-key signature verifies with the new key', () => {
    // derived-wrong-keyid is a real new-key signature relabelled with the old keyid.
    const c = data.cases.find((x) => x.id === 'derived-wrong-keyid')!;
    const real = { ...toManifest(c), signatures: [{ keyid: NEW_KEY, sig: c.sig }] };
    expect(verifyRegistrySignature(real, served, '2026-04-01T00:00:00.000Z', true)).toEqual({ status: 'verified' });
    expect(verifyRegistrySignature(real, embedded, '2026-04-01T00:00:00.000Z', true)).toEqual({ status: 'verified' });
    // TUF says the new key is valid from 2025-01-13: a signature claiming an earlier publish is not accepted.
    expect(verifyRegistrySignature(real, embedded, '2024-06-01T00:00:00.000Z', true).reason?.code).toBe('REGISTRY_KEY_EXPIRED');
    expect(OLD_KEY).not.toBe(NEW_KEY);
  });
});
