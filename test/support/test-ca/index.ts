/**
 * A local Sigstore instance for tests: Fulcio-like CA, Rekor-like log, CT log and
 * RFC 3161 TSA, minting bundles @sigstore/verify accepts under `instance.trustedRoot`.
 * Everything is offline and synchronous after `createTestInstance()`; times are fixed
 * (default 2025-06-01), and verification reads no wall clock, so bundles never expire.
 *
 * ```ts
 * const ca = await createTestInstance();
 * const trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot] });
 * const { bundle } = ca.signDsse('application/vnd.in-toto+json', statementBytes, { san: ca.defaults.san });
 * ```
 */
import { createHash, sign } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCa, createLeaf, createTsaCert, newKey, spkiOf, toPem, type KeyPair } from './certs.js';
import { TestLog, type TlogEntryJson } from './log.js';
import { createTimestamp, readIssuerName } from './tsa.js';
import { toTrustedRoot } from './trusted-root.js';
import { toDsseV001, toHashedRekordV001, toHashedRekordV002, type EntrySigner } from './entries.js';
import { toExtensionMap } from './extensions.js';

export type { TestCertExtensions } from './extensions.js';
export type { InstanceOptions, MintedBundle, SignOptions, TestInstance } from './types.js';
import type { InstanceOptions, MintedBundle, SignOptions, TestInstance } from './types.js';

const MEDIA = {
  '0.1': 'application/vnd.dev.sigstore.bundle+json;version=0.1',
  '0.2': 'application/vnd.dev.sigstore.bundle+json;version=0.2',
  '0.3': 'application/vnd.dev.sigstore.bundle.v0.3+json',
};

