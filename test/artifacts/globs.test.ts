import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveArtifactGlobs } from '../../src/artifacts/index.js';

let ws: string;
let outsideDir: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'pg-glob-'));
  ws = join(base, 'ws');
  outsideDir = join(base, 'outside');
  mkdirSync(join(ws, 'dist', 'sub'), { recursive: true });
  mkdirSync(outsideDir);
  writeFileSync(join(ws, 'dist', 'a.tgz'), 'a');
  writeFileSync(join(ws, 'dist', 'a.tgz.sigstore.json'), '{}');
  writeFileSync(join(ws, 'dist', 'sub', 'b.tgz'), 'b');
  writeFileSync(join(outsideDir, 'secret'), 's');
  symlinkSync(join(outsideDir, 'secret'), join(ws, 'dist', 'link'));
});

describe('resolveArtifactGlobs', () => {
  it('expands globs and literal paths relative to the workspace, skipping evidence files', async () => {
    expect(await resolveArtifactGlobs(['dist/**/*.tgz*'], ws)).toEqual(['dist/a.tgz', 'dist/sub/b.tgz']);
    expect(await resolveArtifactGlobs(['dist/a.tgz\n# comment\n\ndist/sub/b.tgz'], ws)).toEqual(['dist/a.tgz', 'dist/sub/b.tgz']);
  });

  it.each([
    ['../outside/secret'],
    ['dist/../../outside/*'],
    ['/etc/passwd'],
  ])('%s → INPUT_OUTSIDE_WORKSPACE', async (pattern) => {
    await expect(resolveArtifactGlobs([pattern], ws)).rejects.toMatchObject({ code: 'INPUT_OUTSIDE_WORKSPACE' });
  });

  it('a symlink out of the workspace → INPUT_OUTSIDE_WORKSPACE', async () => {
    await expect(resolveArtifactGlobs(['dist/link'], ws)).rejects.toMatchObject({ code: 'INPUT_OUTSIDE_WORKSPACE' });
    await expect(resolveArtifactGlobs(['dist/*'], ws)).rejects.toMatchObject({ code: 'INPUT_OUTSIDE_WORKSPACE' });
  });

  it('a pattern that matches nothing → INPUT_NOT_FOUND', async () => {
    await expect(resolveArtifactGlobs(['dist/*.zip'], ws)).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
    await expect(resolveArtifactGlobs(['dist/missing.tgz'], ws)).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});
