import { describe, expect, it } from 'vitest';
import { renderConsole, toColorEnabled, toProgress } from '../../src/report/index.js';
import { aFailingRun, aFinding, aRunResult, CWD } from './factories.js';

describe('renderConsole', () => {
  it('leads with the verdict and the counts, then one line per finding with where and fix', () => {
    const text = renderConsole(aFailingRun(), { cwd: CWD, color: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('provenance-gate: FAIL (enforce) — 4 packages, 1 artifact');
    expect(lines[1]).toBe('  verified 2 · missing 1 · invalid 1 · unverifiable 0 · excepted 1');
    expect(lines[2]).toBe('  ✖ left-pad@1.3.0  provenance  no provenance attestation was published for this version  (package-lock.json:10)');
    expect(lines[3]).toBe('      fix: ask the publisher to publish with --provenance, or add an exception');
    expect(text).toContain('  3 failing · 1 warning · 1 waived');
    expect(text).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(renderConsole(aRunResult(), { cwd: CWD, color: true })).toContain('\u001b[1;32mPASS\u001b[0m');
  });

  it('prints one line for the same reason on several checks of one package', () => {
    const reason = { code: 'PACKAGE_NOT_FROM_REGISTRY', fix: 'depend on a registry version', severity: 'warn' as const, subject: 'gitdep@0.3.0' };
    const run = aRunResult({
      findings: [
        aFinding({ ...reason, ruleId: 'registry-signatures', message: 'the registry signature could not be checked: git dependency' }),
        aFinding({ ...reason, ruleId: 'provenance', message: 'the provenance could not be checked: git dependency' }),
        aFinding({ subject: 'gitdep@0.3.0', ruleId: 'deny', code: 'POLICY_PACKAGE_DENIED', fix: 'remove it' }),
      ],
    });
    const text = renderConsole(run, { cwd: CWD, color: false });
    expect(text).toContain('⚠ gitdep@0.3.0  registry-signatures, provenance  the registry signature could not be checked');
    expect(text.match(/gitdep@0\.3\.0/g)).toHaveLength(2);
    expect(text).toContain('1 failing');
  });

  it('names what was waived (owner, expiry) and the artifacts that verified', () => {
    const text = renderConsole(aFailingRun(), { cwd: CWD, color: false });
    expect(text).toContain('◌ waived debug@4.3.4  provenance  publisher has no provenance yet; SEC-123 (platform-security, until 2027-03-31)');
    expect(text).toContain('✔ verified dist/app-1.0.0.tgz — https://github.com/myorg/app@refs/tags/v1.0.0 (0123456789ab)');
  });

  it('with limit 0 (--quiet) prints only the verdict, the counts and the totals', () => {
    const lines = renderConsole(aFailingRun(), { cwd: CWD, color: false, limit: 0 }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('  3 failing · 1 warning · 1 waived');
  });

  it('caps the findings it prints', () => {
    const run = aFailingRun();
    const text = renderConsole(run, { cwd: CWD, color: false, limit: 1 });
    expect(text).toContain('… 2 more (fail); see the JSON report');
  });
});

describe('toColorEnabled', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('env %j, tty %s → %s', (env, tty, expected) => {
    expect(toColorEnabled(env, tty)).toBe(expected);
  });
});

describe('toProgress', () => {
  it('logs at most once per step and always the end', () => {
    const lines: string[] = [];
    const report = toProgress((l) => lines.push(l), 'verifying packages', 1000, 25);
    for (let i = 1; i <= 1000; i++) report(i);
    expect(lines).toEqual(['verifying packages 1/1000', 'verifying packages 250/1000', 'verifying packages 500/1000', 'verifying packages 750/1000', 'verifying packages 1000/1000']);
  });
});
