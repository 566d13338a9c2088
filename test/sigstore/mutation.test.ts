/**
 * Mutation test: take valid bundles, change each signed part in turn, and require every
 * mutant to be rejected with the reason code that names the broken part.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { digestData, loadTrust, parseBundle, verifyBundle, type Trust } from '../../src/sigstore/index.js';
import { createTestInstance, IN_TOTO, toStatement, type TestInstance } from '../support/test-ca/index.js';

type Json = Record<string, any>;
const ARTIFACT = Buffer.from('release artifact v1.0.0\n');
const OTHER = Buffer.from('some other artifact\n');

/** Flips one byte of a base64 field (default: the last byte, inside signatures/hashes). */
function flip(b64: string, at?: number): string {
  const b = Buffer.from(b64, 'base64');
  const i = at === undefined ? b.length - 1 : at < 0 ? b.length + at : at;
  b[i] = b[i]! ^ 0x01;
  return b.toString('base64');
}
const tlog = (b: Json) => b.verificationMaterial.tlogEntries[0];
const tsa = (b: Json) => b.verificationMaterial.timestampVerificationData.rfc3161Timestamps[0];
const setPayload = (b: Json, edit: (statement: Json) => void) => {
  const st = JSON.parse(Buffer.from(b.dsseEnvelope.payload, 'base64').toString());
  edit(st);
  b.dsseEnvelope.payload = Buffer.from(JSON.stringify(st)).toString('base64');
};
function editCheckpoint(b: Json, edit: (lines: string[]) => void) {
  const cp = tlog(b).inclusionProof.checkpoint;
  const lines = cp.envelope.split('\n');
  edit(lines);
  cp.envelope = lines.join('\n');
}

let ca: TestInstance;
let trust: Trust;
let message: Json;
let dsse: Json;
let tsaOnly: Json;
let ghTrust: Trust;
let v2Message: Json;
let v2Dsse: Json;

beforeAll(async () => {
  ca = await createTestInstance();
  trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot] });
  message = ca.signMessage(ARTIFACT, { withTimestamp: true }).bundle;
  dsse = ca.signDsse(IN_TOTO, toStatement({ 'app.tgz': digestData(ARTIFACT, 'sha256').hex }), { withTimestamp: true }).bundle;
  const gh = await createTestInstance({ tlog: false, ctlog: false, organization: 'GitHub, Inc.' });
  ghTrust = loadTrust({ trustedRootDocuments: [gh.trustedRoot] });
  v2Message = ca.signMessage(ARTIFACT, { rekorV2: true }).bundle;
  v2Dsse = ca.signDsse(IN_TOTO, toStatement({ 'app.tgz': digestData(ARTIFACT, 'sha256').hex }), { rekorV2: true }).bundle;
  tsaOnly = gh.signDsse(IN_TOTO, toStatement({ 'app.tgz': digestData(ARTIFACT, 'sha256').hex })).bundle;
});

async function verifyJson(json: Json, t: Trust = trust, data: Buffer = ARTIFACT) {
  return verifyBundle(t, parseBundle(JSON.stringify(json)), { data });
}

async function codeOf(json: Json, t?: Trust, data?: Buffer): Promise<string> {
  try {
    await verifyJson(json, t, data);
    return 'ACCEPTED';
  } catch (e) {
    if (!(e instanceof GateError)) throw e;
    return e.code;
  }
}

describe('the unmutated bundles verify', () => {
  it('message signature, DSSE and timestamp-only bundles', async () => {
    await expect(verifyJson(message)).resolves.toMatchObject({ content: 'message', artifactBound: true });
    await expect(verifyJson(dsse)).resolves.toMatchObject({ content: 'dsse', payloadType: IN_TOTO });
    await expect(verifyJson(tsaOnly, ghTrust)).resolves.toMatchObject({ timestamps: [{ kind: 'rfc3161' }] });
    await expect(verifyJson(v2Message)).resolves.toMatchObject({ timestamps: [{ kind: 'rfc3161' }] });
    await expect(verifyJson(v2Dsse)).resolves.toMatchObject({ content: 'dsse', timestamps: [{ kind: 'rfc3161' }] });
  });
});

type Mutation = [name: string, base: () => Json, mutate: (b: Json) => void, code: string];
const M = (): Json => message;
const D = (): Json => dsse;

