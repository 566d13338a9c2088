/**
 * Artifact globs (the action's `artifacts` input, `check --artifact`): relative to the
 * workspace and never outside it — not by `..`, not by an absolute path, not through
 * a symlink. A pattern that matches nothing is an input error, not "nothing to check".
 */
import { glob, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { GateError } from '../errors.js';
import { EVIDENCE_SUFFIXES } from './discover.js';

function outside(pattern: string, why: string): GateError {
  return new GateError('INPUT_OUTSIDE_WORKSPACE', `artifact pattern '${pattern}' ${why}`, {
    fix: 'artifact patterns are relative to the workspace and stay inside it',
  });
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Expands newline-separated or listed patterns to workspace-relative file paths (sorted, unique). */
export async function resolveArtifactGlobs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const root = await realpath(cwd);
  const out = new Set<string>();
  for (const raw of patterns.flatMap((p) => p.split('\n')).map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'))) {
    if (isAbsolute(raw)) throw outside(raw, 'is absolute');
    if (raw.split(/[\\/]/).includes('..')) throw outside(raw, "leaves the workspace ('..')");
    const matches: string[] = [];
    if (!picomatch.scan(raw).isGlob) {
      matches.push(raw);
    } else {
      // Evidence beside the artifacts is not itself an artifact.
      for await (const m of glob(raw, { cwd })) if (!EVIDENCE_SUFFIXES.some((x) => m.endsWith(x))) matches.push(m);
    }
    if (matches.length === 0) throw new GateError('INPUT_NOT_FOUND', `artifact pattern '${raw}' matches no file`);
    for (const m of matches) {
      const abs = resolve(cwd, m);
      let real: string;
      try {
        real = await realpath(abs);
      } catch (e) {
        throw new GateError('INPUT_NOT_FOUND', `artifact '${m}' does not exist`, { file: m, cause: e });
      }
      if (!isInside(root, real)) throw outside(raw, `matches '${m}', which resolves outside the workspace`);
      if ((await stat(real)).isFile()) out.add(relative(cwd, abs));
    }
  }
  return [...out].sort();
}
