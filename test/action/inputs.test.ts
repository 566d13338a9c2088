import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toList, toRunOptions, toSecrets } from '../../src/action/inputs.js';
import type { GateError } from '../../src/errors.js';

const NOW = new Date('2026-11-26T08:00:00Z');
const context = { cwd: '/fallback', now: NOW, log: () => {} };

function inputs(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

function usageError(fn: () => unknown): GateError {
  try {
    fn();
  } catch (e) {
    return e as GateError;
  }
  throw new Error('expected a USAGE error');
}

describe('toRunOptions', () => {
  const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp/runner' };

  describe('when no input is set', () => {
    const o = toRunOptions(inputs({}), env, context);

    it('leaves everything the policy decides undefined', () => {
      expect(o.policyFile).toBeUndefined();
      expect(o.mode).toBeUndefined();
      expect(o.registry).toBeUndefined();
    });

    it('discovers lockfiles and writes every report into RUNNER_TEMP', () => {
      expect(o).toMatchObject({
        cwd: '/ws',
        lockfiles: [],
        artifacts: [],
        offline: false,
        concurrency: 64,
        trustedRoots: [],
        sbomFile: '/tmp/runner/provenance-gate/sbom.cdx.json',
        jsonFile: '/tmp/runner/provenance-gate/report.json',
        sarifFile: '/tmp/runner/provenance-gate/report.sarif',
        now: NOW,
      });
    });
  });

  it('maps every input, resolving paths against the workspace', () => {
    const o = toRunOptions(
      inputs({
        policy: 'ci/provenance-gate.yml',
        lockfiles: 'package-lock.json\napps/web/pnpm-lock.yaml',
        artifacts: 'dist/*.tgz, dist/*.zip',
        'sbom-file': 'out/sbom.json',
        'report-file': '/tmp/runner/report.json',
        'sarif-file': 'out/gate.sarif',
        mode: 'audit',
        registry: 'https://npm.example.com/',
        'attestations-registry': 'https://registry.npmjs.org',
        'github-token': 'ghs_secret',
        'trusted-roots': 'roots/github.json',
        offline: 'true',
        'evidence-dir': 'fixtures/evidence',
        concurrency: '4',
        'cache-dir': '.cache/pg',
      }),
      env,
      context,
    );
    expect(o).toMatchObject({
      policyFile: '/ws/ci/provenance-gate.yml',
      lockfiles: ['/ws/package-lock.json', '/ws/apps/web/pnpm-lock.yaml'],
      artifacts: ['dist/*.tgz', 'dist/*.zip'],
      sbomFile: '/ws/out/sbom.json',
      jsonFile: '/tmp/runner/report.json',
      sarifFile: '/ws/out/gate.sarif',
      mode: 'audit',
      registry: 'https://npm.example.com/',
      attestationsRegistry: 'https://registry.npmjs.org',
      githubToken: 'ghs_secret',
      trustedRoots: ['/ws/roots/github.json'],
      offline: true,
      evidenceDir: '/ws/fixtures/evidence',
      concurrency: 4,
      cacheDir: '/ws/.cache/pg',
    });
  });

  it.each([
    ['policy', '../elsewhere/policy.yml'],
    ['report-file', '/etc/report.json'],
    ['lockfiles', 'package-lock.json\n/home/user/other/package-lock.json'],
    ['trusted-roots', '../../root.json'],
    ['cache-dir', '/var/cache/pg'],
  ])('refuses a %s path outside the workspace and RUNNER_TEMP (INPUT_OUTSIDE_WORKSPACE)', (name, value) => {
    const e = usageError(() => toRunOptions(inputs({ [name]: value }), env, context));
    expect(e.code).toBe('INPUT_OUTSIDE_WORKSPACE');
    expect(e.message).toContain(`input '${name}'`);
  });

  it('refuses a path that leaves the workspace through a symlink', () => {
    const ws = mkdtempSync(join(tmpdir(), 'pg-ws-'));
    const outside = mkdtempSync(join(tmpdir(), 'pg-outside-'));
    writeFileSync(join(outside, 'policy.yml'), 'mode: audit\n');
    symlinkSync(outside, join(ws, 'link'));
    const e = usageError(() => toRunOptions(inputs({ policy: 'link/policy.yml' }), { GITHUB_WORKSPACE: ws }, context));
    expect(e.code).toBe('INPUT_OUTSIDE_WORKSPACE');
  });

  it('falls back to the context cwd without GITHUB_WORKSPACE and writes reports under it', () => {
    const o = toRunOptions(inputs({}), {}, context);
    expect(o.cwd).toBe('/fallback');
    expect(o.jsonFile).toBe('/fallback/.provenance-gate/report.json');
  });

  it('takes npm tokens from NODE_AUTH_TOKEN, then NPM_TOKEN', () => {
    expect(toRunOptions(inputs({}), { NODE_AUTH_TOKEN: 'a', NPM_TOKEN: 'b' }, context).npmToken).toBe('a');
    expect(toRunOptions(inputs({}), { NPM_TOKEN: 'b' }, context).npmToken).toBe('b');
  });

  it.each([
    ['offline', 'yes', /input 'offline' must be true or false, got 'yes'/],
    ['concurrency', '0', /input 'concurrency' must be an integer from 1 to 256/],
    ['concurrency', 'many', /input 'concurrency' must be an integer/],
    ['mode', 'strict', /input 'mode' must be enforce or audit, got 'strict'/],
    ['registry', 'npm.example.com', /input 'registry' must be an http\(s\) URL/],
    ['registry', 'ftp://npm.example.com', /input 'registry' must be an http\(s\) URL/],
    ['attestations-registry', 'https://user:pw@npm.example.com', /must not contain credentials/],
  ])('rejects %s=%s with USAGE', (name, value, message) => {
    const e = usageError(() => toRunOptions(inputs({ [name]: value }), env, context));
    expect(e.code).toBe('USAGE');
    expect(e.message).toMatch(message);
  });

  it.each(['true', 'True', 'TRUE'])('reads offline=%s as true', (value) => {
    expect(toRunOptions(inputs({ offline: value }), env, context).offline).toBe(true);
  });
});

describe('toList', () => {
  it('splits on newlines and commas, dropping blanks and comments', () => {
    expect(toList(' a.json ,\n\n# comment\nb.json\n')).toEqual(['a.json', 'b.json']);
  });
});

describe('toSecrets', () => {
  it('lists the github-token input and the token variables, once each', () => {
    expect(toSecrets(inputs({ 'github-token': 'g' }), { GITHUB_TOKEN: 'g', NODE_AUTH_TOKEN: 'n', NPM_TOKEN: '' })).toEqual(['g', 'n']);
    expect(toSecrets(inputs({}), {})).toEqual([]);
  });
});
