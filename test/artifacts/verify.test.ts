/**
 * verifyArtifacts end to end with the test CA: discovery, JSON Lines, shared provenance,
 * sha512 subjects, digest-only artifacts, key-signed bundles, legacy envelopes, bad
 * input — each outcome with its reason code.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyArtifacts, type VerifyArtifactsOptions } from '../../src/artifacts/index.js';
import { loadTrust, type Trust } from '../../src/sigstore/index.js';
import { BUILD, toGenericV02, toGithubV1 } from '../provenance/fixtures.js';
import { mintStatement, sha256, sha512, testInstance } from './synthetic.js';

let trust: Trust;
let dir: string;
const DATA = Buffer.from('the artifact bytes\n');
const OTHER = Buffer.from('another artifact\n');
const OWN_SIGNER = `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@${BUILD.ref}`;

beforeAll(async () => {
  const ca = await testInstance();
  trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot], keyPems: [ca.managedKeyPem] });
});

function fresh(): string {
  dir = mkdtempSync(join(tmpdir(), 'pg-art-'));
  writeFileSync(join(dir, 'app.tgz'), DATA);
  writeFileSync(join(dir, 'other.tgz'), OTHER);
  return dir;
}

function options(over: Partial<VerifyArtifactsOptions> = {}): VerifyArtifactsOptions {
  return { cwd: dir, trust, ...over };
}

const subjectsOf = (...items: Array<[string, Buffer]>) => items.map(([name, d]) => ({ name, digest: { sha256: sha256(d) } }));

describe('verifyArtifacts: evidence beside the file', () => {
  it.each(['.sigstore.json', '.sigstore', '.bundle', '.intoto.jsonl'])('finds <file>%s and verifies SLSA provenance', async (suffix) => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, subjectsOf(['app.tgz', DATA])));
    writeFileSync(join(dir, `app.tgz${suffix}`), json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options({ provenance: { sourceUri: 'github.com/octo-org/octo-repo' } }));
    expect(r).toMatchObject({
      subject: 'app.tgz',
      status: 'verified',
      evidence: `app.tgz${suffix}`,
      digest: { algorithm: 'sha256', hex: sha256(DATA) },
      facts: {
        builderId: BUILD.signer,
        sourceRepo: 'https://github.com/octo-org/octo-repo',
        sourceRef: BUILD.ref,
        sourceCommit: BUILD.commit,
        predicateType: 'https://slsa.dev/provenance/v0.2',
        buildType: 'https://github.com/slsa-framework/slsa-github-generator/generic@v1',
        signerIdentity: BUILD.signer,
        issuer: 'https://token.actions.githubusercontent.com',
      },
    });
    expect(r!.facts.logTime).toMatch(/^2025-06-01T/);
  });

  it('finds a `gh attestation download` file (sha256:<hex>.jsonl), also for a digest-only artifact', async () => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, subjectsOf(['app.tgz', DATA])));
    writeFileSync(join(dir, `sha256:${sha256(DATA)}.jsonl`), `${json}\n`);
    const [byFile, byDigest] = await verifyArtifacts([{ path: 'app.tgz' }, { digest: { algorithm: 'sha256', hex: sha256(DATA) } }], options());
    expect(byFile).toMatchObject({ status: 'verified', evidence: `sha256:${sha256(DATA)}.jsonl` });
    expect(byDigest).toMatchObject({ status: 'verified', evidence: `sha256:${sha256(DATA)}.jsonl` });
  });

  it('no evidence → missing, BUNDLE_NOT_FOUND', async () => {
    fresh();
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'missing', reason: { code: 'BUNDLE_NOT_FOUND' } });
  });

  it('JSON Lines: any bundle that verifies and matches counts', async () => {
    fresh();
    const forOther = await mintStatement(toGithubV1({ signer: OWN_SIGNER }, subjectsOf(['other.tgz', OTHER])), { signer: OWN_SIGNER });
    const forged = await mintStatement(toGithubV1({ signer: OWN_SIGNER, repo: 'evil/repo' }, subjectsOf(['app.tgz', DATA])), { signer: OWN_SIGNER });
    const good = await mintStatement(toGithubV1({ signer: OWN_SIGNER }, subjectsOf(['app.tgz', DATA])), { signer: OWN_SIGNER });
    writeFileSync(join(dir, 'app.tgz.intoto.jsonl'), [forOther.json, forged.json, good.json].join('\n'));
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options({ certificate: { repo: 'octo-org/octo-repo' } }));
    expect(r).toMatchObject({ status: 'verified', evidence: 'app.tgz.intoto.jsonl:3' });
  });

  it('JSON Lines without a good bundle reports the most telling failure', async () => {
    fresh();
    const forOther = await mintStatement(toGithubV1({ signer: OWN_SIGNER }, subjectsOf(['other.tgz', OTHER])), { signer: OWN_SIGNER });
    const forged = await mintStatement(toGithubV1({ signer: OWN_SIGNER, repo: 'evil/repo' }, subjectsOf(['app.tgz', DATA])), { signer: OWN_SIGNER });
    writeFileSync(join(dir, 'app.tgz.intoto.jsonl'), `${forOther.json}\n${forged.json}\n`);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_CERTIFICATE_MISMATCH' }, evidence: 'app.tgz.intoto.jsonl:2' });
  });

  it('shared multi-subject provenance covers every subject it lists', async () => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, subjectsOf(['app.tgz', DATA], ['other.tgz', OTHER])));
    writeFileSync(join(dir, 'multiple.intoto.jsonl'), json);
    writeFileSync(join(dir, 'third.bin'), 'not listed');
    const rs = await verifyArtifacts([{ path: 'app.tgz' }, { path: 'other.tgz' }, { path: 'third.bin' }], options());
    expect(rs.map((r) => [r.status, r.evidence ?? r.reason?.code])).toEqual([
      ['verified', 'multiple.intoto.jsonl'],
      ['verified', 'multiple.intoto.jsonl'],
      ['missing', 'BUNDLE_NOT_FOUND'],
    ]);
  });

  it('sha512 subjects are matched', async () => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, [{ name: 'app.tgz', digest: { sha512: sha512(DATA) } } as never]));
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options({ digestAlgorithm: 'sha512' }));
    expect(r).toMatchObject({ status: 'verified', digest: { algorithm: 'sha512', hex: sha512(DATA) } });
  });

  it.each(['0.1', '0.2', '0.3'] as const)('bundle v%s', async (version) => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, subjectsOf(['app.tgz', DATA])), {}, version);
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r!.status).toBe('verified');
  });
});

describe('verifyArtifacts: rejections carry the reason code', () => {
  it.each<[string, (b: Record<string, any>) => void, string]>([
    ['DSSE signature altered', (b) => { b.dsseEnvelope.signatures[0].sig = Buffer.alloc(70, 1).toString('base64'); }, 'BUNDLE_'],
    ['payload swapped after signing', (b) => {
      const s = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
      s.predicate.invocation.configSource.uri = 'git+https://github.com/evil/repo@refs/tags/v1.2.3';
      b.dsseEnvelope.payload = Buffer.from(JSON.stringify(s)).toString('base64');
    }, 'BUNDLE_'],
    ['certificate removed', (b) => { delete b.verificationMaterial.certificate; }, 'BUNDLE_MALFORMED'],
    ['unknown media type', (b) => { b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=9.9'; }, 'BUNDLE_UNSUPPORTED'],
    ['transparency log entry removed', (b) => { b.verificationMaterial.tlogEntries = []; }, 'BUNDLE_'],
  ])('%s → %s…', async (_n, mutate, prefix) => {
    fresh();
    const { bundle } = await mintStatement(toGenericV02({}, subjectsOf(['app.tgz', DATA])));
    const copy = structuredClone(bundle);
    mutate(copy);
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), JSON.stringify(copy));
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r!.status).toBe('invalid');
    expect(r!.reason!.code.startsWith(prefix)).toBe(true);
  });

  it('a bundle for another artifact → PROVENANCE_SUBJECT_MISMATCH', async () => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, subjectsOf(['other.tgz', OTHER])));
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'invalid' });
    expect(['PROVENANCE_SUBJECT_MISMATCH', 'ARTIFACT_DIGEST_MISMATCH']).toContain(r!.reason!.code);
  });

  it('a statement that disagrees with its certificate → PROVENANCE_CERTIFICATE_MISMATCH', async () => {
    fresh();
    const { json } = await mintStatement(toGenericV02({ repo: 'evil/repo' }, subjectsOf(['app.tgz', DATA])));
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_CERTIFICATE_MISMATCH' } });
  });

  it('malformed JSON evidence → BUNDLE_MALFORMED naming the file and line', async () => {
    fresh();
    writeFileSync(join(dir, 'app.tgz.intoto.jsonl'), '{"mediaType": "x"}\n{broken\n');
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'BUNDLE_MALFORMED' }, evidence: 'app.tgz.intoto.jsonl' });
    expect(r!.reason!.message).toMatch(/invalid JSON/);
  });

  it('an unreadable artifact → INPUT_NOT_FOUND', async () => {
    fresh();
    const [r] = await verifyArtifacts([{ path: 'nope.tgz' }], options());
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'INPUT_NOT_FOUND' } });
  });

  it('a legacy slsa-github-generator envelope → unverifiable, PROVENANCE_UNVERIFIABLE_OFFLINE', async () => {
    fresh();
    const payload = Buffer.from(JSON.stringify(toGenericV02({}, subjectsOf(['app.tgz', DATA])))).toString('base64');
    writeFileSync(join(dir, 'app.tgz.intoto.jsonl'), JSON.stringify({ payloadType: 'application/vnd.in-toto+json', payload, signatures: [{ keyid: '', sig: 'AA==', cert: '-----BEGIN CERTIFICATE-----' }] }));
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'unverifiable', reason: { code: 'PROVENANCE_UNVERIFIABLE_OFFLINE' } });
  });

  it('a signature without any expected signer → IDENTITY_MISMATCH', async () => {
    fresh();
    const ca = await testInstance();
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), ca.signMessage(DATA).json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options());
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'IDENTITY_MISMATCH' } });
    const [ok] = await verifyArtifacts([{ path: 'app.tgz' }], options({ identity: { subjectAlternativeName: ca.defaults.san, issuer: ca.defaults.issuer } }));
    expect(ok).toMatchObject({ status: 'verified', facts: { signerIdentity: ca.defaults.san } });
  });

  it('build flags on a plain signature → PROVENANCE_PREDICATE_MISMATCH', async () => {
    fresh();
    const ca = await testInstance();
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), ca.signMessage(DATA).json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options({ identity: { sanRegex: '.*' }, provenance: { sourceUri: 'github.com/octo-org/octo-repo' } }));
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_PREDICATE_MISMATCH' } });
  });
});

describe('verifyArtifacts: other subjects and signers', () => {
  it('a digest-only artifact with an explicit bundle', async () => {
    fresh();
    const { json } = await mintStatement(toGenericV02({}, subjectsOf(['app.tgz', DATA])));
    writeFileSync(join(dir, 'prov.json'), json);
    const [r] = await verifyArtifacts([{ digest: { algorithm: 'sha256', hex: sha256(DATA) } }], options({ bundles: ['prov.json'] }));
    expect(r).toMatchObject({ subject: `sha256:${sha256(DATA)}`, status: 'verified', evidence: 'prov.json' });
  });

  it('a key-signed message bundle with the key pinned', async () => {
    fresh();
    const ca = await testInstance();
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), ca.signMessage(DATA, { withKey: true }).json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options({ keyPinned: true }));
    expect(r).toMatchObject({ status: 'verified' });
    expect(r!.facts.signerIdentity).toMatch(/^key/);
  });

  it('signature mode (--cert-identity only) accepts a DSSE statement whatever its predicate', async () => {
    fresh();
    const ca = await testInstance();
    const statement = { _type: 'https://in-toto.io/Statement/v1', subject: subjectsOf(['app.tgz', DATA]), predicateType: 'https://example.com/custom', predicate: {} };
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), ca.signDsse('application/vnd.in-toto+json', JSON.stringify(statement)).json);
    const identity = { subjectAlternativeName: ca.defaults.san, issuer: ca.defaults.issuer };
    const [sig] = await verifyArtifacts([{ path: 'app.tgz' }], options({ identity }));
    expect(sig).toMatchObject({ status: 'verified', facts: { predicateType: 'https://example.com/custom' } });
    const [prov] = await verifyArtifacts([{ path: 'app.tgz' }], options({ identity, provenance: { sourceUri: 'github.com/octo-org/octo-repo' } }));
    expect(prov).toMatchObject({ status: 'invalid', reason: { code: 'PROVENANCE_PREDICATE_MISMATCH' } });
    const [custom] = await verifyArtifacts([{ path: 'app.tgz' }], options({ identity, provenance: { predicateTypes: ['https://example.com/custom'] } }));
    expect(custom).toMatchObject({ status: 'verified' });
  });

  it('--cert-identity-regex is anchored', async () => {
    fresh();
    const ca = await testInstance();
    writeFileSync(join(dir, 'app.tgz.sigstore.json'), ca.signMessage(DATA).json);
    const [r] = await verifyArtifacts([{ path: 'app.tgz' }], options({ identity: { sanRegex: 'octo-org/octo-repo' } }));
    expect(r).toMatchObject({ status: 'invalid', reason: { code: 'IDENTITY_MISMATCH' } });
  });
});
