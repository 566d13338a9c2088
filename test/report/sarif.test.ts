import { describe, expect, it } from 'vitest';
import { renderSarif } from '../../src/report/index.js';
import { aFailingRun, aFinding, anArtifact, aRunResult, CWD } from './factories.js';
import { validateSarif } from './schemas.js';

describe('renderSarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validateSarif(renderSarif(aFailingRun(), { cwd: CWD }))).toEqual([]);
  });

  it('validates for a run without findings', () => {
    const log = renderSarif(aRunResult(), { cwd: CWD });
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('the validator rejects a broken log (so a pass above means something)', () => {
    const log = renderSarif(aFailingRun(), { cwd: CWD }) as unknown as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(log).length).toBeGreaterThan(0);
  });

  it('declares one rule per rule id with help text, referenced by ruleIndex', () => {
    const run = renderSarif(aFailingRun(), { cwd: CWD }).runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(['exception-expired', 'provenance', 'registry-signatures', 'source-mismatch']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const provenance = run.tool.driver.rules.find((r) => r.id === 'provenance')!;
    expect(provenance.help.text).toMatch(/--provenance/);
    expect(Number(provenance.properties['security-severity'])).toBeGreaterThan(0);
  });

  it('locates results on the lockfile line, relative to the workspace root', () => {
    const run = renderSarif(aFailingRun(), { cwd: CWD }).runs[0]!;
    const evil = run.results.find((r) => r.ruleId === 'registry-signatures')!;
    expect(evil.level).toBe('error');
    expect(evil.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'package-lock.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 22 } });
  });

  it.each([
    ['fail', 'error'],
    ['warn', 'warning'],
    ['info', 'note'],
  ] as const)('maps severity %s to level %s', (severity, level) => {
    const run = renderSarif(aRunResult({ findings: [aFinding({ severity })] }), { cwd: CWD }).runs[0]!;
    expect(run.results[0]!.level).toBe(level);
  });

  it('keeps waived findings as suppressed results with the justification', () => {
    const run = renderSarif(aFailingRun(), { cwd: CWD }).runs[0]!;
    const waived = run.results.find((r) => r.suppressions)!;
    expect(waived.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'publisher has no provenance yet; SEC-123 (expires 2027-03-31, owner platform-security)' }]);
  });

  it('falls back to the policy file for findings without a location (code scanning drops unlocated results)', () => {
    const result = aRunResult({ artifacts: [anArtifact({ status: 'missing' })], findings: [aFinding({ ruleId: 'artifact-signature', subject: 'dist/app-1.0.0.tgz', location: undefined })] });
    const [r] = renderSarif(result, { cwd: CWD }).runs[0]!.results;
    expect(r!.locations![0]!.physicalLocation.artifactLocation.uri).toBe('provenance-gate.yml');
  });

  it('fingerprints by rule and subject, stable across lockfile line changes', () => {
    const a = renderSarif(aRunResult({ findings: [aFinding({ location: { file: `${CWD}/package-lock.json`, line: 5 } })] }), { cwd: CWD });
    const b = renderSarif(aRunResult({ findings: [aFinding({ location: { file: `${CWD}/package-lock.json`, line: 900 } })] }), { cwd: CWD });
    expect(a.runs[0]!.results[0]!.partialFingerprints).toEqual(b.runs[0]!.results[0]!.partialFingerprints);
  });

  it('uses the category for automationDetails so several gates in one repository do not overwrite each other', () => {
    expect(renderSarif(aRunResult(), { cwd: CWD, category: 'release-gate' }).runs[0]!.automationDetails.id).toBe('release-gate/');
  });
});
