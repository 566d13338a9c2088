/**
 * GitHub Action entry point (bundled to dist/index.js): binds @actions/core and the
 * pipeline to runAction and sets the exit code. It runs only when executed as the main
 * module (`node dist/index.js`, as the runner does); importing it — @github/local-action,
 * tests — does nothing until the exported run() is called.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { runAction, type ActionCore } from './action/main.js';
import { renderError } from './errors.js';
import { run as runPipeline } from './run.js';

const actionsCore: ActionCore = {
  getInput: (name) => core.getInput(name),
  setSecret: (s) => core.setSecret(s),
  setOutput: (n, v) => core.setOutput(n, v),
  info: (m) => core.info(m),
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  notice: (m, p) => core.notice(m, p),
  setFailed: (m) => core.setFailed(m),
  writeSummary: async (md) => {
    await core.summary.addRaw(md, true).write();
  },
};

/** Runs the action once; returns the exit code and sets process.exitCode. */
export async function run(): Promise<number> {
  let code: number;
  try {
    code = await runAction({ core: actionsCore, env: process.env, cwd: process.cwd(), now: () => new Date(), run: runPipeline });
  } catch (e) {
    // Only the runner's own plumbing (e.g. a missing GITHUB_OUTPUT file) gets here.
    process.stdout.write(`::error::${renderError(e).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    code = 2;
  }
  process.exitCode = code;
  return code;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    // The runner may start us through a symlinked path; the module URL is the real path.
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) void run();
