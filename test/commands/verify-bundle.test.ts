/** `provenance-gate verify-bundle`: the sigstore-conformance client protocol, in-process. */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { createTestInstance, IN_TOTO, toStatement, type TestInstance } from '../support/test-ca/index.js';

const DATA = Buffer.from('conformance artifact\n');
const SHA = createHash('sha256').update(DATA).digest('hex');
let ca: TestInstance;
let dir: string;
let root: string;
const write = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

beforeAll(async () => {
  ca = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'pg-vb-'));
  root = ca.writeTrustedRoot(dir);
  write('a.txt', DATA);
  write('msg.json', ca.signMessage(DATA).json);
  write('dsse.json', ca.signDsse(IN_TOTO, toStatement({ 'a.txt': SHA })).json);
  write('key.json', ca.signMessage(DATA, { withKey: true }).json);
  write('key.pub', ca.managedKeyPem);
});

const ID = () => ['--certificate-identity', ca.defaults.san, '--certificate-oidc-issuer', ca.defaults.issuer];
const run = (...argv: string[]) => runCli(['verify-bundle', ...argv], { cwd: dir });

describe('verify-bundle', () => {
  it('exit 0 for a valid bundle by path and by sha256 digest (relative paths from cwd)', async () => {
    const byPath = await run('--bundle', 'msg.json', ...ID(), '--trusted-root', 'trusted_root.json', 'a.txt');
    expect(byPath).toMatchObject({ code: 0, stderr: '' });
    expect(byPath.stdout).toContain(ca.defaults.san);
    expect((await run('--bundle', 'msg.json', ...ID(), '--trusted-root', root, `sha256:${SHA}`)).code).toBe(0);
    expect((await run('--bundle', 'dsse.json', ...ID(), '--trusted-root', root, `sha256:${SHA}`)).code).toBe(0);
  });

  it('managed keys: --key verifies key-signed bundles, refuses certificate-signed ones', async () => {
    expect((await run('--bundle', 'key.json', '--key', 'key.pub', '--trusted-root', root, 'a.txt')).code).toBe(0);
    const certSigned = await run('--bundle', 'msg.json', '--key', 'key.pub', '--trusted-root', root, 'a.txt');
    expect(certSigned.code).toBe(1);
    expect(certSigned.stderr).toContain('IDENTITY_MISMATCH');
    const noKey = await run('--bundle', 'key.json', ...ID(), '--trusted-root', root, 'a.txt');
    expect(noKey.code).toBe(1);
  });

  it.each<[string, () => string[], string]>([
    ['wrong identity', () => ['--bundle', 'msg.json', '--certificate-identity', `${ca.defaults.san}x`, '--certificate-oidc-issuer', ca.defaults.issuer, '--trusted-root', root, 'a.txt'], 'IDENTITY_MISMATCH'],
    ['identity prefix', () => ['--bundle', 'msg.json', '--certificate-identity', 'https://github.com/octo-org', '--certificate-oidc-issuer', ca.defaults.issuer, '--trusted-root', root, 'a.txt'], 'IDENTITY_MISMATCH'],
    ['wrong issuer', () => ['--bundle', 'msg.json', '--certificate-identity', ca.defaults.san, '--certificate-oidc-issuer', 'https://accounts.google.com', '--trusted-root', root, 'a.txt'], 'IDENTITY_MISMATCH'],
    ['other artifact digest', () => ['--bundle', 'msg.json', ...ID(), '--trusted-root', root, `sha256:${'0'.repeat(64)}`], 'ARTIFACT_DIGEST_MISMATCH'],
    ['default (public-good) root', () => ['--bundle', 'msg.json', ...ID(), 'a.txt'], 'BUNDLE_CERTIFICATE_INVALID'],
  ])('exit 1 and the reason code: %s', async (_name, argv, code) => {
    const r = await run(...argv());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(code);
  });

  it.each<[string, string[], string]>([
    ['no bundle', ['--certificate-identity', 'x', '--certificate-oidc-issuer', 'y', 'a.txt'], 'USAGE'],
    ['no identity or key', ['--bundle', 'msg.json', 'a.txt'], 'USAGE'],
    ['identity without issuer', ['--bundle', 'msg.json', '--certificate-identity', 'x', 'a.txt'], 'USAGE'],
    ['key and identity', ['--bundle', 'msg.json', '--key', 'key.pub', '--certificate-identity', 'x', '--certificate-oidc-issuer', 'y', 'a.txt'], 'USAGE'],
    ['unknown flag', ['--bundle', 'msg.json', '--frobnicate', 'a.txt'], 'USAGE'],
    ['two artifacts', ['--bundle', 'msg.json', '--key', 'key.pub', 'a.txt', 'b.txt'], 'USAGE'],
    ['missing artifact', ['--bundle', 'msg.json', '--key', 'key.pub', 'missing.txt'], 'INPUT_NOT_FOUND'],
    ['missing bundle', ['--bundle', 'nope.json', '--key', 'key.pub', 'a.txt'], 'INPUT_NOT_FOUND'],
    ['missing trusted root', ['--bundle', 'msg.json', '--key', 'key.pub', '--trusted-root', 'nope.json', 'a.txt'], 'INPUT_NOT_FOUND'],
  ])('exit 2 for usage and input errors: %s', async (_name, argv, code) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(code);
    expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('a malformed bundle is rejected (exit 1) naming the file', async () => {
    write('bad.json', '{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", ');
    const r = await run('--bundle', 'bad.json', ...ID(), '--trusted-root', root, 'a.txt');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('BUNDLE_MALFORMED');
    expect(r.stderr).toContain('bad.json');
  });

  it('--help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--certificate-oidc-issuer');
  });
});
