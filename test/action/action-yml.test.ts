import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toRunOptions } from '../../src/action/inputs.js';
import { REPO_ROOT } from '../support/real-world.js';

interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

const yml = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares the inputs and outputs of the contract, each described', () => {
    expect(Object.keys(yml.inputs).sort()).toEqual(
      ['artifacts', 'attestations-registry', 'cache-dir', 'concurrency', 'evidence-dir', 'github-token', 'lockfiles', 'mode', 'offline', 'policy', 'registry', 'report-file', 'sarif-file', 'sbom-file', 'trusted-roots'].sort(),
    );
    expect(Object.keys(yml.outputs).sort()).toEqual(['counts', 'report-file', 'sarif-file', 'sbom', 'sbom-file', 'verdict']);
    for (const [name, spec] of [...Object.entries(yml.inputs), ...Object.entries(yml.outputs)]) {
      expect(spec.description?.length, name).toBeGreaterThan(20);
    }
  });

  it('sets no default the policy file could also set (only the token has one)', () => {
    const withDefaults = Object.entries(yml.inputs).filter(([, s]) => s.default !== undefined).map(([n]) => n);
    expect(withDefaults).toEqual(['github-token']);
    expect(yml.inputs['github-token']!.default).toBe('${{ github.token }}');
  });

  it('every declared input is read by the action, and nothing else is', () => {
    const read = new Set<string>();
    toRunOptions((name) => (read.add(name), ''), {}, { cwd: '/ws', now: new Date(0), log: () => {} });
    expect([...read].sort()).toEqual(Object.keys(yml.inputs).sort());
  });
});
