/** The attestation worker pool, bundled the way dist/ ships it (pool + attestation-worker.js side by side). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toBuildOptions } from '../../scripts/build-options.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { verifyDependencies } from '../../src/dependencies/verify.js';
import type { createPooledAttestationVerifier as PoolFactory } from '../../src/dependencies/worker-pool.js';
import { startFakeRegistry } from '../support/fake-registry.js';
import { aPackument, createTestRegistryKey, toIntegrity, toKeysBody } from '../support/npm-registry-data.js';
import { aPackage } from './builders.js';
import { mintNpmAttestations, toTestNpmTrust } from '../support/npm-attestations.js';
import { createTestInstance, type TestInstance } from '../support/test-ca/index.js';

let ca: TestInstance;
let createPool: typeof PoolFactory;
let bundledVerify: typeof verifyDependencies;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pg-pool-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  // Bundled like dist/ (shared chunks, the worker beside them), so the test exercises what ships.
  await build({
    ...toBuildOptions(dir, { pool: 'src/dependencies/worker-pool.ts', verify: 'src/dependencies/verify.ts', 'attestation-worker': 'src/dependencies/attestation-worker.ts' }),
    logLevel: 'warning',
  });
  createPool = ((await import(pathToFileURL(join(dir, 'pool.js')).href)) as { createPooledAttestationVerifier: typeof PoolFactory }).createPooledAttestationVerifier;
  bundledVerify = ((await import(pathToFileURL(join(dir, 'verify.js')).href)) as { verifyDependencies: typeof verifyDependencies }).verifyDependencies;
  ca = await createTestInstance();
});

describe('attestation worker pool', () => {
  it('verifies in worker threads and returns the same facts', async () => {
    const pool = await createPool(toTestNpmTrust(ca), 2);
    try {
      const body = mintNpmAttestations(ca, { name: 'a', version: '1.0.0', sha512Hex: 'ab'.repeat(64), repo: 'https://github.com/o/a' });
      const results = await Promise.all(body.attestations.map((a, i) => pool.verify(a.bundle, `bundle ${i}`)));
      expect(results[0]!.statement.predicateType).toBe('https://github.com/npm/attestation/tree/main/specs/publish/v0.1');
      expect(results[1]!.certificate?.extensions.sourceRepositoryURI).toBe('https://github.com/o/a');
      expect(results[1]!.certificate?.notBefore).toBeInstanceOf(Date);
    } finally {
      await pool.close();
    }
  });

  it('checks a whole package in the worker: verified with facts, or invalid with the reason code', async () => {
    const pool = await createPool(toTestNpmTrust(ca), 1);
    try {
      const sha512Hex = 'cd'.repeat(64);
      const body = mintNpmAttestations(ca, { name: 'b', version: '2.0.0', sha512Hex, repo: 'https://github.com/o/b' });
      const ok = await pool.verifyProvenance(body.attestations, { name: 'b', version: '2.0.0', sha512Hex });
      expect(ok).toMatchObject({ status: 'verified', sourceRepo: 'https://github.com/o/b', workflow: 'o/b/.github/workflows/release.yml' });
      const other = await pool.verifyProvenance(body.attestations, { name: 'b', version: '2.0.0', sha512Hex: 'ef'.repeat(64) });
      expect(other).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_SUBJECT_MISMATCH' } });
      // No npm key at all: the registry's keys (passed per package) are what verifies the publish attestation.
      const unknown = await createPool({ trustedRootDocuments: [ca.trustedRoot], npmAttestationKeys: [] }, 1);
      try {
        expect(await unknown.verifyProvenance(body.attestations, { name: 'b', version: '2.0.0', sha512Hex })).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
        expect(await unknown.verifyProvenance(body.attestations, { name: 'b', version: '2.0.0', sha512Hex }, toTestNpmTrust(ca).npmAttestationKeys)).toMatchObject({ status: 'verified' });
      } finally {
        await unknown.close();
      }
    } finally {
      await pool.close();
    }
  });

  it('turns a failed verification into a GateError with its code', async () => {
    const pool = await createPool(toTestNpmTrust(ca), 1);
    try {
      const err = (await pool.verify({ mediaType: 'nonsense' }, 'bad bundle').catch((e: unknown) => e)) as { name: string; code: string };
      expect(err.name).toBe('GateError');
      expect(err.code).toMatch(/^BUNDLE_(MALFORMED|UNSUPPORTED)$/);
    } finally {
      await pool.close();
    }
  });
});

describe('verifyDependencies with the worker (as bundled)', () => {
  it('verifies provenance through the worker while options carry functions (log)', async () => {
    const reg = await startFakeRegistry();
    try {
      const key = createTestRegistryKey();
      reg.keys = toKeysBody([{ key }]);
      const integrity = toIntegrity('w');
      const hex = Buffer.from(integrity.slice(7), 'base64').toString('hex');
      reg.packuments.set('w', aPackument('w', [{ name: 'w', version: '1.0.0', integrity, key, attestationsFrom: reg.url, repository: 'git+https://github.com/o/w.git' }]));
      reg.attestations.set('w@1.0.0', mintNpmAttestations(ca, { name: 'w', version: '1.0.0', sha512Hex: hex, repo: 'https://github.com/o/w' }));
      const lines: string[] = [];
      const [r] = await bundledVerify([aPackage({ name: 'w', version: '1.0.0', integrity })], {
        cwd: tmpdir(),
        env: {},
        registry: reg.url,
        ...toTestNpmTrust(ca),
        log: (l) => void lines.push(l),
      });
      expect(r!.provenance).toMatchObject({ status: 'verified', sourceRepo: 'https://github.com/o/w' });
      expect(r!.sourceConsistency).toEqual({ status: 'verified' });
      expect(lines.join('\n')).toContain('dependencies:');
    } finally {
      await reg.close();
    }
  });
});
