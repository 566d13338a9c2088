import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyDependencies, type DependencyOptions } from '../../src/dependencies/verify.js';
import type { Package, PackageVerification } from '../../src/types.js';
import { startFakeRegistry, type Fault, type FakeRegistry } from '../support/fake-registry.js';
import { aPackument, createTestRegistryKey, toIntegrity, toKeysBody, type VersionSpec } from '../support/npm-registry-data.js';
import { aPackage, aStubAttestationsBody, stubVerifier, type StubProvenanceSpec } from './builders.js';

const key = createTestRegistryKey();
let reg: FakeRegistry;

beforeEach(async () => {
  reg = await startFakeRegistry();
  reg.keys = toKeysBody([{ key }]);
});
afterEach(() => reg.close());

const hex = (sri: string) => Buffer.from(sri.slice('sha512-'.length), 'base64').toString('hex');

/** Publishes versions of one package; `attested` versions get stub attestations. */
function publish(name: string, versions: Array<Partial<VersionSpec> & { version: string; attested?: Partial<StubProvenanceSpec> }>): Package[] {
  const specs = versions.map((v) => ({
    name,
    integrity: toIntegrity(`${name}@${v.version}`),
    key,
    repository: `git+https://github.com/acme/${name.replace(/^@.*\//, '')}.git`,
    ...(v.attested ? { attestationsFrom: reg.url } : {}),
    ...v,
  }));
  reg.packuments.set(name, aPackument(name, specs));
  for (const s of specs) {
    if (s.attested) reg.attestations.set(`${name}@${s.version}`, aStubAttestationsBody({ name, version: s.version, sha512Hex: hex(s.integrity), ...s.attested }));
  }
  return specs.map((s) => aPackage({ name, version: s.version, integrity: s.integrity, id: `node_modules/${name}@${s.version}` }));
}

function options(over: Partial<DependencyOptions> = {}): DependencyOptions {
  return {
    cwd: tmpdir(),
    env: {},
    registry: reg.url,
    verifyAttestation: stubVerifier,
    http: { retries: 1, baseDelayMs: 1, maxDelayMs: 1000, timeoutMs: 300 },
    ...over,
  };
}

async function verifyOne(pkg: Package, over: Partial<DependencyOptions> = {}): Promise<PackageVerification> {
  const [r] = await verifyDependencies([pkg], options(over));
  return r!;
}

const statuses = (r: PackageVerification) => [r.signature.status, r.integrity.status, r.provenance.status];

