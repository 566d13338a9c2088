/**
 * Interop tests read ../shared/real-world, which CI always has and a user's fresh clone
 * does not. Tests that need it use `describeRealWorld`, reported as skipped without it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_WORLD = process.env.PROVENANCE_GATE_REAL_WORLD ?? resolve(REPO_ROOT, '../shared/real-world');
export const HAS_REAL_WORLD = existsSync(join(REAL_WORLD, 'MANIFEST.md'));

export function realWorld(...parts: string[]): string {
  return join(REAL_WORLD, ...parts);
}

export const describeRealWorld = HAS_REAL_WORLD ? describe : describe.skip;
