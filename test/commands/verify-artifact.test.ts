import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { BUILD, GENERATOR, toGenericV02 } from '../provenance/fixtures.js';
import { mintStatement, sha256, testInstance } from '../artifacts/synthetic.js';

const DATA = Buffer.from('cli artifact\n');
let dir: string;
let root: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
  const ca = await testInstance();
  root = ca.writeTrustedRoot(dir);
  writeFileSync(join(dir, 'app.tgz'), DATA);
  writeFileSync(join(dir, 'app.tgz.intoto.jsonl'), (await mintStatement(toGenericV02({}, [{ name: 'app.tgz', digest: { sha256: sha256(DATA) } }]))).json);
  writeFileSync(join(dir, 'lonely.bin'), 'no evidence');
  writeFileSync(join(dir, 'broken.bin'), 'x');
  writeFileSync(join(dir, 'broken.bin.sigstore.json'), '{"mediaType": ');
});

const run = (...argv: string[]) => runCli(['verify-artifact', ...argv, '--trusted-root', root], { cwd: dir });

describe('verify-artifact CLI', () => {
  it('--help lists the drop-in flags and exits 0', async () => {
    const r = await runCli(['verify-artifact', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--source-uri', '--source-versioned-tag', '--builder-id', '--signer-workflow', '--cert-identity-regex', '--github-attestations', '--deny-self-hosted-runners']) {
      expect(r.stdout).toContain(flag);
    }
  });

  it('verified: exit 0 with the facts', async () => {
    const r = await run('app.tgz', '--source-uri', 'github.com/octo-org/octo-repo', '--source-versioned-tag', 'v1', '--builder-id', `${GENERATOR}@v2.1.0`);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`verified  app.tgz  sha256:${sha256(DATA)}`);
    expect(r.stdout).toContain(`signer     ${BUILD.signer} (https://token.actions.githubusercontent.com)`);
    expect(r.stdout).toContain(`source     https://github.com/octo-org/octo-repo @ ${BUILD.ref} (${BUILD.commit})`);
    expect(r.stdout).toMatch(/builder +https:\/\/github.com\/slsa-framework/);
    expect(r.stdout).toMatch(/log time +2025-06-01T/);
  });

  it('a mismatching flag: exit 1 with the reason code, and --json has the same', async () => {
    const json = join(dir, 'out.json');
    const r = await run('app.tgz', '--source-tag', 'v9', '--json', json);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/INVALID  app.tgz[\s\S]*PROVENANCE_REF_MISMATCH/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.artifacts[0]).toMatchObject({ subject: 'app.tgz', status: 'invalid', reason: { code: 'PROVENANCE_REF_MISMATCH' } });
  });

  it('several artifacts: exit 1 when one lacks evidence', async () => {
    const r = await run('app.tgz', 'lonely.bin');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/MISSING  lonely.bin[\s\S]*BUNDLE_NOT_FOUND/);
    expect(r.stdout).toContain('1/2 artifact(s) verified');
  });

  it('--digest with --bundle verifies an artifact known only by digest', async () => {
    const r = await run('--digest', `sha256:${sha256(DATA)}`, '--bundle', 'app.tgz.intoto.jsonl');
    expect(r.code, r.stdout).toBe(0);
  });

  it.each<[string, string[], RegExp]>([
    ['malformed bundle JSON', ['broken.bin'], /BUNDLE_MALFORMED[\s\S]*broken\.bin\.sigstore\.json|broken\.bin\.sigstore\.json[\s\S]*BUNDLE_MALFORMED/],
    ['unknown flag', ['app.tgz', '--no-such-flag'], /USAGE/],
    ['empty flag value', ['app.tgz', '--source-uri', ''], /USAGE: --source-uri needs a value/],
    ['no artifact', [], /USAGE/],
    ['bad --digest', ['--digest', 'sha256:xyz'], /USAGE: --digest/],
    ['bad --build-workflow-input', ['app.tgz', '--build-workflow-input', 'novalue'], /USAGE: --build-workflow-input/],
    ['bad --repo', ['app.tgz', '--repo', 'just-a-name'], /USAGE: --repo/],
    ['bad --digest-alg', ['app.tgz', '--digest-alg', 'md5'], /USAGE: --digest-alg/],
    ['bad regex', ['app.tgz', '--cert-identity-regex', '('], /USAGE: --cert-identity-regex/],
    ['the same flag twice under two names', ['app.tgz', '--cert-identity', 'a', '--certificate-identity', 'b'], /USAGE/],
    ['a glob escaping the workspace', ['../*'], /INPUT_OUTSIDE_WORKSPACE/],
    ['a missing --bundle file', ['app.tgz', '--bundle', 'nope.json'], /INPUT_NOT_FOUND[\s\S]*nope\.json|nope\.json[\s\S]*INPUT_NOT_FOUND/],
  ])('%s → exit 2, a clear message, no stack trace', async (_n, argv, message) => {
    const r = await run(...argv);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('an unreadable trusted root → exit 2 naming it', async () => {
    const r = await runCli(['verify-artifact', 'app.tgz', '--trusted-root', 'missing-root.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing-root.json');
  });

  it('a JSON report it cannot write → exit 2 OUTPUT_UNWRITABLE', async () => {
    // The parent "directory" is a file.
    const r = await run('app.tgz', '--json', join(dir, 'app.tgz', 'x.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/OUTPUT_UNWRITABLE/);
  });
});
