/**
 * Resolving the artifact a bundle is checked against into bytes and/or digests, with
 * the fewest hash passes: small files are read (so node:crypto verifies natively),
 * large ones are hashed streaming in one pass for every algorithm needed.
 */
import { stat, readFile } from 'node:fs/promises';
import { GateError } from '../errors.js';
import { digestData, digestFile } from './digest.js';
import type { ArtifactDigest, ArtifactInput, DigestAlgorithm } from './types.js';

/** Files up to this size are read into memory; larger ones are streamed. */
export const IN_MEMORY_LIMIT = 32 * 1024 * 1024;

export interface ResolvedArtifact {
  data?: Buffer;
  digests: ArtifactDigest[];
}

/** Returns the artifact's bytes (when cheap) and its digests for `algorithms` (those computable). */
export async function resolveArtifact(input: ArtifactInput, algorithms: DigestAlgorithm[]): Promise<ResolvedArtifact> {
  const given = [...(input.digests ?? []), ...(input.digest ? [input.digest] : [])].map((d) => ({
    algorithm: d.algorithm,
    hex: d.hex.toLowerCase(),
  }));
  if (input.data) {
    const data = Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength);
    return { data, digests: [...given, ...algorithms.map((a) => digestData(data, a))] };
  }
  if (input.path !== undefined) {
    let size: number;
    try {
      size = (await stat(input.path)).size;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
      throw new GateError(code, `cannot read artifact: ${(e as Error).message}`, { file: input.path, cause: e });
    }
    if (size <= IN_MEMORY_LIMIT) {
      const data = await readFile(input.path).catch((e: unknown) => {
        throw new GateError('INPUT_UNREADABLE', `cannot read artifact: ${(e as Error).message}`, { file: input.path, cause: e });
      });
      return { data, digests: [...given, ...algorithms.map((a) => digestData(data, a))] };
    }
    return { digests: [...given, ...(await digestFile(input.path, algorithms))] };
  }
  return { digests: given };
}

/** Whether the input names an artifact at all. */
export function hasArtifact(input: ArtifactInput | undefined): input is ArtifactInput {
  return !!input && (input.data !== undefined || input.path !== undefined || !!input.digest || !!input.digests?.length);
}
