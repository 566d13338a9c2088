/**
 * A Rekor-like transparency log: a real RFC 6962 Merkle tree, signed entry timestamps
 * (SET), inclusion proofs and signed checkpoints (key hint = first 4 bytes of the log id).
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { json } from '@sigstore/core';
import { newKey, spkiOf, type KeyPair } from './certs.js';

const sha256 = (...parts: Buffer[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
};
const leafHash = (body: Buffer) => sha256(Buffer.from([0]), body);
const nodeHash = (l: Buffer, r: Buffer) => sha256(Buffer.from([1]), l, r);

/** Largest power of two strictly below n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

function root(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(root(leaves.slice(0, k)), root(leaves.slice(k)));
}

/** RFC 6962 §2.1.1 audit path, leaf to root. */
function path(m: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...path(m, leaves.slice(0, k)), root(leaves.slice(k))]
    : [...path(m - k, leaves.slice(k)), root(leaves.slice(0, k))];
}

/** The bundle's `tlogEntries[]` element (JSON shape). */
export interface TlogEntryJson {
  logIndex: string;
  logId: { keyId: string };
  kindVersion: { kind: string; version: string };
  integratedTime: string;
  inclusionPromise?: { signedEntryTimestamp: string };
  inclusionProof: { logIndex: string; rootHash: string; treeSize: string; hashes: string[]; checkpoint: { envelope: string } };
  canonicalizedBody: string;
}

export class TestLog {
  readonly key: KeyPair;
  readonly logId: Buffer;
  private readonly leaves: Buffer[] = [];

  /** `ed25519` like Rekor v2's log key; P-256 like Rekor v1's. */
  constructor(
    readonly origin: string,
    fillers = 5,
    readonly keyType: 'P-256' | 'ed25519' = 'P-256',
  ) {
    this.key = keyType === 'ed25519' ? generateKeyPairSync('ed25519') : newKey('P-256');
    this.logId = sha256(spkiOf(this.key.publicKey));
    for (let i = 0; i < fillers; i++) this.leaves.push(leafHash(Buffer.from(`filler ${i}`)));
  }

  get keyDetails(): string {
    return this.keyType === 'ed25519' ? 'PKIX_ED25519' : 'PKIX_ECDSA_P256_SHA_256';
  }

  get baseUrl(): string {
    return `https://${this.origin}`;
  }

  /**
   * Appends `body` (canonical JSON) at `time`, then two filler leaves so the proof has
   * inner and border hashes. Rekor v2 style (`v2`): no integrated time, no SET.
   */
  append(body: object, kind: string, time: Date, v2 = false): TlogEntryJson {
    const bodyBytes = Buffer.from(json.canonicalize(body), 'utf8');
    const index = this.leaves.length;
    this.leaves.push(leafHash(bodyBytes));
    this.leaves.push(leafHash(Buffer.from(`after ${index} a`)), leafHash(Buffer.from(`after ${index} b`)));
    const integratedTime = Math.floor(time.getTime() / 1000);
    const set = v2
      ? undefined
      : sign(
          'sha256',
          Buffer.from(json.canonicalize({ body: bodyBytes.toString('base64'), integratedTime, logIndex: index, logID: this.logId.toString('hex') })),
          this.key.privateKey,
        );
    const size = this.leaves.length;
    const rootHash = root(this.leaves);
    return {
      logIndex: String(index),
      logId: { keyId: this.logId.toString('base64') },
      kindVersion: { kind, version: v2 ? '0.0.2' : '0.0.1' },
      integratedTime: v2 ? '0' : String(integratedTime),
      ...(set ? { inclusionPromise: { signedEntryTimestamp: set.toString('base64') } } : {}),
      inclusionProof: {
        logIndex: String(index),
        rootHash: rootHash.toString('base64'),
        treeSize: String(size),
        hashes: path(index, this.leaves).map((h) => h.toString('base64')),
        checkpoint: { envelope: this.checkpoint(size, rootHash) },
      },
      canonicalizedBody: bodyBytes.toString('base64'),
    };
  }

  /** A signed note: `origin\nsize\nroot\n` + blank line + `— origin base64(keyhint ‖ sig)`. */
  checkpoint(size: number, rootHash: Buffer): string {
    const note = `${this.origin}\n${size}\n${rootHash.toString('base64')}\n`;
    const sig = sign(this.keyType === 'ed25519' ? null : 'sha256', Buffer.from(note), this.key.privateKey);
    const hinted = Buffer.concat([this.logId.subarray(0, 4), sig]).toString('base64');
    return `${note}\n\u2014 ${this.origin} ${hinted}\n`;
  }
}
