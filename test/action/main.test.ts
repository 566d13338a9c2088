import { describe, expect, it } from 'vitest';
import { runAction, toBlobBaseUrl, type ActionCore, type AnnotationProperties } from '../../src/action/main.js';
import { GateError } from '../../src/errors.js';
import type { RunOptions, RunResult } from '../../src/types.js';
import { aFailingRun, aRunResult } from '../report/factories.js';

interface Recorded {
  outputs: Record<string, string>;
  secrets: string[];
  annotations: { level: string; message: string; props?: AnnotationProperties }[];
  failed: string[];
  summary: string[];
  info: string[];
}

function aCore(inputs: Record<string, string> = {}): { core: ActionCore; rec: Recorded } {
  const rec: Recorded = { outputs: {}, secrets: [], annotations: [], failed: [], summary: [], info: [] };
  const core: ActionCore = {
    getInput: (name) => inputs[name] ?? '',
    setSecret: (s) => rec.secrets.push(s),
    setOutput: (n, v) => (rec.outputs[n] = v),
    info: (m) => rec.info.push(m),
    error: (message, props) => rec.annotations.push({ level: 'error', message, props }),
    warning: (message, props) => rec.annotations.push({ level: 'warning', message, props }),
    notice: (message, props) => rec.annotations.push({ level: 'notice', message, props }),
    setFailed: (m) => rec.failed.push(m),
    writeSummary: async (md) => void rec.summary.push(md),
  };
  return { core, rec };
}

