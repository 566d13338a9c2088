import { GateError } from '../errors.js';
import type { Inventory } from '../types.js';
import type { ParseContext } from './formats.js';

export function parseNpmLockfile(_text: string, file: string, _ctx: ParseContext): Inventory {
  throw new GateError('LOCKFILE_INVALID', 'npm lockfiles: not implemented yet', { file });
}
