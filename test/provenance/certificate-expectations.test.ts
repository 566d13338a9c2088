import { describe, expect, it } from 'vitest';
import { checkCertificateExpectations, parseNpmPublishPredicate, parseStatement, type CertificateExpectations } from '../../src/provenance/index.js';
import { BUILD, toCert, toPayload } from './fixtures.js';

const REUSABLE = 'https://github.com/other-org/shared/.github/workflows/publish.yml@refs/tags/v3.0.0';
const OWN = `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@${BUILD.ref}`;

function codeOf(e: CertificateExpectations, cert = toCert({ signer: OWN })): string {
  try {
    checkCertificateExpectations(cert, e);
    return 'OK';
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('checkCertificateExpectations (gh attestation verify flags)', () => {
  it.each<[string, CertificateExpectations, string]>([
    ['nothing asked', {}, 'OK'],
    ['--owner', { owner: 'octo-org' }, 'OK'],
    ['--owner case-insensitive', { owner: 'Octo-Org' }, 'OK'],
    ['--owner other', { owner: 'evil' }, 'IDENTITY_MISMATCH'],
    ['--repo', { repo: 'octo-org/octo-repo' }, 'OK'],
    ['--repo other', { repo: 'octo-org/other' }, 'IDENTITY_MISMATCH'],
    ['--signer-workflow own', { signerWorkflow: `github.com/${BUILD.repo}/${BUILD.workflowPath}` }, 'OK'],
    ['--signer-workflow without host', { signerWorkflow: `${BUILD.repo}/${BUILD.workflowPath}` }, 'OK'],
    ['--signer-workflow prefix of a longer name', { signerWorkflow: `${BUILD.repo}/.github/workflows/rel` }, 'IDENTITY_MISMATCH'],
    ['--signer-repo', { signerRepo: BUILD.repo }, 'OK'],
    ['--signer-repo other', { signerRepo: 'other-org/shared' }, 'IDENTITY_MISMATCH'],
    ['--source-ref', { sourceRef: BUILD.ref }, 'OK'],
    ['--source-ref other', { sourceRef: 'refs/heads/main' }, 'IDENTITY_MISMATCH'],
    ['--source-digest', { sourceDigest: BUILD.commit }, 'OK'],
    ['--source-digest other', { sourceDigest: 'f'.repeat(40) }, 'IDENTITY_MISMATCH'],
    ['--signer-digest absent in cert', { signerDigest: 'f'.repeat(40) }, 'IDENTITY_MISMATCH'],
    ['--deny-self-hosted-runners on github-hosted', { denySelfHostedRunners: true }, 'OK'],
    ['--cert-oidc-issuer other', { issuer: 'https://accounts.google.com' }, 'IDENTITY_MISMATCH'],
  ])('%s → %s', (_n, e, code) => {
    expect(codeOf(e)).toBe(code);
  });

  it('--deny-self-hosted-runners rejects self-hosted and unknown runners', () => {
    expect(codeOf({ denySelfHostedRunners: true }, toCert({ signer: OWN, runner: 'self-hosted' }))).toBe('IDENTITY_MISMATCH');
    const noRunner = toCert({ signer: OWN });
    delete noRunner.extensions.runnerEnvironment;
    expect(codeOf({ denySelfHostedRunners: true }, noRunner)).toBe('IDENTITY_MISMATCH');
  });

  it('--owner/--repo imply a signer of that repository unless a signer flag says otherwise (gh)', () => {
    const cert = toCert({ signer: REUSABLE });
    expect(codeOf({ owner: 'octo-org' }, cert)).toBe('IDENTITY_MISMATCH');
    expect(codeOf({ repo: 'octo-org/octo-repo' }, cert)).toBe('IDENTITY_MISMATCH');
    expect(codeOf({ repo: 'octo-org/octo-repo', signerRepo: 'other-org/shared' }, cert)).toBe('OK');
    expect(codeOf({ owner: 'octo-org', signerWorkflow: 'github.com/other-org/shared/.github/workflows/publish.yml' }, cert)).toBe('OK');
    expect(codeOf({ owner: 'octo-org', sanPinned: true }, cert)).toBe('OK');
  });

  it('owner/repo flags default the issuer to GitHub Actions', () => {
    const cert = { ...toCert({ signer: OWN }), issuer: 'https://gitlab.com' };
    expect(codeOf({ owner: 'octo-org' }, cert)).toBe('IDENTITY_MISMATCH');
  });

  it('a key-signed bundle has no identity to check', () => {
    expect(() => checkCertificateExpectations(undefined, { owner: 'x' })).toThrow(expect.objectContaining({ code: 'IDENTITY_MISMATCH' }));
  });
});

describe('parseNpmPublishPredicate', () => {
  const statement = (predicate: unknown, predicateType = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1') =>
    parseStatement(toPayload({ _type: 'https://in-toto.io/Statement/v0.1', subject: [{ name: 'pkg:npm/a@1.0.0', digest: { sha512: 'AB' } }], predicateType, predicate }));
  it('reads name, version, registry and the subject', () => {
    expect(parseNpmPublishPredicate(statement({ name: 'a', version: '1.0.0', registry: 'https://registry.npmjs.org' }))).toEqual({
      name: 'a', version: '1.0.0', registry: 'https://registry.npmjs.org', subjectName: 'pkg:npm/a@1.0.0', sha512: 'ab',
    });
  });
  it('rejects another predicate type and missing fields', () => {
    expect(() => parseNpmPublishPredicate(statement({}, 'https://slsa.dev/provenance/v1'))).toThrow(expect.objectContaining({ code: 'PROVENANCE_PREDICATE_MISMATCH' }));
    expect(() => parseNpmPublishPredicate(statement({ name: 'a', version: '1.0.0' }))).toThrow(expect.objectContaining({ code: 'PROVENANCE_MALFORMED' }));
  });
});
