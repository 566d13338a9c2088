/**
 * Through GitHub's own local runner for actions, @github/local-action: it reads action.yml
 * (inputs, outputs, defaults), imports the entry and calls its exported run(). Once with
 * the bundle — proving action.yml and the dist/ build work together as a runner sees them —
 * and once with src/action.ts, where local-action stubs @actions/core and shows the
 * outputs the action set against the ones action.yml declares.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/real-world.js';
import { buildAction, INPUTS, parseOutputFile, writeWorkspace } from './e2e-support.js';

let action: Awaited<ReturnType<typeof buildAction>>;
let scratch: string;

beforeAll(async () => {
  action = await buildAction();
  await mkdir(join(REPO_ROOT, 'tmp'), { recursive: true });
  scratch = await mkdtemp(join(REPO_ROOT, 'tmp', 'local-action-'));
});

afterAll(async () => {
  await action?.cleanup();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** `local-action run <action dir> <entry> <.env>`; returns exit code, stdout and GITHUB_OUTPUT. */
async function runLocalAction(name: string, entry: string, env: Record<string, string>) {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  const output = join(dir, 'github_output');
  await writeFile(output, '');
  const dotenv = join(dir, '.env');
  const all = { GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), RUNNER_TEMP: dir, ...env };
  await writeFile(dotenv, Object.entries(all).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join('\n'));
  await writeFile(all.GITHUB_STEP_SUMMARY, '');
  const child = spawnSync(join(REPO_ROOT, 'node_modules/.bin/local-action'), ['run', REPO_ROOT, entry, dotenv], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr, outputs: parseOutputFile(await readFile(output, 'utf8')) };
}

describe('@github/local-action', () => {
  it('runs the bundle with action.yml: a bad input ends with exit 2 and verdict=error', async () => {
    const run = await runLocalAction('bundle', action.entry, { INPUT_CONCURRENCY: 'lots', GITHUB_WORKSPACE: scratch });
    expect(run.stdout).toContain('Action Metadata');
    // action.yml's inputs, as local-action read them.
    for (const input of ['policy', 'lockfiles', 'sarif-file', 'github-token', 'cache-dir']) expect(run.stdout).toContain(`'${input}'`);
    expect(run.stdout).toContain("::error::provenance-gate: USAGE: input 'concurrency'");
    expect(run.outputs).toEqual({ verdict: 'error' });
    expect(run.code).toBe(2);
  }, 120_000);

  it('runs src/action.ts with stubbed @actions/core: the outputs it sets are the declared ones', async () => {
    const run = await runLocalAction('source', 'src/action.ts', { INPUT_OFFLINE: 'maybe', GITHUB_WORKSPACE: scratch });
    const outputs = run.stdout.slice(run.stdout.indexOf('Action Outputs'));
    expect(outputs).toMatch(/'verdict'\s*│\s*'error'/);
    expect(run.stdout).toContain("input 'offline' must be true or false, got 'maybe'");
    expect(run.code).toBe(2);
  }, 120_000);
});

describe('@github/local-action on a workspace the policy fails', () => {
  it('runs the bundle end to end: verdict=fail, the report files named, exit 1', async () => {
    const workspace = join(scratch, 'ws');
    await writeWorkspace(workspace);
    const env = Object.fromEntries(Object.entries(INPUTS).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
    const run = await runLocalAction('full', action.entry, { ...env, GITHUB_WORKSPACE: workspace });
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['report-file']).toMatch(/report\.json$/);
    expect(run.stdout).toMatch(/::error title=provenance-gate%3A deny,file=package-lock\.json,line=\d+::event-stream@3\.3\.6: /);
    expect(run.code).toBe(1);
  }, 120_000);
});
