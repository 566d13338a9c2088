/**
 * Artifact digests: streaming file hashing (constant memory for multi-GB files) and
 * the `sha256:<hex>` notation of the conformance protocol and `--digest`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { GateError } from '../errors.js';
import type { ArtifactDigest, DigestAlgorithm } from './types.js';

const HEX_LENGTH: Record<DigestAlgorithm, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** `sha256:<hex>` (also sha384/sha512) → digest; undefined when it is not that notation. */
export function parseDigest(text: string): ArtifactDigest | undefined {
  const m = /^(sha256|sha384|sha512):([0-9a-fA-F]+)$/.exec(text.trim());
  if (!m) return undefined;
  const algorithm = m[1] as DigestAlgorithm;
  const hex = m[2]!.toLowerCase();
  if (hex.length !== HEX_LENGTH[algorithm]) return undefined;
  return { algorithm, hex };
}

export function digestData(data: Uint8Array, algorithm: DigestAlgorithm): ArtifactDigest {
  return { algorithm, hex: createHash(algorithm).update(data).digest('hex') };
}

/** Hashes a file once, streaming, for every algorithm asked. Unreadable → INPUT_UNREADABLE / INPUT_NOT_FOUND. */
export async function digestFile(path: string, algorithms: DigestAlgorithm[] = ['sha256']): Promise<ArtifactDigest[]> {
  const unique = [...new Set(algorithms)];
  const hashes = unique.map((a) => createHash(a));
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      for (const h of hashes) h.update(chunk as Buffer);
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
    throw new GateError(code, `cannot read artifact: ${(e as Error).message}`, { file: path, cause: e });
  }
  return unique.map((algorithm, i) => ({ algorithm, hex: hashes[i]!.digest('hex') }));
}
