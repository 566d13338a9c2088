/**
 * Interop tests read ../shared/real-world, which CI always has and a user's fresh clone
 * does not. Tests that need it use `describeRealWorld`, reported as skipped without it.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REAL_WORLD = process.env.PROVENANCE_GATE_REAL_WORLD ?? resolve(REPO_ROOT, '../shared/real-world');
export const HAS_REAL_WORLD = existsSync(join(REAL_WORLD, 'MANIFEST.md'));

export function realWorld(...parts: string[]): string {
  return join(REAL_WORLD, ...parts);
}

/**
 * `describe` when the real-world data is there; otherwise one skipped test in its place.
 * (describe.skip would still run the body to collect its tests, and bodies read the data.)
 */
export const describeRealWorld: (name: string, body: () => void) => void = HAS_REAL_WORLD
  ? (name, body) => describe(name, body)
  : (name) =>
      describe.skip(name, () => {
        it.skip(`needs ${REAL_WORLD} (interop data; CI has it)`, () => {});
      });
