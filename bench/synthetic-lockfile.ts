/**
 * A deterministic synthetic npm lockfile (v3) of any size, for scaling benchmarks:
 * ~80% hoisted packages, ~20% nested under a hoisted parent (a second version),
 * some scoped names, 0–4 dependencies each, real-looking sha512 integrity, licenses
 * mixing SPDX ids, expressions and free text. Same size → byte-identical output.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENSES = ['MIT', 'ISC', 'Apache-2.0', '(MIT OR Apache-2.0)', 'BSD-3-Clause', 'UNLICENSED', 'BSD-2-Clause'];

/** Small seeded PRNG (mulberry32): the same sequence on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entry(name: string, version: string, deps: Record<string, string>, i: number): Record<string, unknown> {
  const bare = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  const e: Record<string, unknown> = {
    version,
    resolved: `https://registry.npmjs.org/${name}/-/${bare}-${version}.tgz`,
    integrity: `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`,
    license: LICENSES[i % LICENSES.length],
  };
  if (i % 11 === 0) e.dev = true;
  if (i % 29 === 0) e.optional = true;
  if (Object.keys(deps).length) e.dependencies = deps;
  return e;
}

/** Write `dir`/package.json + package-lock.json with `count` packages; returns the lockfile path. */
export function writeSyntheticProject(dir: string, count: number): string {
  const rnd = random(count);
  const hoisted = Math.ceil(count * 0.8);
  const names = Array.from({ length: hoisted }, (_, i) => (i % 9 === 0 ? `@scope-${i % 97}/pkg-${i}` : `pkg-${i}`));
  const packages: Record<string, unknown> = {};
  const rootDeps: Record<string, string> = {};
  for (let i = 0; i < Math.min(200, hoisted); i++) rootDeps[names[i]!] = `^1.${i % 7}.0`;
  packages[''] = { name: 'synthetic', version: '1.0.0', license: 'MIT', dependencies: rootDeps };
  const pickDeps = (): Record<string, string> => {
    const deps: Record<string, string> = {};
    const n = Math.floor(rnd() * 5);
    for (let k = 0; k < n; k++) deps[names[Math.floor(rnd() * hoisted)]!] = '^1.0.0';
    return deps;
  };
  for (let i = 0; i < hoisted; i++) packages[`node_modules/${names[i]}`] = entry(names[i]!, `1.${i % 7}.${i % 13}`, pickDeps(), i);
  for (let i = hoisted; i < count; i++) {
    // A second version of a hoisted package, nested under another hoisted one that needs it.
    const target = names[Math.floor(rnd() * hoisted)]!;
    const parent = names[Math.floor(rnd() * hoisted)]!;
    const path = `node_modules/${parent}/node_modules/${target}`;
    if (packages[path] || target === parent) continue;
    packages[path] = entry(target, `2.${i % 5}.0`, pickDeps(), i);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'synthetic', version: '1.0.0', license: 'MIT', dependencies: rootDeps }, null, 2)}\n`);
  const lockfile = join(dir, 'package-lock.json');
  writeFileSync(lockfile, `${JSON.stringify({ name: 'synthetic', version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
  return lockfile;
}
