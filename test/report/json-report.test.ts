import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION, renderJsonReport } from '../../src/report/index.js';
import { aFailingRun, aFinding, aRunResult, CWD, NOW } from './factories.js';
import { validateReport } from './schemas.js';

describe('renderJsonReport', () => {
  it('validates against schema/report.schema.json for a failing run', () => {
    const report = renderJsonReport(aFailingRun(), { cwd: CWD, now: NOW });
    expect(validateReport(report)).toEqual([]);
  });

  it('validates for an empty run without a policy file', () => {
    const report = renderJsonReport(aRunResult({ packages: [], policyFile: null }), { cwd: CWD, now: NOW });
    expect(validateReport(report)).toEqual([]);
    expect(report.policy.file).toBeNull();
  });

  it('states the schema version, tool, verdict, mode, exit code and counts', () => {
    const report = renderJsonReport(aFailingRun(), { cwd: CWD, now: NOW });
    expect(report).toMatchObject({
      schemaVersion: REPORT_SCHEMA_VERSION,
      tool: { name: 'provenance-gate' },
      generatedAt: '2026-11-26T08:00:00.000Z',
      verdict: 'fail',
      mode: 'enforce',
      exitCode: 1,
      counts: { verified: 2, missing: 1, invalid: 1, unverifiable: 0, excepted: 1 },
      findingCounts: { fail: 3, warn: 1, info: 0, excepted: 1 },
      policy: { file: 'provenance-gate.yml' },
      lockfiles: [{ file: 'package-lock.json', format: 'npm', lockfileVersion: '3', packages: 4, notes: [] }],
    });
  });

  it('reports provenance in its own terms: sourceRepo, commit, ref, builder', () => {
    const report = renderJsonReport(aFailingRun(), { cwd: CWD, now: NOW });
    const chalk = report.packages.find((p) => p.name === 'chalk')!;
    expect(chalk.provenance).toMatchObject({
      status: 'verified',
      sourceRepo: 'https://github.com/example/chalk',
      commit: 'f00dfacecafebeef0123456789abcdef01234567',
      ref: 'refs/tags/v5.3.0',
      builder: 'https://github.com/actions/runner/github-hosted',
    });
    const leftPad = report.packages.find((p) => p.name === 'left-pad')!;
    expect(leftPad.provenance.reason?.code).toBe('PROVENANCE_MISSING');
  });

  it('gives each finding a workspace-relative location, falling back to the lockfile line of the package', () => {
    const run = aRunResult({ findings: [aFinding({ location: undefined })] });
    const [finding] = renderJsonReport(run, { cwd: CWD, now: NOW }).findings;
    expect(finding!.location).toEqual({ file: 'package-lock.json', line: 10 });
    expect(finding!.exception).toBeNull();
  });

  it('records the applied exception with its policy location', () => {
    const report = renderJsonReport(aFailingRun(), { cwd: CWD, now: NOW });
    const waived = report.findings.find((f) => f.exception)!;
    expect(waived.exception).toEqual({ reason: 'publisher has no provenance yet; SEC-123', expires: '2027-03-31', owner: 'platform-security', location: { file: 'provenance-gate.yml', line: 31 } });
  });

  it('fails schema validation when a required field is missing (the schema is not vacuous)', () => {
    const { counts: _c, ...report } = renderJsonReport(aFailingRun(), { cwd: CWD, now: NOW });
    expect(validateReport(report).join('\n')).toMatch(/counts/);
  });
});
