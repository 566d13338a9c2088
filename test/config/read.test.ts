import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/config/index.js';
import { isGateError } from '../../src/errors.js';
import { REPO_ROOT } from '../support/real-world.js';

const dir = mkdtempSync(join(tmpdir(), 'pg-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rejectionCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return isGateError(e) ? e.code : 'NOT_A_GATE_ERROR';
  }
  return undefined;
}

describe('readPolicy', () => {
  it('returns the defaults when no file is given', async () => {
    const p = await readPolicy(undefined);
    expect(p.file).toBeUndefined();
    expect(p.dependencies.registrySignatures.level).toBe('require');
  });

  it('reads a file relative to cwd and names it as given', async () => {
    const p = await readPolicy('fixtures/policies/full-example.yml', REPO_ROOT);
    expect(p.file).toBe('fixtures/policies/full-example.yml');
    expect(p.locations['exceptions[0]']?.file).toBe('fixtures/policies/full-example.yml');
  });

  describe('when the file does not exist', () => {
    it('fails with CONFIG_NOT_FOUND', async () => {
      expect(await rejectionCode(readPolicy('nope.yml', dir))).toBe('CONFIG_NOT_FOUND');
    });
  });

  describe('when the path is a directory', () => {
    it('fails with CONFIG_INVALID', async () => {
      expect(await rejectionCode(readPolicy('.', dir))).toBe('CONFIG_INVALID');
    });
  });

  describe('when the file is invalid', () => {
    it('fails with CONFIG_INVALID naming the file', async () => {
      writeFileSync(join(dir, 'bad.yml'), 'mode: loud\n');
      const err = await readPolicy('bad.yml', dir).catch((e: unknown) => e);
      expect(isGateError(err) && err.code).toBe('CONFIG_INVALID');
      expect(isGateError(err) && err.message).toContain('bad.yml:1:7: mode: expected one of enforce, audit; got "loud"');
    });
  });
});
