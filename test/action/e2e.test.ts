/**
 * End to end: the bundled action run as the runner runs it, on a small workspace whose
 * policy decides without network (signature and provenance checks off, one denied
 * package), so the verdict, outputs, summary, annotations and exit code are exact.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateReport, validateSarif } from '../report/schemas.js';
import { buildAction, INPUTS, parseAnnotations, runAction, writeWorkspace, type ActionRun } from './e2e-support.js';

let action: Awaited<ReturnType<typeof buildAction>>;
let root: string;
let workspace: string;
let lockText: string;

/** 1-based line of the first line containing `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

beforeAll(async () => {
  action = await buildAction();
  root = await mkdtemp(join(tmpdir(), 'pg-e2e-'));
  workspace = join(root, 'ws');
  lockText = await writeWorkspace(workspace);
});

afterAll(async () => {
  await action?.cleanup();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the bundled action, run as the runner runs it', () => {
  describe('when a denied package is in the lockfile', () => {
    let run: ActionRun;
    beforeAll(async () => {
      run = await runAction(action.entry, workspace, INPUTS);
    }, 60_000);

    it('exits 1', () => {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    });

    it('sets every output', () => {
      expect(run.outputs.verdict).toBe('fail');
      const counts = JSON.parse(run.outputs.counts!) as Record<string, number>;
      expect(Object.keys(counts).sort()).toEqual(['excepted', 'invalid', 'missing', 'unverifiable', 'verified']);
      for (const name of ['sbom-file', 'report-file', 'sarif-file']) expect(run.outputs[name]).toMatch(/\S/);
      expect(run.outputs.sbom).toBe(run.outputs['sbom-file']);
    });

    it('annotates the lockfile line of the denied package', () => {
      const errors = parseAnnotations(run.stdout).filter((a) => a.level === 'error');
      const deny = errors.find((a) => a.props.title === 'provenance-gate: deny');
      expect(deny).toBeDefined();
      expect(deny!.props.file).toBe('package-lock.json');
      expect(Number(deny!.props.line)).toBe(lineOf(lockText, '"node_modules/event-stream"'));
      expect(deny!.message).toMatch(/^event-stream@3\.3\.6: /);
      expect(errors.at(-1)!.message).toMatch(/^provenance-gate: FAIL — \d+ findings? fails? the policy/);
    });

    it('writes a job summary that leads with the verdict and tables the failure', () => {
      expect(run.summary.split('\n')[0]).toBe('## ❌ provenance-gate: FAIL');
      expect(run.summary).toContain('### What failed');
      expect(run.summary).toMatch(/<code>event-stream@3\.3\.6<\/code> \| <code>deny<\/code>/);
      expect(run.summary).toContain('https://github.com/myorg/app/blob/0123456789abcdef0123456789abcdef01234567/package-lock.json#L');
    });

    it('writes a JSON report and SARIF that validate against their schemas', async () => {
      const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8')) as { verdict: string };
      expect(validateReport(report)).toEqual([]);
      expect(report.verdict).toBe('fail');
      const sarif = JSON.parse(await readFile(run.outputs['sarif-file']!, 'utf8')) as unknown;
      expect(validateSarif(sarif)).toEqual([]);
    });

    it('writes the SBOM', async () => {
      const bom = JSON.parse(await readFile(run.outputs['sbom-file']!, 'utf8')) as { bomFormat: string };
      expect(bom.bomFormat).toBe('CycloneDX');
    });
  });

  it('in audit mode reports the same failure and exits 0', async () => {
    const run = await runAction(action.entry, workspace, { ...INPUTS, mode: 'audit' });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const warnings = parseAnnotations(run.stdout).filter((a) => a.level === 'warning');
    expect(warnings.some((a) => a.props.title === 'provenance-gate: deny' && a.message.startsWith('(audit mode: would fail)'))).toBe(true);
  }, 60_000);

  it('stops on an invalid policy with exit 2 and an annotation on the policy line', async () => {
    const run = await runAction(action.entry, workspace, { ...INPUTS, policy: 'bad-policy.yml' });
    expect(run.code).toBe(2);
    expect(run.outputs.verdict).toBe('error');
    const [first] = parseAnnotations(run.stdout);
    expect(first!.props.file).toBe('bad-policy.yml');
    expect(first!.props.line).toBe('2');
    expect(first!.message).toMatch(/CONFIG_INVALID/);
  }, 60_000);

  it('stops on a bad input with exit 2 and USAGE, before reading anything', async () => {
    const run = await runAction(action.entry, workspace, { ...INPUTS, concurrency: 'lots' });
    expect(run.code).toBe(2);
    expect(run.outputs).toEqual({ verdict: 'error' });
    expect(parseAnnotations(run.stdout)).toEqual([
      { level: 'error', props: {}, message: "provenance-gate: USAGE: input 'concurrency' must be an integer from 1 to 256, got 'lots' — Fix the 'concurrency' input in the workflow step (see action.yml)." },
    ]);
    expect(run.summary).toBe('');
  }, 60_000);

  it('masks the github token', async () => {
    const run = await runAction(action.entry, workspace, { ...INPUTS, concurrency: 'lots', 'github-token': 'ghs_e2eSecretToken' });
    expect(run.stdout).toContain('::add-mask::ghs_e2eSecretToken');
  }, 60_000);
});
