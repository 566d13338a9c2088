/** Bundle parsing: versions, media types, malformed input. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { MAX_BUNDLE_BYTES, parseBundle, readBundleFile } from '../../src/sigstore/index.js';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestInstance, IN_TOTO, type TestInstance } from '../support/test-ca/index.js';

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
beforeAll(async () => {
  ca = await createTestInstance();
});

describe('parseBundle', () => {
  it.each([
    ['0.1', 'application/vnd.dev.sigstore.bundle+json;version=0.1'],
    ['0.2', 'application/vnd.dev.sigstore.bundle+json;version=0.2'],
    ['0.3', 'application/vnd.dev.sigstore.bundle.v0.3+json'],
  ] as const)('reads v%s', (version, mediaType) => {
    const parsed = parseBundle(ca.signMessage('x', { version }).json, 'b.json');
    expect(parsed).toMatchObject({ version, mediaType, content: 'message', file: 'b.json' });
  });

  it('reads the legacy v0.3 media type, DSSE content, and objects or buffers', () => {
    const b = ca.signDsse(IN_TOTO, '{}').bundle;
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
    expect(parseBundle(b)).toMatchObject({ version: '0.3', content: 'dsse' });
    expect(parseBundle(Buffer.from(JSON.stringify(b))).content).toBe('dsse');
  });

  it.each<[string, unknown, string]>([
    ['invalid JSON', '{"mediaType": ', 'BUNDLE_MALFORMED'],
    ['a JSON array', '[]', 'BUNDLE_MALFORMED'],
    ['no media type', '{}', 'BUNDLE_MALFORMED'],
    ['unknown version', '{"mediaType":"application/vnd.dev.sigstore.bundle+json;version=99.9"}', 'BUNDLE_UNSUPPORTED'],
    ['another format', '{"mediaType":"application/vnd.in-toto+json"}', 'BUNDLE_UNSUPPORTED'],
    ['no content', '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":{"publicKey":{"hint":""},"tlogEntries":[]}}', 'BUNDLE_MALFORMED'],
  ])('%s → %s', (_name, input, code) => {
    const err = (() => {
      try {
        parseBundle(input, 'x.sigstore.json');
      } catch (e) {
        return e as GateError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(GateError);
    expect(err!.code).toBe(code);
    expect(err!.file).toBe('x.sigstore.json');
  });

  it.each<[string, (b: any) => void]>([
    ['empty certificate chain (v0.2)', (b) => (b.verificationMaterial.x509CertificateChain.certificates = [])],
    ['negative log index', (b) => (b.verificationMaterial.tlogEntries[0].logIndex = '-1')],
    ['v0.2 entry without inclusion proof', (b) => delete b.verificationMaterial.tlogEntries[0].inclusionProof],
    ['two DSSE signatures', (b) => (b.dsseEnvelope = { payload: 'e30=', payloadType: IN_TOTO, signatures: [{ sig: 'AA==' }, { sig: 'AA==' }] })],
  ])('structurally invalid: %s', (_name, mutate) => {
    const b = ca.signMessage('x', { version: '0.2' }).bundle;
    mutate(b);
    if (b.dsseEnvelope) delete b.messageSignature;
    expect(codeOf(() => parseBundle(b))).toBe('BUNDLE_MALFORMED');
  });
});

describe('readBundleFile', () => {
  it('reads a bundle file; huge, missing and directory inputs get clear codes naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-bf-'));
    writeFileSync(join(dir, 'ok.json'), ca.signMessage('x').json);
    expect(readBundleFile(join(dir, 'ok.json'), 'ok.json')).toMatchObject({ version: '0.3', file: 'ok.json' });
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), MAX_BUNDLE_BYTES + 1); // sparse: cheap to make
    const cases: Array<[string, string]> = [
      ['huge.json', 'BUNDLE_MALFORMED'],
      ['missing.json', 'INPUT_NOT_FOUND'],
      ['.', 'INPUT_UNREADABLE'],
    ];
    for (const [name, code] of cases) {
      let err: GateError | undefined;
      try {
        readBundleFile(join(dir, name), name);
      } catch (e) {
        err = e as GateError;
      }
      expect(err?.code).toBe(code);
      expect(err?.file).toBe(name);
    }
  });
});
