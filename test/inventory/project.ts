/** Writes a throw-away project folder (package.json + lockfile…) for inventory tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Each value is written as-is when a string, else as pretty JSON (like npm writes it). */
export function writeProject(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-npm-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return dir;
}

export const SHA512 = 'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==';

/** A registry entry for lockfile v2/v3 `packages`. */
export function reg(name: string, version: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const bare = name.startsWith('@') ? name.split('/')[1] : name;
  return { version, resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`, integrity: SHA512, license: 'MIT', ...extra };
}
