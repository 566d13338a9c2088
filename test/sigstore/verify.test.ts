/** Happy paths of the verification core on bundles minted by the local test CA. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { digestData, digestFile, loadTrust, parseBundle, parseDigest, verifyBundle, type Trust } from '../../src/sigstore/index.js';
import { IN_MEMORY_LIMIT } from '../../src/sigstore/artifact.js';
import { createTestInstance, IN_TOTO, toStatement, type TestInstance } from '../support/test-ca/index.js';

const DATA = Buffer.from('hello provenance\n');
const SHA256 = digestData(DATA, 'sha256');

let ca: TestInstance;
let trust: Trust;
beforeAll(async () => {
  ca = await createTestInstance();
  trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot] });
});

async function rejects(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ACCEPTED';
  } catch (e) {
    if (e instanceof GateError) return e.code;
    throw e;
  }
}

describe('message signatures', () => {
  it.each(['0.1', '0.2', '0.3'] as const)('bundle v%s verifies against the bytes and reports its facts', async (version) => {
    const v = await verifyBundle(trust, parseBundle(ca.signMessage(DATA, { version }).json), { data: DATA });
    expect(v).toMatchObject({
      content: 'message',
      messageDigest: SHA256,
      artifactBound: true,
      logTime: '2025-06-01T12:00:02.000Z',
      certificate: { subjectAlternativeName: ca.defaults.san, issuer: ca.defaults.issuer, organization: 'provenance-gate test' },
    });
    expect(v.logIndex).toMatch(/^\d+$/);
  });

  it('verifies from the digest alone (prehashed ECDSA) and from a file path', async () => {
    const bundle = parseBundle(ca.signMessage(DATA).json);
    await expect(verifyBundle(trust, bundle, { digest: parseDigest(`sha256:${SHA256.hex}`)! })).resolves.toMatchObject({ artifactBound: true });
    const dir = mkdtempSync(join(tmpdir(), 'pg-sig-'));
    writeFileSync(join(dir, 'a.bin'), DATA);
    await expect(verifyBundle(trust, bundle, { path: join(dir, 'a.bin') })).resolves.toMatchObject({ artifactBound: true });
  });

  it('a forged signature is rejected in digest mode too', async () => {
    const json = ca.signMessage(DATA).bundle;
    const sig = Buffer.from(json.messageSignature.signature, 'base64');
    sig[sig.length - 1]! ^= 1;
    json.messageSignature.signature = sig.toString('base64');
    expect(await rejects(verifyBundle(trust, parseBundle(json), { digest: SHA256 }))).toBe('BUNDLE_SIGNATURE_INVALID');
  });

  it('a large file is hashed streaming and verified prehashed', async () => {
    const big = Buffer.alloc(IN_MEMORY_LIMIT + 1024, 7);
    const dir = mkdtempSync(join(tmpdir(), 'pg-big-'));
    writeFileSync(join(dir, 'big.bin'), big);
    const bundle = parseBundle(ca.signMessage(big).json);
    await expect(verifyBundle(trust, bundle, { path: join(dir, 'big.bin') })).resolves.toMatchObject({ artifactBound: true });
    writeFileSync(join(dir, 'big.bin'), Buffer.alloc(IN_MEMORY_LIMIT + 1024, 8));
    expect(await rejects(verifyBundle(trust, bundle, { path: join(dir, 'big.bin') }))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('needs the artifact; a missing file is an input error', async () => {
    const bundle = parseBundle(ca.signMessage(DATA).json);
    expect(await rejects(verifyBundle(trust, bundle))).toBe('USAGE');
    expect(await rejects(verifyBundle(trust, bundle, { path: '/nonexistent/file' }))).toBe('INPUT_NOT_FOUND');
    expect(await rejects(verifyBundle(trust, bundle, { digest: digestData(DATA, 'sha512') }))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('key-signed bundles verify with the managed key only', async () => {
    const bundle = parseBundle(ca.signMessage(DATA, { withKey: true }).json);
    const withKey = loadTrust({ trustedRootDocuments: [ca.trustedRoot], keyPems: [ca.managedKeyPem] });
    await expect(verifyBundle(withKey, bundle, { data: DATA })).resolves.toMatchObject({ certificate: undefined, keyId: expect.any(String) });
    await expect(verifyBundle(withKey, bundle, { digest: SHA256 })).resolves.toBeDefined();
    expect(await rejects(verifyBundle(trust, bundle, { data: DATA }))).toBe('BUNDLE_SIGNATURE_INVALID');
    const other = await createTestInstance();
    const wrongKey = loadTrust({ trustedRootDocuments: [ca.trustedRoot], keyPems: [other.managedKeyPem] });
    expect(await rejects(verifyBundle(wrongKey, bundle, { data: DATA }))).toBe('BUNDLE_SIGNATURE_INVALID');
    expect(await rejects(verifyBundle(withKey, bundle, { data: DATA }, { issuer: ca.defaults.issuer }))).toBe('IDENTITY_MISMATCH');
    const both = loadTrust({ trustedRootDocuments: [ca.trustedRoot], keyPems: [other.managedKeyPem, ca.managedKeyPem] });
    await expect(verifyBundle(both, bundle, { data: DATA })).resolves.toBeDefined();
  });
});

describe('DSSE / in-toto', () => {
  it('returns the trusted payload and binds the artifact through the subjects', async () => {
    const statement = toStatement({ 'other.tgz': 'ab'.repeat(32), 'app.tgz': SHA256.hex });
    const bundle = parseBundle(ca.signDsse(IN_TOTO, statement).json);
    const v = await verifyBundle(trust, bundle, { data: DATA });
    expect(v).toMatchObject({ content: 'dsse', payloadType: IN_TOTO, artifactBound: true });
    expect(JSON.parse(v.payload!.toString()).subject).toHaveLength(2);
    expect(await rejects(verifyBundle(trust, bundle, { data: Buffer.from('x') }))).toBe('ARTIFACT_DIGEST_MISMATCH');
    await expect(verifyBundle(trust, bundle)).resolves.toMatchObject({ artifactBound: false });
  });

  it('matches sha512 subjects (npm tarballs) and sha256 digests given directly', async () => {
    const statement = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'pkg:npm/x@1', digest: { sha512: digestData(DATA, 'sha512').hex } }], predicateType: 'p', predicate: {} }));
    const bundle = parseBundle(ca.signDsse(IN_TOTO, statement).json);
    await expect(verifyBundle(trust, bundle, { data: DATA })).resolves.toMatchObject({ artifactBound: true });
    await expect(verifyBundle(trust, bundle, { digests: [digestData(DATA, 'sha512')] })).resolves.toBeDefined();
    expect(await rejects(verifyBundle(trust, bundle, { digest: SHA256 }))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('a non-in-toto payload cannot be bound to an artifact', async () => {
    const bundle = parseBundle(ca.signDsse('text/plain', 'hi').json);
    await expect(verifyBundle(trust, bundle)).resolves.toMatchObject({ payloadType: 'text/plain' });
    expect(await rejects(verifyBundle(trust, bundle, { data: DATA }))).toBe('ARTIFACT_DIGEST_MISMATCH');
  });
});

describe('certificate facts', () => {
  it('reads every Fulcio extension by name', async () => {
    const extensions = {
      githubWorkflowTrigger: 'push', githubWorkflowSha: 'a'.repeat(40), githubWorkflowName: 'release', githubWorkflowRepository: 'octo-org/octo-repo', githubWorkflowRef: 'refs/tags/v1.0.0',
      buildSignerURI: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0', buildSignerDigest: 'b'.repeat(40),
      runnerEnvironment: 'github-hosted', sourceRepositoryURI: 'https://github.com/octo-org/octo-repo', sourceRepositoryDigest: 'c'.repeat(40),
      sourceRepositoryRef: 'refs/tags/v1.0.0', sourceRepositoryIdentifier: '123', sourceRepositoryOwnerURI: 'https://github.com/octo-org',
      sourceRepositoryOwnerIdentifier: '456', buildConfigURI: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
      buildConfigDigest: 'd'.repeat(40), buildTrigger: 'push', runInvocationURI: 'https://github.com/octo-org/octo-repo/actions/runs/1/attempts/1',
      sourceRepositoryVisibilityAtSigning: 'public',
    };
    const v = await verifyBundle(trust, parseBundle(ca.signMessage(DATA, { extensions }).json), { data: DATA });
    expect(v.certificate!.extensions).toEqual({ ...extensions, issuer: ca.defaults.issuer, issuerV1: ca.defaults.issuer, issuerV2: ca.defaults.issuer });
  });

  it('falls back to the v1 issuer and reads email SANs', async () => {
    const m = ca.signMessage(DATA, { san: 'dev@example.com', sanType: 'email', issuer: 'https://accounts.example.com', extensions: {} });
    const v = await verifyBundle(trust, parseBundle(m.json), { data: DATA });
    expect(v.certificate).toMatchObject({ subjectAlternativeName: 'dev@example.com', issuer: 'https://accounts.example.com' });
  });
});

describe('signing-certificate profile', () => {
  it.each<[string, { eku?: string[]; ca?: boolean }]>([
    ['no codeSigning EKU (serverAuth only)', { eku: ['1.3.6.1.5.5.7.3.1'] }],
    ['a CA certificate as the signer', { ca: true }],
  ])('rejects %s', async (_name, leaf) => {
    expect(await rejects(verifyBundle(trust, parseBundle(ca.signMessage(DATA, { leaf }).json), { data: DATA }))).toBe('BUNDLE_CERTIFICATE_INVALID');
  });

  it('accepts codeSigning among other EKUs', async () => {
    await expect(verifyBundle(trust, parseBundle(ca.signMessage(DATA, { leaf: { eku: ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.3'] } }).json), { data: DATA })).resolves.toBeDefined();
  });
});

describe('trust roots', () => {
  it('GitHub-like instance: timestamps only, no tlog, picked by the leaf issuer', async () => {
    const gh = await createTestInstance({ tlog: false, ctlog: false, organization: 'GitHub, Inc.' });
    const both = loadTrust({ trustedRootDocuments: [ca.trustedRoot, gh.trustedRoot] });
    const fromGh = await verifyBundle(both, parseBundle(gh.signDsse(IN_TOTO, toStatement({ a: SHA256.hex })).json), { data: DATA });
    expect(fromGh).toMatchObject({ trustRoot: 'trusted-root[1]', certificate: { organization: 'GitHub, Inc.' }, timestamps: [{ kind: 'rfc3161' }] });
    const fromCa = await verifyBundle(both, parseBundle(ca.signMessage(DATA).json), { data: DATA });
    expect(fromCa.trustRoot).toBe('trusted-root[0]');
    // Without the GitHub root, its bundles do not chain.
    expect(await rejects(verifyBundle(trust, parseBundle(gh.signMessage(DATA).json), { data: DATA }))).toBe('BUNDLE_CERTIFICATE_INVALID');
  });

  it('a root with a tlog requires a tlog entry', async () => {
    expect(await rejects(verifyBundle(trust, parseBundle(ca.signMessage(DATA, { noTlog: true }).json), { data: DATA }))).toBe('BUNDLE_TLOG_INVALID');
  });

  it('verification does not depend on the wall clock (certificates long expired still verify at signing time)', async () => {
    const old = ca.signMessage(DATA, { time: new Date('2025-01-02T00:00:00Z') });
    await expect(verifyBundle(trust, parseBundle(old.json), { data: DATA })).resolves.toMatchObject({ logTime: '2025-01-02T00:00:02.000Z' });
  });

  it('a signing time before the CA was valid is rejected', async () => {
    const early = ca.signMessage(DATA, { time: new Date('2024-06-01T00:00:00Z') });
    expect(await rejects(verifyBundle(trust, parseBundle(early.json), { data: DATA }))).toBe('BUNDLE_CERTIFICATE_INVALID');
  });
});

describe('digests', () => {
  it('parses sha256/sha384/sha512 notation and rejects the rest', () => {
    expect(parseDigest(`sha256:${'A'.repeat(64)}`)).toEqual({ algorithm: 'sha256', hex: 'a'.repeat(64) });
    expect(parseDigest(`sha512:${'0'.repeat(128)}`)?.algorithm).toBe('sha512');
    expect(parseDigest('sha256:abc')).toBeUndefined();
    expect(parseDigest('md5:' + '0'.repeat(32))).toBeUndefined();
    expect(parseDigest('a.txt')).toBeUndefined();
  });

  it('hashes a file once for several algorithms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-dig-'));
    writeFileSync(join(dir, 'f'), DATA);
    expect(await digestFile(join(dir, 'f'), ['sha256', 'sha512'])).toEqual([SHA256, digestData(DATA, 'sha512')]);
    expect(await rejects(digestFile(join(dir, 'missing')))).toBe('INPUT_NOT_FOUND');
  });
});
