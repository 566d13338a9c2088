/** Trust loading: embedded public-good root, custom roots, keys, and malformed input. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { loadTrust, PUBLIC_GOOD } from '../../src/sigstore/index.js';
import { createTestInstance, type TestInstance } from '../support/test-ca/index.js';

function codeOf(f: () => unknown): string {
  try {
    f();
    return 'OK';
  } catch (e) {
    if (e instanceof GateError) return e.code;
    throw e;
  }
}

let ca: TestInstance;
let dir: string;
beforeAll(async () => {
  ca = await createTestInstance();
  dir = mkdtempSync(join(tmpdir(), 'pg-trust-'));
});

describe('loadTrust', () => {
  it('defaults to the embedded public-good root (offline)', () => {
    const trust = loadTrust();
    expect(trust.roots.map((r) => r.name)).toEqual([PUBLIC_GOOD]);
    expect(trust.roots[0]!.material.tlogs.length).toBeGreaterThan(0);
    expect(trust.roots[0]!.options).toEqual({ tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
  });

  it('reads custom roots from files, optionally next to public-good', () => {
    const path = ca.writeTrustedRoot(dir);
    expect(loadTrust({ trustedRoots: [path] }).roots.map((r) => r.name)).toEqual([path]);
    expect(loadTrust({ trustedRoots: [path], includePublicGood: true }).roots.map((r) => r.name)).toEqual([path, PUBLIC_GOOD]);
  });

  it('a root without tlogs (GitHub-like) verifies by timestamps only', async () => {
    const gh = await createTestInstance({ tlog: false, ctlog: false });
    expect(loadTrust({ trustedRootDocuments: [gh.trustedRoot] }).roots[0]!.options).toEqual({ tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 });
  });

  it.each<[string, (root: any) => unknown]>([
    ['tlog key without validFor.start', (r) => delete r.tlogs[0].publicKey.validFor.start],
    ['ctlog key without validFor', (r) => delete r.ctlogs[0].publicKey.validFor],
    ['CA without validFor.start', (r) => (r.certificateAuthorities[0].validFor = {})],
    ['TSA without certificates', (r) => (r.timestampAuthorities[0].certChain.certificates = [])],
    ['tlog without log id', (r) => delete r.tlogs[0].logId],
    ['unknown media type', (r) => (r.mediaType = 'application/json')],
    ['not an object', () => [1, 2]],
  ])('malformed root is TRUST_ROOT_INVALID: %s', (_name, mutate) => {
    const root = structuredClone(ca.trustedRoot);
    const replaced = mutate(root);
    const doc = Array.isArray(replaced) ? replaced : root;
    expect(codeOf(() => loadTrust({ trustedRootDocuments: [doc] }))).toBe('TRUST_ROOT_INVALID');
  });

  it('bad files: not JSON, missing, bad key, staging without a root', () => {
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    writeFileSync(join(dir, 'bad.pem'), '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n');
    expect(codeOf(() => loadTrust({ trustedRoots: [join(dir, 'bad.json')] }))).toBe('TRUST_ROOT_INVALID');
    expect(codeOf(() => loadTrust({ trustedRoots: [join(dir, 'missing.json')] }))).toBe('INPUT_NOT_FOUND');
    expect(codeOf(() => loadTrust({ keys: [join(dir, 'bad.pem')] }))).toBe('TRUST_ROOT_INVALID');
    expect(codeOf(() => loadTrust({ staging: true }))).toBe('TRUST_ROOT_INVALID');
    expect(codeOf(() => loadTrust({ keyPems: [ca.managedKeyPem] }))).toBe('OK');
  });
});
