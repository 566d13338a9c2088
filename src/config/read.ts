/** The only config module that touches the disk: read the policy file, then parse it. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { GateError } from '../errors.js';
import { toDefaultPolicy } from './defaults.js';
import { parsePolicy } from './parse.js';
import type { Policy } from './types.js';

/** Reads and parses `path` (relative to `cwd`); undefined → the built-in defaults. */
export async function readPolicy(path: string | undefined, cwd: string = process.cwd()): Promise<Policy> {
  if (path === undefined) return toDefaultPolicy();
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new GateError('CONFIG_NOT_FOUND', `Policy file ${path} does not exist.`, {
        file: path,
        fix: 'Pass an existing file with --policy (input `policy`), or omit it to use the defaults.',
        cause: e,
      });
    }
    throw new GateError('CONFIG_INVALID', `Policy file ${path} cannot be read (${code ?? 'error'}).`, { file: path, cause: e });
  }
  return parsePolicy(text, path);
}
