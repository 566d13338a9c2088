/**
 * The pipeline end to end through `check` (src/run.ts): artifacts from the policy and from
 * --artifact, GitHub's attestations API as the fallback evidence store in Actions, and the
 * input errors that must stop a run before any verdict.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGithub, type FakeGithub } from './artifacts/fake-github.js';
import { mintStatement, sha256, testInstance } from './artifacts/synthetic.js';
import { BUILD, toGithubV1 } from './provenance/fixtures.js';
import { runCli } from './support/cli.js';

const DATA = Buffer.from('release binary\n');
const SIGNER = `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@${BUILD.ref}`;
const POLICY = `artifacts:
  - path: "dist/*.bin"
    identity: { issuer: "https://token.actions.githubusercontent.com", signer-workflow: "${BUILD.repo}/${BUILD.workflowPath}" }
    source-repo: github.com/${BUILD.repo}
    ref: "refs/tags/v*"
`;

let bundle: Record<string, unknown>;
let trustedRoot: string;
let server: FakeGithub | undefined;

beforeAll(async () => {
  const ca = await testInstance();
  trustedRoot = ca.writeTrustedRoot(mkdtempSync(join(tmpdir(), 'pg-run-trust-')));
  bundle = (await mintStatement(toGithubV1({}, [{ name: 'app.bin', digest: { sha256: sha256(DATA) } }]), { signer: SIGNER })).bundle;
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A workspace with dist/app.bin, a policy, and no lockfile (an artifacts-only gate). */
function aWorkspace(policy = POLICY): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-run-'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'dist/app.bin'), DATA);
  writeFileSync(join(dir, 'provenance-gate.yml'), policy);
  return dir;
}

describe('check with artifacts attested in GitHub (actions/attest-build-provenance)', () => {
  it('asks the attestations API by digest with the token, and the artifact verifies', async () => {
    server = await startFakeGithub({ attestations: { [sha256(DATA)]: [bundle] }, token: 's3cret' });
    const cwd = aWorkspace();
    const env = { GITHUB_TOKEN: 's3cret', GITHUB_REPOSITORY: BUILD.repo, GITHUB_API_URL: server.url };
    const r = await runCli(['check', '--trusted-root', trustedRoot, '--json', 'report.json'], { cwd, env });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(server.requests.map((q) => q.authorization)).toEqual(['Bearer s3cret']);
    expect(`${r.stdout}${r.stderr}`).not.toContain('s3cret');
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    expect(report.artifacts).toMatchObject([{ subject: 'dist/app.bin', status: 'verified', facts: { sourceRef: BUILD.ref } }]);
  });

  it('offline, GitHub is not asked: the required artifact has no evidence and the gate fails', async () => {
    server = await startFakeGithub({ attestations: { [sha256(DATA)]: [bundle] } });
    const cwd = aWorkspace();
    const env = { GITHUB_TOKEN: 't', GITHUB_REPOSITORY: BUILD.repo, GITHUB_API_URL: server.url };
    const r = await runCli(['check', '--offline', '--trusted-root', trustedRoot, '--json', 'report.json'], { cwd, env });
    expect(r.code).toBe(1);
    expect(server.requests).toEqual([]);
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    expect(report.findings.map((f: { ruleId: string; code: string }) => `${f.ruleId} ${f.code}`)).toContain('artifact-missing BUNDLE_NOT_FOUND');
  });

  it('an artifact signed from another ref fails the policy entry', async () => {
    const dev = { ref: 'refs/heads/dev', signer: `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@refs/heads/dev` };
    const other = (await mintStatement(toGithubV1(dev, [{ name: 'app.bin', digest: { sha256: sha256(DATA) } }]), dev)).bundle;
    const cwd = aWorkspace();
    writeFileSync(join(cwd, 'dist/app.bin.sigstore.json'), JSON.stringify(other));
    const r = await runCli(['check', '--trusted-root', trustedRoot, '--json', 'report.json'], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'fail').map((f: { ruleId: string }) => f.ruleId)).toContain('artifact-source');
  });
});

describe('check: builders named by the policy', () => {
  const builder = 'https://github.com/other-org/builders/.github/workflows/build.yml';
  const policy = (extra: string) => `artifacts:
  - path: "dist/*.bin"
    source-repo: github.com/${BUILD.repo}
${extra}`;

  async function aWorkspaceBuiltByAnotherOrg(extra: string): Promise<string> {
    const b = { signer: `${builder}@refs/tags/v1.0.0` };
    const bundle = (await mintStatement(toGithubV1(b, [{ name: 'app.bin', digest: { sha256: sha256(DATA) } }]), b)).bundle;
    const cwd = aWorkspace(policy(extra));
    writeFileSync(join(cwd, 'dist/app.bin.sigstore.json'), JSON.stringify(bundle));
    return cwd;
  }

  it('trusts a builder the artifact entry lists in builder-ids', async () => {
    const cwd = await aWorkspaceBuiltByAnotherOrg(`    builder-ids: ["${builder}"]\n`);
    const r = await runCli(['check', '--trusted-root', trustedRoot, '--json', 'report.json'], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    expect(report.artifacts).toMatchObject([{ status: 'verified', facts: { builderId: `${builder}@refs/tags/v1.0.0` } }]);
  });

  it('without builder-ids, a workflow from another repository is not a trusted builder', async () => {
    const cwd = await aWorkspaceBuiltByAnotherOrg('');
    const r = await runCli(['check', '--trusted-root', trustedRoot, '--json', 'report.json'], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    expect(report.artifacts).toMatchObject([{ status: 'invalid', reason: { code: 'PROVENANCE_BUILDER_UNTRUSTED' } }]);
  });
});

describe('check: artifact inputs', () => {
  it('a policy glob that matches nothing is a finding (artifact-missing), not an input error', async () => {
    const cwd = aWorkspace(POLICY.replace('dist/*.bin', 'dist/*.tgz'));
    const r = await runCli(['check', '--trusted-root', trustedRoot, '--json', 'report.json'], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'));
    expect(report.findings).toMatchObject([{ ruleId: 'artifact-missing', code: 'POLICY_ARTIFACT_NOT_FOUND', severity: 'fail' }]);
  });

  it.each([
    ['an --artifact pattern that matches nothing', ['--artifact', 'dist/*.zip'], 'INPUT_NOT_FOUND'],
    ['an --artifact pattern outside the workspace', ['--artifact', '../*.bin'], 'INPUT_OUTSIDE_WORKSPACE'],
    ['a policy that does not exist', ['--policy', 'nope.yml'], 'CONFIG_NOT_FOUND'],
  ])('%s → exit 2 with %s', async (_name, args, code) => {
    const r = await runCli(['check', '--trusted-root', trustedRoot, ...args], { cwd: aWorkspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
  });
});