const mutations: Mutation[] = [
  ['message signature', M, (b) => (b.messageSignature.signature = flip(b.messageSignature.signature)), 'BUNDLE_SIGNATURE_INVALID'],
  ['DSSE signature', D, (b) => (b.dsseEnvelope.signatures[0].sig = flip(b.dsseEnvelope.signatures[0].sig)), 'BUNDLE_SIGNATURE_INVALID'],
  ['certificate signature (last byte)', M, (b) => (b.verificationMaterial.certificate.rawBytes = flip(b.verificationMaterial.certificate.rawBytes)), 'BUNDLE_CERTIFICATE_INVALID'],
  ['certificate body (a TBS byte)', D, (b) => (b.verificationMaterial.certificate.rawBytes = flip(b.verificationMaterial.certificate.rawBytes, 200)), 'BUNDLE_CERTIFICATE_INVALID'],
  ['certificate replaced by another valid leaf', D, (b) => (b.verificationMaterial.certificate = ca.signDsse(IN_TOTO, 'x').bundle.verificationMaterial.certificate), 'BUNDLE_SIGNATURE_INVALID'],
  ['DSSE payload', D, (b) => (b.dsseEnvelope.payload = flip(b.dsseEnvelope.payload, 5)), 'BUNDLE_SIGNATURE_INVALID'],
  ['DSSE payload type', D, (b) => (b.dsseEnvelope.payloadType = 'application/vnd.in-toto+jsoN'), 'BUNDLE_SIGNATURE_INVALID'],
  ['in-toto subject digest', D, (b) => setPayload(b, (st) => (st.subject[0].digest.sha256 = digestData(OTHER, 'sha256').hex)), 'BUNDLE_SIGNATURE_INVALID'],
  ['message digest', M, (b) => (b.messageSignature.messageDigest.digest = flip(b.messageSignature.messageDigest.digest)), 'ARTIFACT_DIGEST_MISMATCH'],
  ['tlog body (hashedrekord)', M, (b) => (tlog(b).canonicalizedBody = flip(tlog(b).canonicalizedBody, 40)), 'BUNDLE_TLOG_INVALID'],
  ['tlog body (dsse)', D, (b) => (tlog(b).canonicalizedBody = flip(tlog(b).canonicalizedBody, 40)), 'BUNDLE_TLOG_INVALID'],
  ['tlog kind/version', M, (b) => (tlog(b).kindVersion.version = '0.0.2'), 'BUNDLE_TLOG_INVALID'],
  ['tlog log index', M, (b) => (tlog(b).logIndex = String(Number(tlog(b).logIndex) + 1)), 'BUNDLE_TLOG_INVALID'],
  ['tlog integrated time', D, (b) => (tlog(b).integratedTime = String(Number(tlog(b).integratedTime) + 1)), 'BUNDLE_TLOG_INVALID'],
  ['tlog log id', M, (b) => (tlog(b).logId.keyId = flip(tlog(b).logId.keyId)), 'BUNDLE_TLOG_INVALID'],
  ['inclusion proof hash', M, (b) => (tlog(b).inclusionProof.hashes[0] = flip(tlog(b).inclusionProof.hashes[0])), 'BUNDLE_TLOG_INVALID'],
  ['inclusion proof border hash', D, (b) => (tlog(b).inclusionProof.hashes.push(tlog(b).inclusionProof.hashes.pop().replace(/^./, 'A'))), 'BUNDLE_TLOG_INVALID'],
  ['inclusion proof index', M, (b) => (tlog(b).inclusionProof.logIndex = String(Number(tlog(b).inclusionProof.logIndex) - 1)), 'BUNDLE_TLOG_INVALID'],
  ['inclusion proof root hash', M, (b) => (tlog(b).inclusionProof.rootHash = flip(tlog(b).inclusionProof.rootHash)), 'BUNDLE_TLOG_INVALID'],
  ['inclusion proof tree size', M, (b) => (tlog(b).inclusionProof.treeSize = String(Number(tlog(b).inclusionProof.treeSize) + 1)), 'BUNDLE_TLOG_INVALID'],
  ['checkpoint signature', M, (b) => editCheckpoint(b, (l) => (l[4] = l[4]!.replace(/(\S+)$/, (s) => flip(s)))), 'BUNDLE_TLOG_INVALID'],
  ['checkpoint key hint', D, (b) => editCheckpoint(b, (l) => (l[4] = l[4]!.replace(/(\S+)$/, (s) => flip(s, 0)))), 'BUNDLE_TLOG_INVALID'],
  ['checkpoint root hash (proof edited to match)', M, (b) => {
      editCheckpoint(b, (l) => (l[2] = flip(l[2]!)));
      tlog(b).inclusionProof.rootHash = flip(tlog(b).inclusionProof.rootHash);
    }, 'BUNDLE_TLOG_INVALID'],
  ['signed entry timestamp', M, (b) => (tlog(b).inclusionPromise.signedEntryTimestamp = flip(tlog(b).inclusionPromise.signedEntryTimestamp)), 'BUNDLE_TLOG_INVALID'],
  ['signed entry timestamp removed (v0.3 keeps the proof, loses the time)', M, (b) => {
      delete tlog(b).inclusionPromise;
      delete b.verificationMaterial.timestampVerificationData;
    }, 'BUNDLE_TIMESTAMP_INVALID'],
  ['tlog entry removed', D, (b) => (b.verificationMaterial.tlogEntries = []), 'BUNDLE_TLOG_INVALID'],
  ['timestamp token signature', M, (b) => (tsa(b).signedTimestamp = flip(tsa(b).signedTimestamp)), 'BUNDLE_TIMESTAMP_INVALID'],
  ['timestamp token time (TSTInfo)', D, (b) => (tsa(b).signedTimestamp = flip(tsa(b).signedTimestamp, 80)), 'BUNDLE_TIMESTAMP_INVALID'],
  ['timestamp token truncated', D, (b) => (tsa(b).signedTimestamp = Buffer.from(tsa(b).signedTimestamp, 'base64').subarray(0, 40).toString('base64')), 'BUNDLE_TIMESTAMP_INVALID'],
  ['media type', M, (b) => (b.mediaType = 'application/vnd.dev.sigstore.bundle.v0.9+json'), 'BUNDLE_UNSUPPORTED'],
];

