/**
 * The action, with its surroundings injected: inputs → RunOptions → run() → outputs,
 * job summary, annotations and the exit code. All writing happens here, once; the
 * verdict alone decides the exit code (0 pass, 1 fail, 2 input/config error or bug).
 */
import { isGateError, renderError, toExitCode } from '../errors.js';
import { renderAnnotations, renderConsole, renderErrorAnnotation, renderSummary, toColorEnabled, toDisplayPath, type Annotation } from '../report/index.js';
import type { RunOptions, RunResult } from '../types.js';
import { toRunOptions, toSecrets, type GetInput } from './inputs.js';

/** The parts of @actions/core the action uses (so tests can pass a recorder). */
export interface ActionCore {
  getInput: GetInput;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  error(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  setFailed(message: string): void;
  /** Appends Markdown to GITHUB_STEP_SUMMARY. */
  writeSummary(markdown: string): Promise<void>;
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface ActionDeps {
  core: ActionCore;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  run: (options: RunOptions) => Promise<RunResult>;
}

/** GitHub shows 10 error annotations per step; one is kept for the setFailed line. */
const ANNOTATION_LIMIT = 9;

export async function runAction(deps: ActionDeps): Promise<0 | 1 | 2> {
  const { core, env } = deps;
  const cwd = env.GITHUB_WORKSPACE || deps.cwd;
  for (const secret of toSecrets(core.getInput, env)) core.setSecret(secret);
  try {
    const options = toRunOptions(core.getInput, env, { cwd: deps.cwd, now: deps.now(), log: (line) => core.info(line) });
    const result = await deps.run(options);
    await writeResults(deps, result, options);
    if (result.verdict.result === 'pass') return 0;
    const failing = result.verdict.findings.filter((f) => !f.exception && f.severity === 'fail').length;
    core.setFailed(`provenance-gate: FAIL — ${failing} ${failing === 1 ? 'finding fails' : 'findings fail'} the policy; see the job summary.`);
    return 1;
  } catch (e) {
    core.setOutput('verdict', 'error');
    if (isGateError(e)) {
      if (e.file) {
        // The full message goes on the file and line at fault (the policy line for config errors).
        writeAnnotation(core, { ...renderErrorAnnotation(e, cwd), message: renderError(e) });
        core.setFailed(`provenance-gate: stopped by ${e.code} before a verdict (exit ${toExitCode(e)}); see the annotation on ${toDisplayPath(e.file, cwd)}.`);
      } else {
        core.setFailed(renderError(e));
      }
      return toExitCode(e);
    }
    core.setFailed(renderError(e));
    if (env.RUNNER_DEBUG === '1' && e instanceof Error && e.stack) core.info(e.stack);
    return 2;
  }
}

async function writeResults(deps: ActionDeps, result: RunResult, options: RunOptions): Promise<void> {
  const { core, env } = deps;
  const cwd = options.cwd;
  const files = { sbom: result.files.sbom ?? options.sbomFile, report: result.files.report ?? options.jsonFile, sarif: result.files.sarif ?? options.sarifFile };
  core.setOutput('verdict', result.verdict.result);
  core.setOutput('counts', JSON.stringify(result.verdict.counts));
  core.setOutput('sbom-file', files.sbom ?? '');
  core.setOutput('sbom', files.sbom ?? '');
  core.setOutput('report-file', files.report ?? '');
  core.setOutput('sarif-file', files.sarif ?? '');
  core.info(renderConsole(result, { cwd, color: toColorEnabled(env, env.GITHUB_ACTIONS === 'true') }).trimEnd());
  for (const a of renderAnnotations(result, { cwd, limit: ANNOTATION_LIMIT })) writeAnnotation(core, a);
  if (!env.GITHUB_STEP_SUMMARY) return;
  const markdown = renderSummary(result, {
    cwd,
    now: options.now,
    blobBaseUrl: toBlobBaseUrl(env),
    reportFile: files.report ? toDisplayPath(files.report, cwd) : undefined,
  });
  try {
    await core.writeSummary(markdown);
  } catch (e) {
    // A summary that cannot be written must not change the verdict; say so and go on.
    core.warning(`provenance-gate: could not write the job summary: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function writeAnnotation(core: ActionCore, a: Annotation): void {
  const props: AnnotationProperties = { title: a.title };
  if (a.file) props.file = a.file;
  if (a.startLine) props.startLine = a.startLine;
  if (a.startColumn) props.startColumn = a.startColumn;
  core[a.level](a.message, props);
}

/** `https://github.com/o/r/blob/<sha>` from the runner's environment, when it is complete. */
export function toBlobBaseUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  return server && repo && sha ? `${server}/${repo}/blob/${sha}` : undefined;
}

