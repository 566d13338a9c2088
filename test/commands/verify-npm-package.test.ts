import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';

interface AttCase {
  id: string;
  package: { name: string; version: string };
  attestationsFile: string;
  tarball: string;
  expected: 'valid' | 'invalid';
}

/** The repository each real package was built from (from its certificate). */
const SOURCE: Record<string, string> = {
  sigstore: 'github.com/sigstore/sigstore-js',
  'tuf-js': 'github.com/theupdateframework/tuf-js',
  '@playwright/cli': 'github.com/microsoft/playwright-cli',
};

function args(c: AttCase, extra: string[] = [], over: Partial<{ name: string; version: string; source: string }> = {}): string[] {
  const name = over.name ?? c.package.name;
  return [
    'verify-npm-package',
    realWorld('npm', c.tarball),
    '--attestations-path', realWorld('npm', c.attestationsFile),
    '--package-name', name,
    '--package-version', over.version ?? c.package.version,
    '--source-uri', over.source ?? SOURCE[name]!,
    ...extra,
  ];
}

describe('verify-npm-package usage', () => {
  it('prints help', async () => {
    const r = await runCli(['verify-npm-package', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--attestations-path');
  });
  it('requires the slsa-verifier flags (USAGE, exit 2)', async () => {
    const r = await runCli(['verify-npm-package', 'x.tgz', '--package-name', 'a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('USAGE');
  });
  it('names a missing tarball (INPUT_NOT_FOUND, exit 2)', async () => {
    const r = await runCli(['verify-npm-package', '/nonexistent.tgz', '--attestations-path', 'a.json', '--package-name', 'a', '--package-version', '1.0.0', '--source-uri', 'github.com/a/b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('INPUT_NOT_FOUND');
  });
});

describeRealWorld('verify-npm-package on real npm attestations (npm-attestation-cases.json)', () => {
  const { cases } = JSON.parse(readFileSync(realWorld('npm-attestation-cases.json'), 'utf8')) as { cases: AttCase[] };

  for (const c of cases) {
    it(`${c.id}: ${c.expected === 'valid' ? 'PASSED' : 'FAILED'}`, async () => {
      const r = await runCli(args(c));
      if (c.expected === 'valid') {
        expect(r.stderr).toContain('PASSED: SLSA verification passed');
        expect(r.code).toBe(0);
      } else {
        expect(r.stderr).toContain('FAILED: SLSA verification failed: PROVENANCE_SUBJECT_MISMATCH');
        expect(r.code).toBe(1);
      }
    });
  }

  const sigstore = () => cases.find((c) => c.id === 'cli-sigstore@1.0.0')!;
  const playwright = () => cases.find((c) => c.id === 'dotnet-@playwright/cli@0.1.1')!;
  const failures: Array<[string, () => string[], string]> = [
    ['another source repository', () => args(sigstore(), [], { source: 'github.com/evil/sigstore-js' }), 'PROVENANCE_SOURCE_MISMATCH'],
    ['another package version', () => args(sigstore(), [], { version: '1.0.1' }), 'PROVENANCE_SUBJECT_MISMATCH'],
    ['another package name', () => args(sigstore(), [], { name: 'sigstore-evil', source: SOURCE.sigstore }), 'PROVENANCE_SUBJECT_MISMATCH'],
    ['another tag', () => args(sigstore(), ['--source-tag', 'v1.0.1']), 'PROVENANCE_REF_MISMATCH'],
    ['a branch on a tag build without base_ref', () => args(playwright(), ['--source-branch', 'release']), 'PROVENANCE_REF_MISMATCH'],
    ['another versioned tag', () => args(playwright(), ['--source-versioned-tag', 'v1']), 'PROVENANCE_REF_MISMATCH'],
    ['another builder id', () => args(playwright(), ['--builder-id', 'https://github.com/evil/builder']), 'PROVENANCE_BUILDER_MISMATCH'],
    ['the tarball of another package', () => [...args(sigstore()).slice(0, 1), realWorld('npm/registry-mirror-tarballs/tuf-js-1.0.0.tgz'), ...args(sigstore()).slice(2)], 'PROVENANCE_SUBJECT_MISMATCH'],
  ];
  for (const [what, argv, code] of failures) {
    it(`FAILED on ${what} (${code})`, async () => {
      const r = await runCli(argv());
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`FAILED: SLSA verification failed: ${code}`);
    });
  }

  it('PASSED with matching tag, versioned tag and builder id', async () => {
    const r = await runCli(args(playwright(), ['--source-tag', 'v0.1.1', '--source-versioned-tag', 'v0.1', '--builder-id', 'https://github.com/actions/runner/github-hosted', '--print-provenance']));
    expect(r.stderr).toContain('PASSED');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ predicateType: 'https://slsa.dev/provenance/v1', subjects: [{ name: 'pkg:npm/%40playwright/cli@0.1.1' }] });
  });
});