describe('every mutant is rejected with the right reason', () => {
  it.each(mutations)('%s', async (_name, base, mutate, code) => {
    const mutant = structuredClone(base());
    mutate(mutant);
    expect(JSON.stringify(mutant)).not.toBe(JSON.stringify(base()));
    expect(await codeOf(mutant)).toBe(code);
  });

  it.each<[string, (b: Json) => void, string]>([
    ['timestamp token signature', (b) => (tsa(b).signedTimestamp = flip(tsa(b).signedTimestamp)), 'BUNDLE_TIMESTAMP_INVALID'],
    ['timestamp token removed', (b) => delete b.verificationMaterial.timestampVerificationData, 'BUNDLE_TIMESTAMP_INVALID'],
    ['certificate', (b) => (b.verificationMaterial.certificate.rawBytes = flip(b.verificationMaterial.certificate.rawBytes)), 'BUNDLE_CERTIFICATE_INVALID'],
    ['DSSE signature', (b) => (b.dsseEnvelope.signatures[0].sig = flip(b.dsseEnvelope.signatures[0].sig)), 'BUNDLE_SIGNATURE_INVALID'],
    ['DSSE payload', (b) => (b.dsseEnvelope.payload = flip(b.dsseEnvelope.payload, 5)), 'BUNDLE_SIGNATURE_INVALID'],
  ])('timestamp-only (GitHub-like) bundle: %s', async (_name, mutate, code) => {
    const mutant = structuredClone(tsaOnly);
    mutate(mutant);
    expect(await codeOf(mutant, ghTrust)).toBe(code);
  });

  const V2M = (): Json => v2Message;
  const V2D = (): Json => v2Dsse;
  it.each<Mutation>([
    ['message signature', V2M, (b) => (b.messageSignature.signature = flip(b.messageSignature.signature)), 'BUNDLE_SIGNATURE_INVALID'],
    ['DSSE payload', V2D, (b) => (b.dsseEnvelope.payload = flip(b.dsseEnvelope.payload, 5)), 'BUNDLE_SIGNATURE_INVALID'],
    ['DSSE signature', V2D, (b) => (b.dsseEnvelope.signatures[0].sig = flip(b.dsseEnvelope.signatures[0].sig)), 'BUNDLE_SIGNATURE_INVALID'],
    ['certificate', V2M, (b) => (b.verificationMaterial.certificate.rawBytes = flip(b.verificationMaterial.certificate.rawBytes)), 'BUNDLE_CERTIFICATE_INVALID'],
    ['tlog body (hashedrekord 0.0.2)', V2D, (b) => (tlog(b).canonicalizedBody = flip(tlog(b).canonicalizedBody, 60)), 'BUNDLE_TLOG_INVALID'],
    ['inclusion proof hash', V2M, (b) => (tlog(b).inclusionProof.hashes[0] = flip(tlog(b).inclusionProof.hashes[0])), 'BUNDLE_TLOG_INVALID'],
    ['checkpoint signature (Ed25519)', V2M, (b) => editCheckpoint(b, (l) => (l[4] = l[4]!.replace(/(\S+)$/, (x) => flip(x)))), 'BUNDLE_TLOG_INVALID'],
    ['checkpoint origin', V2D, (b) => editCheckpoint(b, (l) => (l[0] = `x${l[0]}`)), 'BUNDLE_TLOG_INVALID'],
    ['inclusion proof removed', V2M, (b) => delete tlog(b).inclusionProof, 'BUNDLE_MALFORMED'],
    ['timestamp token', V2M, (b) => (tsa(b).signedTimestamp = flip(tsa(b).signedTimestamp)), 'BUNDLE_TIMESTAMP_INVALID'],
    ['timestamp removed (v2 entries carry no time)', V2D, (b) => delete b.verificationMaterial.timestampVerificationData, 'BUNDLE_TIMESTAMP_INVALID'],
  ])('Rekor v2 bundle: %s', async (_name, base, mutate, code) => {
    const mutant = structuredClone(base());
    mutate(mutant);
    expect(await codeOf(mutant)).toBe(code);
  });

  it('a valid bundle for another artifact is an artifact mismatch, not a signature failure', async () => {
    expect(await codeOf(message, trust, OTHER)).toBe('ARTIFACT_DIGEST_MISMATCH');
    expect(await codeOf(dsse, trust, OTHER)).toBe('ARTIFACT_DIGEST_MISMATCH');
  });

  it('a bundle from another instance is rejected (certificate chain)', async () => {
    const other = await createTestInstance();
    expect(await codeOf(other.signMessage(ARTIFACT).bundle)).toBe('BUNDLE_CERTIFICATE_INVALID');
  });
});
