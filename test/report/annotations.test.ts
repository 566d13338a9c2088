import { describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { renderAnnotations, renderErrorAnnotation } from '../../src/report/index.js';
import { aFailingRun, aFinding, aRunResult, CWD, POLICY } from './factories.js';

describe('renderAnnotations', () => {
  it('puts package failures on their lockfile line and policy problems on the policy line', () => {
    const annotations = renderAnnotations(aFailingRun(), { cwd: CWD });
    expect(annotations.map((a) => [a.level, a.file, a.startLine])).toEqual([
      ['error', 'package-lock.json', 10],
      ['error', 'package-lock.json', 22],
      ['error', 'provenance-gate.yml', 40],
      ['warning', 'package-lock.json', 34],
    ]);
    expect(annotations[0]).toMatchObject({
      title: 'provenance-gate: provenance',
      message: 'left-pad@1.3.0: no provenance attestation was published for this version\nFix: ask the publisher to publish with --provenance, or add an exception',
    });
    expect(annotations[2]!.startColumn).toBe(5);
  });

  it('does not annotate waived findings', () => {
    const annotations = renderAnnotations(aFailingRun(), { cwd: CWD });
    expect(annotations.some((a) => a.message.startsWith('debug@4.3.4'))).toBe(false);
  });

  it('in audit mode shows failures as warnings that say they would fail', () => {
    const run = aRunResult({ mode: 'audit', findings: [aFinding()] });
    const [a] = renderAnnotations(run, { cwd: CWD });
    expect(a!.level).toBe('warning');
    expect(a!.message).toMatch(/^\(audit mode: would fail\) left-pad@1\.3\.0/);
  });

  it('maps info findings to notices', () => {
    const [a] = renderAnnotations(aRunResult({ findings: [aFinding({ severity: 'info' })] }), { cwd: CWD });
    expect(a!.level).toBe('notice');
  });

  it('folds annotations past the per-level limit into one', () => {
    const findings = Array.from({ length: 14 }, (_, i) => aFinding({ subject: `p${i}@1.0.0` }));
    const annotations = renderAnnotations(aRunResult({ findings }), { cwd: CWD, limit: 10 });
    expect(annotations).toHaveLength(11);
    expect(annotations[10]).toEqual({ level: 'error', title: 'provenance-gate', message: '4 more errors are not annotated; see the job summary or the JSON report.' });
  });
});

describe('renderErrorAnnotation', () => {
  it('points a config error at the policy file line and column', () => {
    const e = new GateError('CONFIG_INVALID', "unknown key 'dependecies'", { file: POLICY, line: 3, column: 1, fix: 'did you mean dependencies?' });
    expect(renderErrorAnnotation(e, CWD)).toEqual({
      level: 'error',
      title: 'provenance-gate: CONFIG_INVALID',
      message: "unknown key 'dependecies'\nFix: did you mean dependencies?",
      file: 'provenance-gate.yml',
      startLine: 3,
      startColumn: 1,
    });
  });
});
