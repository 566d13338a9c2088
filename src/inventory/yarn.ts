/**
 * yarn.lock comes in two unrelated formats under one name: yarn classic's own syntax
 * (`# yarn lockfile v1`) and yarn 2+'s YAML (`__metadata:`). Pick by content.
 */
import type { Inventory } from '../types.js';
import type { ParseContext } from './formats.js';
import { parseYarnBerryLockfile } from './yarn-berry.js';
import { parseYarnV1Lockfile } from './yarn-v1.js';

export function parseYarnLockfile(text: string, file: string, ctx: ParseContext): Inventory {
  return /^__metadata:/m.test(text) ? parseYarnBerryLockfile(text, file, ctx) : parseYarnV1Lockfile(text, file, ctx);
}
