/**
 * Interop: real npm registry data served by the fake registry — a real packument with
 * real registry signatures (has-package-exports), and real attestations (sigstore@1.0.0,
 * tuf-js@1.0.0, @playwright/cli@0.1.1) checked against the embedded public-good root
 * and npm keys, end to end through verifyDependencies.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyDependencies, type DependencyOptions } from '../../src/dependencies/verify.js';
import { startFakeRegistry, type FakeRegistry } from '../support/fake-registry.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';
import { aPackage } from './builders.js';

const readJson = (...p: string[]) => JSON.parse(readFileSync(realWorld(...p), 'utf8')) as Record<string, unknown>;

describeRealWorld('verifyDependencies on real registry data', () => {
  let reg: FakeRegistry;
  let sigCases: Array<{ id: string; name: string; version: string; integrity: string; keyid: string; sig: string }>;
  const options = (): DependencyOptions => ({ cwd: tmpdir(), env: {}, registry: reg.url, http: { retries: 0, timeoutMs: 2000 } });

  beforeAll(async () => {
    reg = await startFakeRegistry();
    reg.keys = readJson('npm/third-party-docs/npm-v1-keys.snapshot-2025-02-06.json');
    reg.packuments.set('has-package-exports', readJson('npm/npm-cli/packuments/has-package-exports.json'));
    sigCases = (readJson('npm-registry-signature-cases.json') as { cases: typeof sigCases }).cases;
    const attCases = (readJson('npm-attestation-cases.json') as { cases: Array<{ id: string; package: { name: string; version: string }; attestationsFile: string; integrity: string }> }).cases;
    const meta: Record<string, { repo: string; time: string; sig?: { keyid: string; sig: string } }> = {
      'sigstore@1.0.0': { repo: 'git+https://github.com/sigstore/sigstore-js.git', time: '2023-02-09T17:56:02.000Z' },
      'tuf-js@1.0.0': { repo: 'git+https://github.com/theupdateframework/tuf-js.git', time: '2023-02-09T18:00:00.000Z' },
      '@playwright/cli@0.1.1': { repo: 'git+https://github.com/microsoft/playwright-cli.git', time: '2026-02-14T23:28:50.000Z' },
    };
    for (const c of attCases.filter((x) => !x.id.includes('-vs-'))) {
      const id = `${c.package.name}@${c.package.version}`;
      const sig = sigCases.find((s) => s.name === c.package.name && s.version === c.package.version);
      reg.attestations.set(id, readJson('npm', c.attestationsFile));
      reg.packuments.set(c.package.name, {
        name: c.package.name,
        time: { [c.package.version]: meta[id]!.time },
        versions: {
          [c.package.version]: {
            name: c.package.name,
            version: c.package.version,
            repository: { type: 'git', url: meta[id]!.repo },
            dist: {
              integrity: c.integrity,
              ...(sig ? { signatures: [{ keyid: sig.keyid, sig: sig.sig }] } : {}),
              attestations: { url: `${reg.url}-/npm/v1/attestations/${id}`, provenance: { predicateType: 'https://slsa.dev/provenance/v1' } },
            },
          },
        },
      });
    }
  });
  afterAll(() => reg.close());

  it('verifies real registry signatures from a real packument (pre-rotation key, by publish time)', async () => {
    const versions = sigCases.filter((c) => c.name === 'has-package-exports');
    const pkgs = versions.map((c) => aPackage({ name: c.name, version: c.version, integrity: c.integrity, id: c.id }));
    const results = await verifyDependencies(pkgs, options());
    for (const r of results) {
      expect(r.signature).toEqual({ status: 'verified' });
      expect(r.integrity).toEqual({ status: 'verified' });
      expect(r.provenance.reason?.code).toBe('PROVENANCE_MISSING');
    }
  });

  it('verifies real npm attestations (SLSA v0.2 + v1, old and new npm keys) and their source', async () => {
    const pkgs = [
      aPackage({ name: 'sigstore', version: '1.0.0', integrity: 'sha512-e+qfbn/zf1+rCza/BhIA//Awmf0v1pa5HQS8Xk8iXrn9bgytytVLqYD0P7NSqZ6IELTgq+tcDvLPkQjNHyWLNg==' }),
      aPackage({ name: '@playwright/cli', version: '0.1.1', integrity: 'sha512-9k11ZfDwAfMVDDIuEVW1Wvs8SoDNXIY1dNQ+9C9/SS8ZmElkcxesu5eoL7vNa96ntibUGaq1TM2qQoqvdl/I9g==' }),
    ];
    const [sig, pw] = await verifyDependencies(pkgs, options());
    expect(sig!.signature.status).toBe('verified');
    expect(sig!.provenance).toMatchObject({
      status: 'verified',
      sourceRepo: 'https://github.com/sigstore/sigstore-js',
      sourceRef: 'refs/tags/v1.0.0',
      sourceCommit: '06528997c3c8ab9f864fad9a3658446aca7fd86d',
      builderId: 'https://github.com/npm/cli@9.4.2',
      predicateType: 'https://slsa.dev/provenance/v0.2',
    });
    expect(sig!.sourceConsistency).toEqual({ status: 'verified' });
    expect(pw!.provenance).toMatchObject({ status: 'verified', sourceRepo: 'https://github.com/microsoft/playwright-cli', runnerEnvironment: 'github-hosted' });
    expect(pw!.sourceConsistency).toEqual({ status: 'verified' });
  });

  it('rejects real attestations for a lockfile integrity of other bytes (PROVENANCE_SUBJECT_MISMATCH)', async () => {
    const tuf = aPackage({ name: 'tuf-js', version: '1.0.0', integrity: 'sha512-1dxsQwESDzACJjTdYHQ4wJ1f/of7jALWKfJEHSBWUQB/5UTJUx9SW6GHXp4mZ1KvdBRJCpGjssoPFGi4hvw8/A==' });
    const [ok] = await verifyDependencies([tuf], options());
    expect(ok!.provenance.status).toBe('verified');
    reg.attestations.set('tuf-js@1.0.0', readJson('npm/npm-cli/attestations/valid-sigstore-attestations.json'));
    const [swapped] = await verifyDependencies([tuf], options());
    expect(swapped!.provenance).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_SUBJECT_MISMATCH' } });
  });
});
