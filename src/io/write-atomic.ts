/**
 * Writes a file so that readers never see a half-written one: the content goes to a
 * temporary sibling first and is renamed over the target (rename is atomic within a
 * directory). On any failure the temporary file is removed and nothing is left behind.
 * Content may be a sequence of chunks, written as they come, so a large SBOM never
 * has to exist as one string.
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GateError } from '../errors.js';

/** What writeFileAtomic accepts: the whole content, or chunks in order. */
export type FileContent = string | Uint8Array | Iterable<string>;

const BATCH = 1 << 20; // gather small chunks into ~1 MiB writes
let counter = 0;

/** Write `content` to `path` atomically, creating missing parent folders. */
export async function writeFileAtomic(path: string, content: FileContent): Promise<void> {
  const dir = dirname(path);
  // Same directory as the target: a rename across file systems would not be atomic.
  // pid + time + counter is unique enough for a sibling temp name (and avoids loading node:crypto).
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${(counter++).toString(36)}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const file = await open(temp, 'wx');
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) {
        await file.writeFile(content);
      } else {
        // Encode into one reused buffer: no large temporary strings or buffers per write.
        const buffer = Buffer.allocUnsafe(BATCH);
        let used = 0;
        for (const chunk of content) {
          if (chunk.length * 3 > BATCH - used) {
            // Might not fit (UTF-8 needs at most 3 bytes per UTF-16 unit): flush first.
            if (used > 0) await writeAll(file, buffer.subarray(0, used));
            used = 0;
            if (chunk.length * 3 > BATCH) {
              await writeAll(file, Buffer.from(chunk, 'utf8'));
              continue;
            }
          }
          used += buffer.write(chunk, used, 'utf8');
        }
        if (used > 0) await writeAll(file, buffer.subarray(0, used));
      }
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    if (e instanceof GateError) throw e;
    throw new GateError('OUTPUT_UNWRITABLE', `cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
      file: path,
      fix: 'check that the output folder exists or can be created and is writable',
      cause: e,
    });
  }
}

/** FileHandle.write may write less than asked; loop until all of `bytes` is out. */
async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}
