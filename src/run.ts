/**
 * The pipeline, top to bottom, nothing else:
 * policy → inventory → verify (dependencies, artifacts) → policy evaluation → SBOM + reports.
 * Each stage is one call into its folder; this file only passes data between them.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readPolicy } from './config/index.js';
import type { ArtifactRequirement, Policy } from './config/types.js';
import { verifyDependencies } from './dependencies/index.js';
import { GateError } from './errors.js';
import { discoverProjectLockfiles, readProjectInventories as readLockfileInventories } from './inventory/workspaces.js';
import { writeFileAtomic } from './io/write-atomic.js';
import { artifactRequirementsFor, evaluatePolicy, toVerdict } from './policy/index.js';
import { enrichBom, renderJsonReport, renderSarif, toProgress } from './report/index.js';
import { renderBom, toBom } from './sbom/index.js';
import type { ArtifactVerification, Inventory, RunOptions, RunResult } from './types.js';

/** Runs with fewer registry versions than this print no progress lines. */
const PROGRESS_MIN = 100;

/** Policy file names `check` picks up from the workspace when --policy is not given. */
const DEFAULT_POLICY_FILES = ['provenance-gate.yml', 'provenance-gate.yaml', 'provenance-gate.json'];

export async function run(options: RunOptions): Promise<RunResult> {
  const cwd = resolve(options.cwd);
  const policyFile = options.policyFile ?? DEFAULT_POLICY_FILES.map((f) => join(cwd, f)).find((f) => existsSync(f));
  const policy = await readPolicy(policyFile, cwd);
  if (options.evidenceDir !== undefined && !existsSync(options.evidenceDir)) {
    // An offline run against a store that is not there would turn every check into
    // "unverifiable" and could pass under a lenient policy: treat it as the input error it is.
    throw new GateError('INPUT_NOT_FOUND', `evidence directory ${relative(cwd, options.evidenceDir) || options.evidenceDir} does not exist`, {
      fix: 'Record one with --record-evidence DIR on a connected runner, or correct --evidence-dir.',
    });
  }
  const mode = options.mode ?? policy.mode;

  const inventories = await readProjectInventories(options, policy, cwd);
  const inventory = inventories.flatMap((inv) => inv.packages);
  options.log(`inventory: ${inventory.length} packages from ${inventories.map((i) => i.lockfile).join(', ') || 'no lockfile'}`);

  let progress: ((done: number) => void) | undefined;
  const packages = await verifyDependencies(inventory, {
    cwd,
    env: options.env,
    registry: options.registry,
    attestationsRegistry: options.attestationsRegistry,
    npmToken: options.npmToken,
    concurrency: options.concurrency,
    offline: options.offline,
    evidenceDir: options.evidenceDir,
    recordEvidence: options.recordEvidence,
    cacheDir: options.cacheDir,
    trustedRoots: options.trustedRoots,
    log: options.log,
    // Long runs say how far they are (at most one line per 10%: logs do not take \r);
    // a short run would only be noise.
    onProgress: (done, total) => {
      if (total >= PROGRESS_MIN) (progress ??= toProgress(options.log, 'verifying registry versions', total))(done);
    },
  });
  const artifacts = await verifyProjectArtifacts(options, policy, cwd);

  const findings = evaluatePolicy({ packages, inventory, artifacts }, policy, options.now);
  const verdict = toVerdict(findings, { packages, artifacts }, mode);
  const result: RunResult = { inventories, packages, artifacts, verdict, files: {}, policyFile: policy.file ? resolve(cwd, policy.file) : undefined };
  await writeOutputs(result, options, cwd);
  return result;
}

/** Lockfiles given, else discovered (with every workspace's); a run with only artifacts needs none. */
async function readProjectInventories(options: RunOptions, policy: Policy, cwd: string): Promise<Inventory[]> {
  const wantsArtifactsOnly = options.lockfiles.length === 0 && (options.artifacts.length > 0 || policy.artifacts.length > 0);
  if (wantsArtifactsOnly && discoverProjectLockfiles(cwd).length === 0) return [];
  return readLockfileInventories(options.lockfiles, { cwd, cacheDir: options.cacheDir });
}

/**
 * Artifacts named by --artifact / the `artifacts` input and by the policy's `artifacts[]`
 * globs. Each file is verified with the requirements of the policy entries its path
 * matches (identity, signer workflow, runners, predicate type, bundle); the policy stage
 * then re-checks every verified fact, so a requirement is never enforced only here.
 */
