/**
 * Runs the bundled action the way the GitHub runner does: `node index.js` in the
 * workspace with INPUT_* variables (name upper-cased, hyphens kept), and GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files that exist before the step starts. Also builds the bundle
 * (esbuild, the options of scripts/build.mjs) into a scratch folder, so the test never
 * depends on a stale dist/ and never writes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ENTRY_POINTS, toBuildOptions } from '../../scripts/build-options.mjs';
import { REPO_ROOT } from '../support/real-world.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Bundle src/action.ts to `<dir>/index.js` inside the repository (so package.json `"type": "module"` applies). */
export async function buildAction(): Promise<{ entry: string; dir: string; cleanup: () => Promise<void> }> {
  await mkdir(join(REPO_ROOT, 'tmp'), { recursive: true });
  const dir = await mkdtemp(join(REPO_ROOT, 'tmp', 'e2e-action-'));
  await build({ ...toBuildOptions(dir, { index: ENTRY_POINTS.index, 'attestation-worker': ENTRY_POINTS['attestation-worker'] }), logLevel: 'silent' });
  return { entry: join(dir, 'index.js'), dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The runner's environment for one step: inputs, workspace and the command files. */
export async function toRunnerEnv(workspace: string, inputs: Record<string, string>): Promise<Record<string, string>> {
  const runnerTemp = await mkdtemp(join(workspace, '..', 'runner-temp-'));
  const output = join(runnerTemp, 'github_output');
  const summary = join(runnerTemp, 'step_summary.md');
  await writeFile(output, '');
  await writeFile(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'myorg/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    NO_COLOR: '1',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

export async function runAction(entry: string, workspace: string, inputs: Record<string, string>): Promise<ActionRun> {
  const env = await toRunnerEnv(workspace, inputs);
  const child = spawnSync(process.execPath, [entry], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  return {
    code: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: parseOutputFile(await readFile(env.GITHUB_OUTPUT!, 'utf8')),
    summary: await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8'),
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out[m[1]!] = m[3]!;
  return out;
}

/** `::error file=…,line=…::message` workflow commands from stdout. */
export function parseAnnotations(stdout: string): { level: string; props: Record<string, string>; message: string }[] {
  const out: { level: string; props: Record<string, string>; message: string }[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => {
      const i = kv.indexOf('=');
      return [kv.slice(0, i), decodeURIComponent(kv.slice(i + 1).replace(/%2C/g, ','))];
    }));
    out.push({ level: m[1]!, props, message: m[3]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%') });
  }
  return out;
}

// ───────────── the workspace: decided offline, without registry evidence ─────────────

const LOCKFILE = {
  name: 'app',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: {
    '': { name: 'app', version: '1.0.0', dependencies: { 'event-stream': '3.3.6', 'left-pad': '^1.3.0' } },
    'node_modules/event-stream': {
      version: '3.3.6',
      resolved: 'https://registry.npmjs.org/event-stream/-/event-stream-3.3.6.tgz',
      integrity: 'sha512-dGXNg4F/FgVzlApjzItL+7naHutA3fDqbV/zAZqDDlXTjiMnQmZKu+prImWKszeBM5UQeGvAl3u1wBiKeDh61g==',
      license: 'MIT',
    },
    'node_modules/left-pad': {
      version: '1.3.0',
      resolved: 'https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz',
      integrity: 'sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQEDeT+6NXrm5ihXqAhc6dWbZ4jxuo/h/rSxcvn3UUPkqEIg==',
      license: 'WTFPL',
    },
  },
};

const POLICY = `# e2e: decided offline, without registry evidence
mode: enforce
dependencies:
  registry-signatures: off
  provenance: off
  provenance-regression: off
  unverifiable: info
  deny:
    - package: "event-stream@3.3.6"
      reason: "compromised release (flatmap-stream)"
`;

/** The action inputs for that workspace (paths relative to it). */
export const INPUTS = { policy: 'provenance-gate.yml', lockfiles: 'package-lock.json', offline: 'true', 'evidence-dir': 'evidence' };

/** Writes the workspace into `dir`; returns the lockfile text (for line numbers). */
export async function writeWorkspace(dir: string): Promise<string> {
  await mkdir(join(dir, 'evidence'), { recursive: true });
  const lockText = `${JSON.stringify(LOCKFILE, null, 2)}\n`;
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'app', version: '1.0.0', dependencies: LOCKFILE.packages[''].dependencies }, null, 2)}\n`);
  await writeFile(join(dir, 'package-lock.json'), lockText);
  await writeFile(join(dir, 'provenance-gate.yml'), POLICY);
  await writeFile(join(dir, 'bad-policy.yml'), 'mode: enforce\ndependecies:\n  provenance: require\n');
  return lockText;
}
