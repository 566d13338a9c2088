/**
 * Writes a file so that readers never see a half-written one: the content goes to a
 * temporary sibling first and is renamed over the target (rename is atomic within a
 * directory). On any failure the temporary file is removed and nothing is left behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GateError } from '../errors.js';

/** Write `content` to `path` atomically, creating missing parent folders. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  // Same directory as the target: a rename across file systems would not be atomic.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw new GateError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
      file: path,
      fix: 'check that the output folder exists or can be created and is writable',
      cause: e,
    });
  }
}