export async function createTestInstance(options: InstanceOptions = {}): Promise<TestInstance> {
  const org = options.organization ?? 'provenance-gate test';
  const hasTlog = options.tlog ?? true;
  const hasCt = options.ctlog ?? true;
  const hasTsa = options.tsa ?? true;
  const epoch = new Date('2025-01-01T00:00:00Z');
  const defaultTime = options.time ?? new Date('2025-06-01T12:00:00Z');
  const root = createCa(org, `${org} root`, 'self', epoch, 1n);
  const intermediate = createCa(org, `${org} intermediate`, root, epoch, 2n);
  const tsaRoot = createCa(org, `${org} TSA root`, 'self', epoch, 3n);
  const tsaCert = createTsaCert(tsaRoot, epoch, 4n);
  const tsa = { cert: tsaCert, issuerName: readIssuerName(tsaCert.der), serial: 4n };
  const rekor = new TestLog('rekor.provenance-gate.test');
  const rekorV2 = new TestLog('log2025.rekor.provenance-gate.test', 3, 'ed25519');
  const ct = new TestLog('ct.provenance-gate.test', 0);
  const managed = newKey('P-256');
  let serial = 100n;

  const trustedRoot = toTrustedRoot({
    organization: org,
    start: epoch,
    tlogs: hasTlog ? [rekor, rekorV2] : [],
    ctlog: hasCt ? ct : undefined,
    caChain: [intermediate.der, root.der],
    tsaChain: hasTsa ? [tsaCert.der, tsaRoot.der] : undefined,
  });
  const defaults = {
    san: 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0',
    issuer: 'https://token.actions.githubusercontent.com',
    time: defaultTime,
  };

  /** The signing identity: a fresh leaf (or the managed key), and how tlog bodies name it. */
  function toSigner(o: SignOptions, time: Date): EntrySigner & { key: KeyPair } {
    if (o.withKey) {
      return { key: managed, verifierPem: managed.publicKey.export({ type: 'spki', format: 'pem' }).toString(), spki: spkiOf(managed.publicKey) };
    }
    const leaf = createLeaf(intermediate, {
      san: o.san ?? defaults.san,
      sanType: o.sanType ?? 'uri',
      fulcio: toExtensionMap(o.issuer ?? defaults.issuer, o.extensions),
      notBefore: new Date(time.getTime() - 5_000),
      notAfter: new Date(time.getTime() + 10 * 60_000),
      serial: serial++,
      ctlog: hasCt ? { key: ct.key, logId: ct.logId, time } : undefined,
      profile: o.leaf,
    });
    return { key: leaf.key, verifierPem: toPem(leaf.der), cert: leaf.der, spki: spkiOf(leaf.key.publicKey) };
  }

  function toBundle(
    o: SignOptions,
    time: Date,
    signer: { cert?: Buffer },
    signature: Buffer,
    content: Record<string, unknown>,
    entry?: TlogEntryJson,
  ): MintedBundle {
    const version = o.version ?? '0.3';
    const vm: Record<string, unknown> = {};
    if (!signer.cert) vm.publicKey = { hint: createHash('sha256').update(spkiOf(managed.publicKey)).digest('base64') };
    else if (version === '0.3') vm.certificate = { rawBytes: signer.cert.toString('base64') };
    else vm.x509CertificateChain = { certificates: [{ rawBytes: signer.cert.toString('base64') }] };
    const tlogEntries: Record<string, unknown>[] = [];
    if (entry) {
      const e: Record<string, unknown> = { ...entry };
      if (version === '0.1') delete e.inclusionProof;
      tlogEntries.push(e);
    }
    vm.tlogEntries = tlogEntries;
    if (o.withTimestamp ?? (!entry || !hasTlog || !!o.rekorV2)) {
      const token = createTimestamp(tsa, signature, new Date(time.getTime() + 1000), serial++);
      vm.timestampVerificationData = { rfc3161Timestamps: [{ signedTimestamp: token.toString('base64') }] };
    }
    const bundle = { mediaType: MEDIA[version], verificationMaterial: vm, ...content };
    return { bundle, json: JSON.stringify(bundle), certificate: signer.cert };
  }

  const logTime = (t: Date) => new Date(t.getTime() + 2000);

  /** The log entry for a signature: v1 body in the v1 log, or hashedrekord 0.0.2 in the v2 log. */
  function toEntry(o: SignOptions, time: Date, v1: () => object, v2: () => object): TlogEntryJson | undefined {
    if (o.noTlog || !hasTlog) return undefined;
    if (o.rekorV2) return rekorV2.append(v2(), 'hashedrekord', logTime(time), true);
    const body = v1() as { kind: string };
    return rekor.append(body, body.kind, logTime(time));
  }

  return {
    trustedRoot,
    writeTrustedRoot(dir: string): string {
      mkdirSync(dir, { recursive: true });
      const path = join(dir, 'trusted_root.json');
      writeFileSync(path, `${JSON.stringify(trustedRoot, null, 2)}\n`);
      return path;
    },
    managedKeyPem: managed.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    defaults,
    signMessage(data, o = {}) {
      const time = o.time ?? defaultTime;
      const bytes = Buffer.from(data);
      const signer = toSigner(o, time);
      const digest = createHash('sha256').update(bytes).digest();
      const signature = sign('sha256', bytes, signer.key.privateKey);
      const entry = toEntry(o, time, () => toHashedRekordV001(digest, signature, signer), () => toHashedRekordV002(digest, signature, signer));
      const content = { messageSignature: { messageDigest: { algorithm: 'SHA2_256', digest: digest.toString('base64') }, signature: signature.toString('base64') } };
      return toBundle(o, time, signer, signature, content, entry);
    },
    signDsse(payloadType, payload, o = {}) {
      const time = o.time ?? defaultTime;
      const bytes = Buffer.from(payload);
      const signer = toSigner(o, time);
      const pae = Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${bytes.length} `), bytes]);
      const signature = sign('sha256', pae, signer.key.privateKey);
      const envelope = { payload: bytes.toString('base64'), payloadType, signatures: [{ sig: signature.toString('base64'), keyid: '' }] };
      const paeDigest = createHash('sha256').update(pae).digest();
      const entry = toEntry(o, time, () => toDsseV001(envelope, bytes, signature, signer), () => toHashedRekordV002(paeDigest, signature, signer));
      return toBundle(o, time, signer, signature, { dsseEnvelope: envelope }, entry);
    },
  };
}

/** An in-toto v1 statement naming `subjects` (name → sha256 hex). */
export function toStatement(subjects: Record<string, string>, predicateType = 'https://slsa.dev/provenance/v1', predicate: unknown = {}): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: Object.entries(subjects).map(([name, sha256]) => ({ name, digest: { sha256 } })),
      predicateType,
      predicate,
    }),
  );
}

export const IN_TOTO = 'application/vnd.in-toto+json';