describe('verifyDependencies — registry signature and integrity', () => {
  it('verifies a signed version without provenance and says provenance is missing', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0', scripts: { postinstall: 'node x.js' }, publishedAt: '2026-03-01T00:00:00.000Z' }]);
    const r = await verifyOne(pkg!);
    expect(r).toMatchObject({
      id: pkg!.id,
      signature: { status: 'verified' },
      integrity: { status: 'verified' },
      provenance: { status: 'missing', reason: { code: 'PROVENANCE_MISSING' } },
      sourceConsistency: { status: 'unverifiable', reason: { code: 'PROVENANCE_MISSING' } },
      publishedAt: '2026-03-01T00:00:00.000Z',
      hasInstallScript: true,
    });
  });

  it('fails a lockfile integrity the registry does not serve (REGISTRY_INTEGRITY_MISMATCH)', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0' }]);
    const r = await verifyOne({ ...pkg!, integrity: toIntegrity('other bytes') });
    expect(r.integrity).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_INTEGRITY_MISMATCH' } });
    expect(r.signature.status).toBe('verified'); // the registry's own entry is still correctly signed
  });

  it('fails a version the registry does not have (REGISTRY_VERSION_NOT_FOUND)', async () => {
    publish('left-pad', [{ version: '1.3.0' }]);
    const r = await verifyOne(aPackage({ name: 'left-pad', version: '9.9.9', integrity: toIntegrity('x') }));
    expect(r.integrity).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_VERSION_NOT_FOUND' } });
    const gone = await verifyOne(aPackage({ name: 'no-such-package', version: '1.0.0', integrity: toIntegrity('x') }));
    expect(gone.integrity.reason?.code).toBe('REGISTRY_VERSION_NOT_FOUND');
  });

  it('reports a tampered registry entry (wrong but well-formed data) as invalid', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0' }]);
    const doc = reg.packuments.get('left-pad') as { versions: Record<string, { dist: { integrity: string } }> };
    doc.versions['1.3.0']!.dist.integrity = toIntegrity('evil');
    const r = await verifyOne(pkg!);
    expect(r.signature).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_SIGNATURE_INVALID' } });
    expect(r.integrity.reason?.code).toBe('REGISTRY_INTEGRITY_MISMATCH');
  });

  it('rejects the valid entry of another package served under this name (signature replay)', async () => {
    const [right] = publish('right-pad', [{ version: '1.3.0' }]);
    const rightDoc = reg.packuments.get('right-pad') as { versions: Record<string, unknown> };
    reg.packuments.set('left-pad', { name: 'left-pad', versions: { '1.3.0': rightDoc.versions['1.3.0'] }, time: {} });
    const r = await verifyOne(aPackage({ name: 'left-pad', version: '1.3.0', integrity: right!.integrity }));
    expect(r.signature).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_SIGNATURE_INVALID' } });
  });

  it('marks non-registry and bundled packages unverifiable with the reason, without asking the registry', async () => {
    const pkgs = [
      aPackage({ name: 'g', version: '1.0.0', source: 'git', resolved: 'git+ssh://git@github.com/a/g.git#abc' }),
      aPackage({ name: 'f', version: '1.0.0', source: 'file', resolved: 'file:../f' }),
      aPackage({ name: 'l', version: '1.0.0', source: 'link' }),
      aPackage({ name: 't', version: '1.0.0', source: 'tarball', resolved: 'https://example.com/t.tgz' }),
      aPackage({ name: 'b', version: '1.0.0', bundled: true, integrity: toIntegrity('b') }),
    ];
    const results = await verifyDependencies(pkgs, options());
    expect(results.map((r) => r.signature.reason?.code)).toEqual([
      'PACKAGE_NOT_FROM_REGISTRY', 'PACKAGE_NOT_FROM_REGISTRY', 'PACKAGE_NOT_FROM_REGISTRY', 'PACKAGE_NOT_FROM_REGISTRY', 'PACKAGE_BUNDLED',
    ]);
    for (const r of results) expect(statuses(r)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
    expect(reg.requests).toHaveLength(0);
  });

  it('verifies each name@version once however many install paths it has', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0' }]);
    const twin = { ...pkg!, id: 'node_modules/a/node_modules/left-pad' };
    const results = await verifyDependencies([pkg!, twin], options());
    expect(results.map((r) => r.id)).toEqual([pkg!.id, twin.id]);
    expect(reg.requests.filter((r) => r.path === '/left-pad')).toHaveLength(1);
  });

  it('reports progress per registry version, ending at the total, before it returns', async () => {
    const pkgs = [...publish('left-pad', [{ version: '1.3.0' }, { version: '1.2.0' }]), ...publish('is-odd', [{ version: '3.0.1' }])];
    const twin = { ...pkgs[0]!, id: 'node_modules/a/node_modules/left-pad' };
    const seen: Array<[number, number]> = [];
    await verifyDependencies([...pkgs, twin], options({ onProgress: (done, total) => seen.push([done, total]) }));
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('verifyDependencies — every registry fault ends unverifiable, never verified', () => {
  const cases: Array<[string, Fault, string]> = [
    ['persistent 5xx', { match: '/left-pad', kind: 'status', status: 502 }, 'REGISTRY_UNREACHABLE'],
    ['429 with a long Retry-After', { match: '/left-pad', kind: 'rate-limit', retryAfter: '600' }, 'REGISTRY_UNREACHABLE'],
    ['slow beyond the timeout', { match: '/left-pad', kind: 'slow', delayMs: 1500 }, 'REGISTRY_UNREACHABLE'],
    ['connection reset', { match: '/left-pad', kind: 'reset' }, 'REGISTRY_UNREACHABLE'],
    ['truncated body', { match: '/left-pad', kind: 'truncate' }, 'REGISTRY_UNREACHABLE'],
    ['wrong body', { match: '/left-pad', kind: 'wrong-body', body: '<html>proxy error</html>' }, 'REGISTRY_BAD_RESPONSE'],
    ['a packument without versions', { match: '/left-pad', kind: 'wrong-body', body: '{"name":"left-pad"}' }, 'REGISTRY_BAD_RESPONSE'],
  ];
  for (const [what, fault, code] of cases) {
    it(`packument: ${what} → ${code}`, async () => {
      const [pkg] = publish('left-pad', [{ version: '1.3.0', attested: {} }]);
      reg.faults.push(fault);
      const r = await verifyOne(pkg!);
      expect(statuses(r)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
      expect(r.signature.reason?.code).toBe(code);
      expect(r.sourceConsistency?.status).toBe('unverifiable');
    });
  }

  for (const [what, fault, code] of cases.slice(0, 6)) {
    it(`attestations: ${what} → provenance ${code}, signature still verified`, async () => {
      const [pkg] = publish('left-pad', [{ version: '1.3.0', attested: {} }]);
      reg.faults.push({ ...fault, match: '/-/npm/v1/attestations/' });
      const r = await verifyOne(pkg!);
      expect(r.signature.status).toBe('verified');
      expect(r.provenance).toMatchObject({ status: 'unverifiable', reason: { code } });
    });
  }

  it('keys endpoint failing → embedded npm keys, which do not know the test key → unverifiable REGISTRY_KEY_UNKNOWN', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0' }]);
    reg.faults.push({ match: '/-/npm/v1/keys', kind: 'status', status: 500 });
    const r = await verifyOne(pkg!);
    expect(r.signature).toMatchObject({ status: 'unverifiable', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
  });

  it('keys endpoint serving other keys → invalid REGISTRY_KEY_UNKNOWN', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0' }]);
    reg.keys = toKeysBody([{ key: createTestRegistryKey() }]);
    expect((await verifyOne(pkg!)).signature).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_UNKNOWN' } });
  });

  it('recovers from transient faults (5xx, 429 Retry-After 0, reset) and verifies', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0' }]);
    reg.faults.push({ match: '/left-pad', kind: 'status', status: 503, times: 1 });
    reg.faults.push({ match: '/-/npm/v1/keys', kind: 'rate-limit', retryAfter: '0', times: 1 });
    const r = await verifyOne(pkg!, { http: { retries: 2, baseDelayMs: 1, timeoutMs: 1000 } });
    expect(r.signature.status).toBe('verified');
  });
});

describe('verifyDependencies — provenance, source consistency, regression', () => {
  it('verifies provenance and extracts the source facts', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0', attested: {} }]);
    const r = await verifyOne(pkg!);
    expect(r.provenance).toMatchObject({
      status: 'verified',
      sourceRepo: 'https://github.com/acme/left-pad',
      sourceRef: 'refs/tags/v1.3.0',
      sourceCommit: 'a'.repeat(40),
      workflow: 'acme/left-pad/.github/workflows/release.yml',
      runnerEnvironment: 'github-hosted',
      builderId: 'https://github.com/actions/runner/github-hosted',
      predicateType: 'https://slsa.dev/provenance/v1',
    });
    expect(r.sourceConsistency).toEqual({ status: 'verified' });
    expect(r.regression).toBeUndefined();
  });

  const bad: Array<[string, Partial<StubProvenanceSpec>, string]> = [
    ['a subject for another package', { subjectName: 'pkg:npm/right-pad@1.3.0' }, 'PROVENANCE_SUBJECT_MISMATCH'],
    ['a subject digest of other bytes', { sha512Hex: 'ab'.repeat(64) }, 'PROVENANCE_SUBJECT_MISMATCH'],
    ['no publish attestation', { omitPublish: true }, 'PROVENANCE_PUBLISH_ATTESTATION_MISSING'],
    ['a bundle whose signature fails', { failProvenance: 'BUNDLE_SIGNATURE_INVALID' }, 'BUNDLE_SIGNATURE_INVALID'],
    ['a bundle whose log entry fails', { failProvenance: 'BUNDLE_TLOG_INVALID' }, 'BUNDLE_TLOG_INVALID'],
  ];
  for (const [what, spec, code] of bad) {
    it(`rejects ${what} with ${code}`, async () => {
      const [pkg] = publish('left-pad', [{ version: '1.3.0', attested: spec }]);
      expect((await verifyOne(pkg!)).provenance).toMatchObject({ status: 'invalid', reason: { code } });
    });
  }

  it('reports provenance from another repository than the manifest declares (PROVENANCE_SOURCE_MISMATCH)', async () => {
    const [pkg] = publish('left-pad', [{ version: '1.3.0', attested: { repo: 'https://github.com/evil/left-pad' } }]);
    const r = await verifyOne(pkg!);
    expect(r.provenance.status).toBe('verified');
    expect(r.sourceConsistency).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_SOURCE_MISMATCH' } });
  });

  it('reports a version without provenance after one with it in the same major line', async () => {
    const pkgs = publish('left-pad', [{ version: '1.2.0', attested: {} }, { version: '1.3.0' }, { version: '2.0.0' }]);
    const [, v13, v2] = await verifyDependencies(pkgs, options());
    expect(v13!.regression).toMatchObject({ kind: 'missing', previousVersion: '1.2.0' });
    expect(v2!.regression).toBeUndefined(); // a new major line starts fresh
  });

  it('reports a changed source repository or workflow since the last provenance', async () => {
    const repoMoved = publish('left-pad', [
      { version: '1.2.0', attested: {} },
      { version: '1.3.0', attested: { repo: 'https://github.com/evil/left-pad' } },
    ]);
    expect((await verifyDependencies([repoMoved[1]!], options()))[0]!.regression).toMatchObject({ kind: 'source-changed', previousVersion: '1.2.0' });
    const wfMoved = publish('right-pad', [
      { version: '1.2.0', attested: {} },
      { version: '1.3.0', attested: { workflow: '.github/workflows/laptop.yml' } },
    ]);
    expect((await verifyDependencies([wfMoved[1]!], options()))[0]!.regression).toMatchObject({ kind: 'workflow-changed' });
  });

  it('says so when the previous provenance cannot be read for comparison', async () => {
    const pkgs = publish('left-pad', [{ version: '1.2.0', attested: {} }, { version: '1.3.0', attested: {} }]);
    reg.faults.push({ match: '/-/npm/v1/attestations/left-pad@1.2.0', kind: 'status', status: 500 });
    const [r] = await verifyDependencies([pkgs[1]!], options());
    expect(r!.regression).toBeUndefined();
    expect(r!.notComparable?.[0]).toMatch(/^regression .*REGISTRY_UNREACHABLE/);
  });
});

describe('verifyDependencies — cache and offline evidence', () => {
  it('answers a warm run from the cache without any request, and does not cache transient failures', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'pg-cache-'));
    const ok = publish('left-pad', [{ version: '1.3.0', attested: {} }]);
    const flaky = publish('flaky', [{ version: '1.0.0' }]);
    reg.faults.push({ match: '/flaky', kind: 'status', status: 500 });
    const cold = await verifyDependencies([...ok, ...flaky], options({ cacheDir }));
    const before = reg.requests.length;
    reg.faults.length = 0;
    const warm = await verifyDependencies(ok, options({ cacheDir }));
    expect(reg.requests.length).toBe(before);
    expect(warm[0]).toEqual(cold[0]);
    // Byte for byte, key order included: reports from a warm run do not differ.
    expect(JSON.stringify(warm[0])).toBe(JSON.stringify(cold[0]));
    const retried = await verifyDependencies(flaky, options({ cacheDir }));
    expect(retried[0]!.signature.status).toBe('verified');
  });

  it('records evidence online and reaches the same verdicts offline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-ev-'));
    const pkgs = [...publish('left-pad', [{ version: '1.2.0', attested: {} }, { version: '1.3.0', attested: {} }]), ...publish('plain', [{ version: '1.0.0' }])];
    const online = await verifyDependencies(pkgs, options({ recordEvidence: dir }));
    await reg.close();
    const offline = await verifyDependencies(pkgs, options({ offline: true, evidenceDir: dir }));
    expect(offline).toEqual(online);
    const missing = await verifyDependencies([aPackage({ name: 'unrecorded', version: '1.0.0', integrity: toIntegrity('u') })], options({ offline: true, evidenceDir: dir }));
    expect(missing[0]!.signature).toMatchObject({ status: 'unverifiable', reason: { code: 'REGISTRY_OFFLINE_NO_EVIDENCE' } });
    reg = await startFakeRegistry();
  });
});
