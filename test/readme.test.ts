/**
 * The README is the contract users read: every reason code users can meet is listed there
 * (codes are never renamed, so a code missing from the README is a documentation bug),
 * and the two set-up commands it promises exist as npm scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/real-world.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

function toErrorCodes(): string[] {
  const src = readFileSync(join(REPO_ROOT, 'src/errors.ts'), 'utf8');
  const union = src.slice(src.indexOf('export type GateErrorCode'), src.indexOf(';', src.indexOf('export type GateErrorCode')));
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

describe('README', () => {
  it('lists every GateErrorCode', () => {
    const codes = toErrorCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((c) => !readme.includes(`\`${c}\``))).toEqual([]);
  });

  it('documents the two set-up commands, and they exist as scripts', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
    const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(Object.keys(scripts)).toEqual(expect.arrayContaining(['demo', 'test', 'build', 'bench']));
  });
});
