/**
 * Publish attestations signed by a non-npmjs registry's own key (served at
 * /-/npm/v1/keys), through the real Sigstore verification with test-CA bundles:
 * trusted on that registry (as npm's pacote does), never on registry.npmjs.org.
 */
import { tmpdir } from 'node:os';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyDependencies, type DependencyOptions } from '../../src/dependencies/verify.js';
import { createRegistryClient, type RegistryClient } from '../../src/registry/client.js';
import { readRegistryConfig } from '../../src/registry/npmrc.js';
import type { PackageVerification } from '../../src/types.js';
import { startFakeRegistry, type FakeRegistry } from '../support/fake-registry.js';
import { mintNpmAttestations, toTestNpmTrust } from '../support/npm-attestations.js';
import { aPackument, createTestRegistryKey, toIntegrity, toKeysBody } from '../support/npm-registry-data.js';
import { createTestInstance, type TestInstance } from '../support/test-ca/index.js';
import { aPackage } from './builders.js';

const signingKey = createTestRegistryKey();
const NAME = '@acme/lib';
const VERSION = '1.2.3';
const INTEGRITY = toIntegrity('lib bytes');
const SHA = Buffer.from(INTEGRITY.slice('sha512-'.length), 'base64').toString('hex');
let ca: TestInstance;
let reg: FakeRegistry;

beforeAll(async () => {
  ca = await createTestInstance();
});
beforeEach(async () => {
  reg = await startFakeRegistry();
  reg.packuments.set(NAME, aPackument(NAME, [{ name: NAME, version: VERSION, integrity: INTEGRITY, key: signingKey, repository: 'git+https://github.com/acme/lib.git', attestationsFrom: reg.url }]));
  reg.attestations.set(`${NAME}@${VERSION}`, mintNpmAttestations(ca, { name: NAME, version: VERSION, sha512Hex: SHA, repo: 'https://github.com/acme/lib' }));
  serveKeys();
});
afterEach(() => reg.close());

/** The registry serves its signing key and the key that signed the publish attestation. */
function serveKeys(attestationKeyExpires?: string): void {
  const [attKey] = toTestNpmTrust(ca).npmAttestationKeys;
  const body = toKeysBody([{ key: signingKey }]) as { keys: unknown[] };
  body.keys.push({ expires: attestationKeyExpires ?? null, keyid: attKey!.keyid, keytype: 'ecdsa-sha2-nistp256', scheme: 'ecdsa-sha2-nistp256', key: attKey!.key });
  reg.keys = body;
}

async function verify(over: Partial<DependencyOptions> = {}): Promise<PackageVerification> {
  const [r] = await verifyDependencies([aPackage({ name: NAME, version: VERSION, integrity: INTEGRITY })], {
    cwd: tmpdir(),
    env: {},
    registry: reg.url,
    // The test CA's root, and npm's own attestation key is some other key.
    trustedRootDocuments: [ca.trustedRoot],
    npmAttestationKeys: [{ keyid: 'SHA256:npm', key: createTestRegistryKey().publicKey }],
    http: { retries: 0, timeoutMs: 2000 },
    ...over,
  });
  return r!;
}

/** The fake registry's answers, but the client believes it is registry.npmjs.org. */
function asNpmjs(): RegistryClient {
  const inner = createRegistryClient({ config: readRegistryConfig({ cwd: tmpdir(), env: {}, registry: reg.url }) });
  return {
    readMetadataRegistry: () => 'https://registry.npmjs.org/',
    readPackument: (name) => inner.readPackument(name, reg.url),
    readKeys: () => inner.readKeys(reg.url),
    readAttestations: (name, version) => inner.readAttestations(name, version, reg.url),
    requestCount: inner.requestCount,
  };
}

describe('publish attestations signed by the registry key', () => {
  it('a private registry: its served key verifies its publish attestation → provenance verified', async () => {
    const r = await verify();
    expect(r.signature.status).toBe('verified');
    expect(r.provenance).toMatchObject({ status: 'verified', sourceRepo: 'https://github.com/acme/lib', workflow: 'acme/lib/.github/workflows/release.yml' });
  });

  it('registry.npmjs.org: a served key is not trusted for publish attestations (REGISTRY_KEY_UNKNOWN)', async () => {
    const r = await verify({ client: asNpmjs() });
    expect(r.signature.status).toBe('verified'); // registry signatures still use the served keys
    expect(r.provenance).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
  });

  it('a registry key that expired before the attestation was logged → invalid (REGISTRY_KEY_EXPIRED)', async () => {
    serveKeys('2025-01-01T00:00:00.000Z');
    const r = await verify();
    expect(r.provenance).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_EXPIRED' } });
  });

  it('a private registry serving no keys: its publish attestation is unverifiable (REGISTRY_KEY_UNKNOWN), never verified', async () => {
    reg.keys = undefined;
    const r = await verify();
    expect(r.provenance).toMatchObject({ status: 'unverifiable', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
    expect(r.provenance.reason?.message).toContain('serves no keys');
  });

  it('registry.npmjs.org serving no keys: an unknown attestation key stays invalid', async () => {
    reg.keys = undefined;
    const r = await verify({ client: asNpmjs() });
    expect(r.provenance).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
  });
});