const ENV = { GITHUB_WORKSPACE: '/work/repo', RUNNER_TEMP: '/tmp/rt', GITHUB_STEP_SUMMARY: '/tmp/summary.md', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc' };

function deps(core: ActionCore, result: RunResult | Error, seen: RunOptions[] = []) {
  return {
    core,
    env: ENV,
    cwd: '/elsewhere',
    now: () => new Date('2026-11-26T08:00:00Z'),
    run: async (o: RunOptions) => {
      seen.push(o);
      if (result instanceof Error) throw result;
      return { ...result, files: { sbom: '/tmp/rt/provenance-gate/sbom.cdx.json', report: '/tmp/rt/provenance-gate/report.json', sarif: '/tmp/rt/provenance-gate/report.sarif' } };
    },
  };
}

describe('runAction', () => {
  describe('when the gate fails', () => {
    it('exits 1, sets the outputs, annotates the lockfile lines and writes the summary', async () => {
      const { core, rec } = aCore({ 'github-token': 'ghs_abc' });
      expect(await runAction(deps(core, aFailingRun()))).toBe(1);
      expect(rec.outputs).toEqual({
        verdict: 'fail',
        counts: '{"verified":2,"missing":1,"invalid":1,"unverifiable":0,"excepted":1}',
        'sbom-file': '/tmp/rt/provenance-gate/sbom.cdx.json',
        sbom: '/tmp/rt/provenance-gate/sbom.cdx.json',
        'report-file': '/tmp/rt/provenance-gate/report.json',
        'sarif-file': '/tmp/rt/provenance-gate/report.sarif',
      });
      expect(rec.annotations[0]).toEqual({
        level: 'error',
        message: expect.stringMatching(/^left-pad@1\.3\.0: no provenance/),
        props: { title: 'provenance-gate: provenance', file: 'package-lock.json', startLine: 10 },
      });
      expect(rec.failed).toEqual(['provenance-gate: FAIL — 3 findings fail the policy; see the job summary.']);
      expect(rec.summary[0]).toMatch(/^## ❌ provenance-gate: FAIL/);
      expect(rec.summary[0]).toContain('(https://github.com/o/r/blob/abc/package-lock.json#L10)');
    });

    it('masks the tokens before running anything', async () => {
      const { core, rec } = aCore({ 'github-token': 'ghs_abc' });
      const seen: RunOptions[] = [];
      await runAction({ ...deps(core, aRunResult(), seen), env: { ...ENV, NODE_AUTH_TOKEN: 'npm_xyz' } });
      expect(rec.secrets).toEqual(['ghs_abc', 'npm_xyz']);
      expect(seen[0]!.githubToken).toBe('ghs_abc');
    });
  });

  it('exits 0 on pass without setFailed', async () => {
    const { core, rec } = aCore();
    expect(await runAction(deps(core, aRunResult()))).toBe(0);
    expect(rec.outputs.verdict).toBe('pass');
    expect(rec.failed).toEqual([]);
    expect(rec.info.join('\n')).toContain('provenance-gate: PASS (enforce)');
  });

  it('in audit mode exits 0 and shows failures as warnings', async () => {
    const { core, rec } = aCore();
    const run = aFailingRun();
    expect(await runAction(deps(core, { ...run, verdict: { ...run.verdict, mode: 'audit', result: 'pass' } }))).toBe(0);
    expect(rec.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(rec.annotations.filter((a) => a.level === 'warning').length).toBe(4);
  });

  it('skips the summary when GITHUB_STEP_SUMMARY is not set', async () => {
    const { core, rec } = aCore();
    const { GITHUB_STEP_SUMMARY: _s, ...env } = ENV;
    await runAction({ ...deps(core, aRunResult()), env });
    expect(rec.summary).toEqual([]);
  });

  describe('when the configuration is invalid', () => {
    it('exits 2 with verdict=error and one annotation on the policy line', async () => {
      const { core, rec } = aCore();
      const e = new GateError('CONFIG_INVALID', "unknown key 'dependecies'", { file: '/work/repo/provenance-gate.yml', line: 3, column: 1 });
      expect(await runAction(deps(core, e))).toBe(2);
      expect(rec.outputs).toEqual({ verdict: 'error' });
      expect(rec.annotations).toEqual([
        {
          level: 'error',
          message: "provenance-gate: CONFIG_INVALID: /work/repo/provenance-gate.yml:3:1: unknown key 'dependecies'",
          props: { title: 'provenance-gate: CONFIG_INVALID', file: 'provenance-gate.yml', startLine: 3, startColumn: 1 },
        },
      ]);
      expect(rec.failed[0]).toMatch(/stopped by CONFIG_INVALID before a verdict \(exit 2\)/);
    });

    it('exits 2 with USAGE for a bad input, before the pipeline runs', async () => {
      const { core, rec } = aCore({ concurrency: 'lots', 'github-token': 'ghs_abc' });
      const seen: RunOptions[] = [];
      expect(await runAction(deps(core, aRunResult(), seen))).toBe(2);
      expect(seen).toEqual([]);
      expect(rec.secrets).toEqual(['ghs_abc']);
      expect(rec.failed[0]).toMatch(/^provenance-gate: USAGE: input 'concurrency'/);
    });
  });

  it('exits 2 on a bug, never with a verdict', async () => {
    const { core, rec } = aCore();
    expect(await runAction(deps(core, new TypeError('x is undefined')))).toBe(2);
    expect(rec.failed[0]).toMatch(/INTERNAL: x is undefined/);
  });

  it('keeps the verdict when the summary cannot be written', async () => {
    const { core, rec } = aCore();
    core.writeSummary = async () => {
      throw new Error('EACCES');
    };
    expect(await runAction(deps(core, aRunResult()))).toBe(0);
    expect(rec.annotations).toEqual([{ level: 'warning', message: 'provenance-gate: could not write the job summary: EACCES', props: undefined }]);
  });
});

describe('toBlobBaseUrl', () => {
  it('needs server, repository and sha', () => {
    expect(toBlobBaseUrl(ENV)).toBe('https://github.com/o/r/blob/abc');
    expect(toBlobBaseUrl({ GITHUB_SERVER_URL: 'https://github.com' })).toBeUndefined();
  });
});
