/** Provenance through the real Sigstore verification, with bundles minted by the test CA. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAttestationVerifier, type AttestationVerifier } from '../../src/dependencies/attestations.js';
import { verifyPackageProvenance } from '../../src/dependencies/provenance.js';
import { toAttestationEntries } from '../../src/registry/packument.js';
import { mintNpmAttestations, toTestNpmTrust, type NpmAttestationSpec } from '../support/npm-attestations.js';
import { createTestInstance, type TestInstance } from '../support/test-ca/index.js';

const SHA = 'cd'.repeat(64);
let ca: TestInstance;
let verify: AttestationVerifier;
const spec: NpmAttestationSpec = { name: '@acme/lib', version: '1.2.3', sha512Hex: SHA, repo: 'https://github.com/acme/lib' };
const subject = { name: spec.name, version: spec.version, sha512Hex: SHA };
const check = (body: unknown, v = verify) => verifyPackageProvenance(toAttestationEntries(body, 'test'), subject, v);

beforeAll(async () => {
  ca = await createTestInstance();
  verify = createAttestationVerifier(toTestNpmTrust(ca));
});

describe('npm provenance with test-CA bundles', () => {
  it('verifies provenance + publish attestation and reads the facts from the certificate', async () => {
    const r = await check(mintNpmAttestations(ca, spec));
    expect(r).toMatchObject({
      status: 'verified',
      sourceRepo: 'https://github.com/acme/lib',
      sourceRef: 'refs/tags/v1.2.3',
      workflow: 'acme/lib/.github/workflows/release.yml',
      runnerEnvironment: 'github-hosted',
      builderId: 'https://github.com/actions/runner/github-hosted',
      issuer: 'https://token.actions.githubusercontent.com',
    });
    expect(r.logIndex).toBeDefined();
  });

  it('rejects a tampered provenance signature', async () => {
    const body = mintNpmAttestations(ca, spec);
    const env = (body.attestations[1]!.bundle as { dsseEnvelope: { signatures: Array<{ sig: string }> } }).dsseEnvelope;
    const sig = Buffer.from(env.signatures[0]!.sig, 'base64');
    sig[sig.length - 1]! ^= 1;
    env.signatures[0]!.sig = sig.toString('base64');
    const r = await check(body);
    expect(r.status).toBe('invalid');
    expect(r.reason?.code).toMatch(/^BUNDLE_(SIGNATURE|TLOG)_INVALID$/);
  });

  it('rejects a statement that contradicts its certificate (PROVENANCE_CERTIFICATE_MISMATCH)', async () => {
    const r = await check(mintNpmAttestations(ca, { ...spec, certRepo: 'https://github.com/evil/lib' }));
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_CERTIFICATE_MISMATCH' } });
  });

  it('rejects a publish attestation not signed by the npm key (BUNDLE_SIGNATURE_INVALID)', async () => {
    const r = await check(mintNpmAttestations(ca, { ...spec, publishWithCertificate: true }));
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'BUNDLE_SIGNATURE_INVALID' } });
  });

  it('rejects a publish attestation logged after the npm key expired (REGISTRY_KEY_EXPIRED)', async () => {
    const expired = createAttestationVerifier(toTestNpmTrust(ca, { expires: '2025-01-29T00:00:00.000Z' }));
    const r = await check(mintNpmAttestations(ca, spec), expired);
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'REGISTRY_KEY_EXPIRED' } });
  });

  it('rejects bundles from a CA that is not trusted', async () => {
    const other = await createTestInstance({ organization: 'someone else' });
    const r = await check(mintNpmAttestations(other, spec));
    expect(r.status).toBe('invalid');
    // The publish attestation comes first; its key is not a trusted one.
    expect(r.reason?.code).toBe('REGISTRY_KEY_UNKNOWN');
    const provenanceOnly = mintNpmAttestations(other, spec).attestations.slice(1);
    const p = await check({ attestations: provenanceOnly });
    expect(p.status).toBe('invalid');
    expect(p.reason?.code).toMatch(/^BUNDLE_/);
  });

  it('rejects attestations for other bytes (PROVENANCE_SUBJECT_MISMATCH)', async () => {
    const r = await check(mintNpmAttestations(ca, { ...spec, sha512Hex: 'ef'.repeat(64) }));
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_SUBJECT_MISMATCH' } });
  });
});
