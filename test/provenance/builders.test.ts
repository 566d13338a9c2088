/**
 * classifyBuildType: which statements' builder id must equal the signing workflow.
 * npm CLI provenance (v0.2 `npm/cli/gha@v0` naming `npm/cli@9.4.2`; v1 naming GitHub's
 * runner) names the tool the repository's workflow ran, so it is compared with nothing;
 * real sigstore@1.0.0 / tuf-js@1.0.0 attestations cross-check with their certificates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProvenanceAgainstCertificate, classifyBuildType, parseStatement, toSlsaProvenance } from '../../src/provenance/index.js';
import { readCertificateFacts } from '../../src/sigstore/index.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';

const WF = 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows';

describe('classifyBuildType', () => {
  it('npm CLI build types name the runner, whatever the builder id', () => {
    expect(classifyBuildType('https://github.com/npm/cli/gha@v0', 'https://github.com/npm/cli@9.4.2')).toBe('runner');
    expect(classifyBuildType('https://github.com/npm/cli/gha@v1', 'https://github.com/npm/cli@10.1.0')).toBe('runner');
    expect(classifyBuildType('https://github.com/npm/cli/gha/v2', 'https://github.com/actions/runner')).toBe('runner');
    expect(classifyBuildType('https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1', 'https://github.com/actions/runner/github-hosted')).toBe('runner');
  });

  it('an npm CLI builder id under a reusable-workflow build type is compared with the signer', () => {
    expect(classifyBuildType('https://github.com/slsa-framework/slsa-github-generator/generic@v1', 'https://github.com/npm/cli@9.4.2')).toBe('signer-is-builder');
    expect(classifyBuildType('https://github.com/slsa-framework/slsa-github-generator/generic@v1', `${WF}/generator_generic_slsa3.yml@refs/tags/v1.9.0`)).toBe('signer-is-builder');
  });

  it('BYOB delegators are delegated', () => {
    expect(classifyBuildType('https://github.com/slsa-framework/slsa-github-generator/delegator-generic@v0', 'https://github.com/o/r/.github/workflows/tool.yml@refs/tags/v1.0.0')).toBe('delegated');
  });
});

interface Attestation {
  predicateType: string;
  bundle: { dsseEnvelope: { payload: string }; verificationMaterial: { x509CertificateChain?: { certificates: Array<{ rawBytes: string }> }; certificate?: { rawBytes: string } } };
}

describeRealWorld('real npm CLI v0.2 provenance (sigstore@1.0.0, tuf-js@1.0.0)', () => {
  const files = ['valid-sigstore-attestations.json', 'valid-tuf-js-attestations.json'];
  it.each(files)('%s: gha@v0 names npm/cli@9.4.2, classified as runner, cross-checks with its certificate', (file) => {
    const body = JSON.parse(readFileSync(realWorld('npm/npm-cli/attestations', file), 'utf8')) as { attestations: Attestation[] };
    const att = body.attestations.find((a) => a.predicateType === 'https://slsa.dev/provenance/v0.2')!;
    const vm = att.bundle.verificationMaterial;
    const cert = readCertificateFacts(Buffer.from(vm.certificate?.rawBytes ?? vm.x509CertificateChain!.certificates[0]!.rawBytes, 'base64'));
    const prov = toSlsaProvenance(parseStatement(Buffer.from(att.bundle.dsseEnvelope.payload, 'base64')));
    expect(prov.buildType).toBe('https://github.com/npm/cli/gha@v0');
    expect(prov.builderId).toBe('https://github.com/npm/cli@9.4.2');
    expect(classifyBuildType(prov.buildType, prov.builderId)).toBe('runner');
    expect(() => checkProvenanceAgainstCertificate(prov, cert)).not.toThrow();
    // The same builder under a signer-is-builder build type must match the signer — it does not.
    const asReusable = { ...prov, buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1' };
    expect(() => checkProvenanceAgainstCertificate(asReusable, cert)).toThrow(expect.objectContaining({ code: 'PROVENANCE_CERTIFICATE_MISMATCH' }));
  });
});
