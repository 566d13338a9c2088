/** Reading a bundle file with the bad-input rules: missing/unreadable → exit 2, huge → rejected, never a crash. */
import { readFileSync, statSync } from 'node:fs';
import { GateError } from '../errors.js';
import { parseBundle } from './bundle.js';
import type { ParsedBundle } from './types.js';

/** Real bundles are a few KB; anything this large is not one (and is not read into memory). */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

export function readBundleFile(path: string, display = path): ParsedBundle {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_BUNDLE_BYTES) {
      throw new GateError('BUNDLE_MALFORMED', `not a Sigstore bundle: ${size} bytes (bundles are at most ${MAX_BUNDLE_BYTES})`, { file: display });
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof GateError) throw e;
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
    throw new GateError(code, `cannot read bundle: ${(e as Error).message}`, { file: display, cause: e });
  }
  return parseBundle(text, display);
}
