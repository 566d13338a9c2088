import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchGithubAttestations, verifyArtifacts } from '../../src/artifacts/index.js';
import { loadTrust, type Trust } from '../../src/sigstore/index.js';
import { runCli } from '../support/cli.js';
import { BUILD, toGithubV1 } from '../provenance/fixtures.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { mintStatement, sha256, testInstance } from './synthetic.js';

const DATA = Buffer.from('released binary\n');
const HEX = sha256(DATA);
const SIGNER = `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@${BUILD.ref}`;
let trust: Trust;
let server: FakeGithub | undefined;
let good: Record<string, unknown>;
let other: Record<string, unknown>;

beforeAll(async () => {
  const ca = await testInstance();
  trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot] });
  good = (await mintStatement(toGithubV1({}, [{ name: 'bin', digest: { sha256: HEX } }]), { signer: SIGNER })).bundle;
  other = (await mintStatement(toGithubV1({}, [{ name: 'x', digest: { sha256: 'c'.repeat(64) } }]), { signer: SIGNER })).bundle;
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('fetchGithubAttestations (fake API on 127.0.0.1)', () => {
  it('follows Link rel="next" pages and sends the token', async () => {
    server = await startFakeGithub({ attestations: { [HEX]: [other, other, good] }, pageSize: 1, token: 't0k' });
    const items = await fetchGithubAttestations(HEX, { repo: 'octo-org/octo-repo', token: 't0k', apiUrl: server.url, perPage: 1 });
    expect(items.map((i) => i.source)).toEqual(['github:octo-org/octo-repo#1', 'github:octo-org/octo-repo#2', 'github:octo-org/octo-repo#3']);
    expect(server.requests).toHaveLength(3);
    expect(server.requests[0]).toEqual({ path: `/repos/octo-org/octo-repo/attestations/sha256:${HEX}?per_page=1`, authorization: 'Bearer t0k' });
  });

  it('--owner uses the organisation endpoint', async () => {
    server = await startFakeGithub({ attestations: { [HEX]: [good] } });
    await fetchGithubAttestations(HEX, { owner: 'octo-org', apiUrl: server.url });
    expect(server.requests[0]!.path).toMatch(/^\/orgs\/octo-org\/attestations\/sha256:/);
  });

  it('404 means no attestations', async () => {
    server = await startFakeGithub({ attestations: {} });
    expect(await fetchGithubAttestations(HEX, { repo: 'o/r', apiUrl: server.url })).toEqual([]);
  });

  it.each<[string, { status: number; body: string; headers?: Record<string, string> }, string]>([
    ['401', { status: 401, body: '{}' }, 'GITHUB_API_UNAUTHORIZED'],
    ['403', { status: 403, body: '{}' }, 'GITHUB_API_UNAUTHORIZED'],
    ['500', { status: 500, body: 'oops' }, 'GITHUB_API_BAD_RESPONSE'],
    ['invalid JSON', { status: 200, body: '{' }, 'GITHUB_API_BAD_RESPONSE'],
    ['no attestations list', { status: 200, body: '{"items": []}' }, 'GITHUB_API_BAD_RESPONSE'],
    ['a next page on another host', { status: 200, body: '{"attestations": []}', headers: { link: '<https://evil.example/x>; rel="next"' } }, 'GITHUB_API_BAD_RESPONSE'],
  ])('%s → %s', async (_n, answer, code) => {
    server = await startFakeGithub({ attestations: {}, override: () => answer });
    await expect(fetchGithubAttestations(HEX, { repo: 'o/r', apiUrl: server.url, token: 'x' })).rejects.toMatchObject({ code });
  });

  it('an unreachable API → GITHUB_API_UNREACHABLE', async () => {
    await expect(fetchGithubAttestations(HEX, { repo: 'o/r', apiUrl: 'http://127.0.0.1:1' })).rejects.toMatchObject({ code: 'GITHUB_API_UNREACHABLE' });
  });

  it('needs a repository or owner', async () => {
    await expect(fetchGithubAttestations(HEX, {})).rejects.toMatchObject({ code: 'USAGE' });
  });
});

describe('verifyArtifacts with --github-attestations', () => {
  it('verifies with a bundle from the API; missing when GitHub has none; unverifiable when unreachable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-gh-'));
    writeFileSync(join(dir, 'bin'), DATA);
    server = await startFakeGithub({ attestations: { [HEX]: [other, good] }, pageSize: 1 });
    const github = { repo: 'octo-org/octo-repo', apiUrl: server.url };
    const [r] = await verifyArtifacts([{ path: 'bin' }], { cwd: dir, trust, github, certificate: { repo: 'octo-org/octo-repo' } });
    expect(r).toMatchObject({ status: 'verified', evidence: 'github:octo-org/octo-repo#2' });

    writeFileSync(join(dir, 'unknown'), 'nobody attested me');
    const [none] = await verifyArtifacts([{ path: 'unknown' }], { cwd: dir, trust, github });
    expect(none).toMatchObject({ status: 'missing', reason: { code: 'BUNDLE_NOT_FOUND' } });

    const [down] = await verifyArtifacts([{ path: 'bin' }], { cwd: dir, trust, github: { repo: 'o/r', apiUrl: 'http://127.0.0.1:1' } });
    expect(down).toMatchObject({ status: 'unverifiable', reason: { code: 'GITHUB_API_UNREACHABLE' } });
  });

  it('the CLI takes the token from GITHUB_TOKEN / GH_TOKEN and exits 2 on 401', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-gh-'));
    writeFileSync(join(dir, 'bin'), DATA);
    const ca = await testInstance();
    const root = ca.writeTrustedRoot(dir);
    server = await startFakeGithub({ attestations: { [HEX]: [good] }, token: 'sekret' });
    const argv = ['verify-artifact', 'bin', '--github-attestations', '--repo', 'octo-org/octo-repo', '--trusted-root', root];
    const ok = await runCli(argv, { cwd: dir, env: { GH_TOKEN: 'sekret', GITHUB_API_URL: server.url } });
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const bad = await runCli(argv, { cwd: dir, env: { GITHUB_TOKEN: 'wrong', GITHUB_API_URL: server.url } });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/GITHUB_API_UNAUTHORIZED/);
    expect(bad.stdout + bad.stderr).not.toMatch(/wrong|sekret/);
  });
});