async function verifyProjectArtifacts(options: RunOptions, policy: Policy, cwd: string): Promise<ArtifactVerification[]> {
  // The artifact stage (and with it the Sigstore stack) loads only when there are artifacts:
  // a dependency-only run with a warm cache never parses it.
  if (options.artifacts.length === 0 && policy.artifacts.length === 0) return [];
  const { resolveArtifactGlobs, verifyArtifacts } = await import('./artifacts/index.js');
  const { loadTrust } = await import('./sigstore/index.js');
  const explicit = await resolveArtifactGlobs(options.artifacts, cwd);
  // A policy glob that matches nothing is the policy's call (artifact-missing when
  // required), not an input error like an explicit --artifact that matches nothing.
  const fromPolicy: string[] = [];
  for (const a of policy.artifacts) {
    try {
      fromPolicy.push(...(await resolveArtifactGlobs([a.path], cwd)));
    } catch (e) {
      if (!(e instanceof GateError && e.code === 'INPUT_NOT_FOUND')) throw e;
    }
  }
  const paths = [...new Set([...explicit, ...fromPolicy])].sort();
  if (paths.length === 0) return [];
  const trust = loadTrust({ trustedRoots: options.trustedRoots });
  const github = toGithubAttestations(options);
  const results: ArtifactVerification[] = [];
  for (const path of paths) {
    const reqs = artifactRequirementsFor(path, policy);
    const [verified] = await verifyArtifacts([{ path, display: path }], {
      cwd,
      trust,
      ...toVerifierRequirements(reqs, cwd),
      ...(github ? { github } : {}),
      concurrency: options.concurrency,
    });
    if (verified) results.push(verified);
  }
  return results;
}

/**
 * Artifacts attested with actions/attest-build-provenance live in GitHub's attestations API,
 * not beside the file: with a token and the repository (as in Actions), ask it by digest
 * when no local evidence verifies. Never offline.
 */
function toGithubAttestations(options: RunOptions) {
  const repo = options.env.GITHUB_REPOSITORY;
  if (options.offline || !options.githubToken || !repo) return undefined;
  return { repo, token: options.githubToken, ...(options.env.GITHUB_API_URL ? { apiUrl: options.env.GITHUB_API_URL } : {}) };
}

/** The parts of the policy's artifact entries the verifier enforces itself. */
function toVerifierRequirements(reqs: ArtifactRequirement[], cwd: string) {
  const bundles = reqs.flatMap((r) => (r.bundle ? [resolve(cwd, r.bundle)] : []));
  const identity = reqs.find((r) => r.identity?.san || r.identity?.sanRegex)?.identity;
  const signer = reqs.find((r) => r.identity?.signerWorkflow)?.identity;
  const issuer = reqs.find((r) => r.identity?.issuer)?.identity?.issuer;
  const predicateType = reqs.find((r) => r.predicateType)?.predicateType;
  const denySelfHosted = reqs.some((r) => r.denySelfHostedRunners);
  // A builder the entry names in builder-ids is one the policy trusts for this artifact
  // (by workflow name; the policy stage re-checks builder-ids with their version/glob).
  // `dependencies.trusted-builders` is about dependencies and does not widen artifact trust.
  const trustedBuilders = reqs.flatMap((r) => r.builderIds ?? []).map((id) => ({ id: id.replace(/@.*$/, ''), kind: 'reusable-workflow' as const }));
  return {
    ...(trustedBuilders.length ? { trustedBuilders } : {}),
    ...(bundles.length ? { bundles } : {}),
    ...(identity || issuer
      ? { identity: { subjectAlternativeName: identity?.san, sanRegex: identity?.sanRegex, issuer } }
      : {}),
    ...(signer?.signerWorkflow || denySelfHosted
      ? { certificate: { signerWorkflow: signer?.signerWorkflow, denySelfHostedRunners: denySelfHosted || undefined, issuer } }
      : {}),
    ...(predicateType ? { provenance: { predicateTypes: [predicateType] } } : {}),
  };
}

/** SBOM (enriched with what was verified), JSON report and SARIF: each written atomically. */
async function writeOutputs(result: RunResult, options: RunOptions, cwd: string): Promise<void> {
  const out = options.outputDir;
  const sbomFile = options.sbomFile ?? (out ? join(out, 'sbom.cdx.json') : undefined);
  const jsonFile = options.jsonFile ?? (out ? join(out, 'report.json') : undefined);
  const sarifFile = options.sarifFile ?? (out ? join(out, 'report.sarif') : undefined);
  if (sbomFile && result.inventories.length > 0) {
    const model = toBom(result.inventories, { now: options.now });
    enrichBom(model.bom, result);
    await writeFileAtomic(sbomFile, await renderBom(model.bom, { format: sbomFile.endsWith('.xml') ? 'xml' : 'json' }));
    result.files.sbom = sbomFile;
  }
  if (jsonFile) {
    await writeFileAtomic(jsonFile, `${JSON.stringify(renderJsonReport(result, { cwd, now: options.now }), null, 2)}\n`);
    result.files.report = jsonFile;
  }
  if (sarifFile) {
    await writeFileAtomic(sarifFile, `${JSON.stringify(renderSarif(result, { cwd }), null, 2)}\n`);
    result.files.sarif = sarifFile;
  }
}
