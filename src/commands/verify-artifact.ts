/**
 * `provenance-gate verify-artifact FILE... [flags]` — a drop-in for
 * `slsa-verifier verify-artifact`, `gh attestation verify` and
 * `cosign verify-blob(-attestation)`: the union of their flags, with their meaning.
 * Exit 0 all verified, 1 any invalid/unverifiable/missing, 2 usage or input errors.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { INPUT_REASON_CODES, resolveArtifactGlobs, verifyArtifacts, type ArtifactSubject } from '../artifacts/index.js';
import { GateError } from '../errors.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { loadTrust, parseDigest } from '../sigstore/index.js';
import type { ArtifactVerification } from '../types.js';
import { parseCommandArgs } from './args.js';
import type { CommandContext } from './context.js';
import { renderArtifactReport } from './verify-artifact-render.js';
import { toVerifyOptions } from './verify-artifact-options.js';

export const HELP = `usage: provenance-gate verify-artifact FILE... [flags]
       provenance-gate verify-artifact --digest sha256:HEX --bundle FILE [flags]

Verifies build artifacts against Sigstore bundles and SLSA provenance, offline with the
public-good trusted root unless --trusted-root is given. Evidence: --bundle FILE, else
FILE.sigstore.json / .sigstore / .bundle / .intoto.jsonl or sha256:HEX.jsonl (gh attestation
download) beside it, else shared *.intoto.jsonl provenance in its directory;
--github-attestations also asks the GitHub API.

evidence and trust
  --bundle FILE                  bundle / provenance file (repeatable; alias --provenance-path)
  --digest sha256:HEX            verify an artifact known only by digest (repeatable)
  --trusted-root FILE            trusted_root.json (repeatable; alias --custom-trusted-root)
  --key FILE                     PEM public key for key-signed bundles (cosign --key)
  --github-attestations          fetch attestations by digest (token: GITHUB_TOKEN or GH_TOKEN)
provenance (slsa-verifier)
  --source-uri URI               github.com/OWNER/REPO the build came from
  --source-tag TAG               exact tag       --source-branch BRANCH   branch
  --source-versioned-tag vX[.Y[.Z]]  semver prefix of the tag
  --builder-id ID[@VERSION]      builder (VERSION: v1.2.3 or refs/tags/v1.2.3)
  --build-workflow-input K=V     workflow_dispatch input (repeatable)
  --predicate-type URI           default: SLSA provenance v1 or v0.2
signer (gh attestation verify / cosign)
  --owner OWNER  --repo OWNER/REPO  --signer-workflow [HOST/]OWNER/REPO/PATH  --signer-repo OWNER/REPO
  --signer-digest SHA  --source-ref REF  --source-digest SHA  --deny-self-hosted-runners
  --cert-identity SAN  --cert-identity-regex RE (anchored)  --cert-oidc-issuer URL
    (aliases --certificate-identity, --certificate-identity-regexp, --certificate-oidc-issuer)
output
  --digest-alg sha256|sha512     digest shown in the report (both are always compared)
  --json FILE                    write the results as JSON

exit codes: 0 all verified, 1 any invalid / unverifiable / missing, 2 usage or input error
`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  bundle: { type: 'string', multiple: true },
  'provenance-path': { type: 'string', multiple: true },
  digest: { type: 'string', multiple: true },
  'trusted-root': { type: 'string', multiple: true },
  'custom-trusted-root': { type: 'string', multiple: true },
  key: { type: 'string', multiple: true },
  'github-attestations': { type: 'boolean' },
  'source-uri': { type: 'string' },
  'source-tag': { type: 'string' },
  'source-branch': { type: 'string' },
  'source-versioned-tag': { type: 'string' },
  'builder-id': { type: 'string' },
  'build-workflow-input': { type: 'string', multiple: true },
  'predicate-type': { type: 'string' },
  owner: { type: 'string', short: 'o' },
  repo: { type: 'string', short: 'R' },
  'signer-workflow': { type: 'string' },
  'signer-repo': { type: 'string' },
  'signer-digest': { type: 'string' },
  'source-ref': { type: 'string' },
  'source-digest': { type: 'string' },
  'deny-self-hosted-runners': { type: 'boolean' },
  'cert-identity': { type: 'string' },
  'certificate-identity': { type: 'string' },
  'cert-identity-regex': { type: 'string' },
  'certificate-identity-regexp': { type: 'string' },
  'certificate-identity-regex': { type: 'string' },
  'cert-oidc-issuer': { type: 'string' },
  'certificate-oidc-issuer': { type: 'string' },
  'digest-alg': { type: 'string' },
  json: { type: 'string' },
} as const;

export type VerifyArtifactValues = ReturnType<typeof parseArgs>['values'];

function parseArgs(argv: string[]) {
  return parseCommandArgs('verify-artifact', argv, OPTIONS, true);
}

export async function verifyArtifactCommand(ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs(ctx.argv);
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const subjects = await toSubjects(positionals, values.digest ?? [], ctx.cwd);
  const at = (p: string) => resolve(ctx.cwd, p);
  const trust = loadTrust({
    trustedRoots: [...(values['trusted-root'] ?? []), ...(values['custom-trusted-root'] ?? [])].map(at),
    keys: (values.key ?? []).map(at),
  });
  const options = toVerifyOptions(values, ctx, trust);
  const results = await verifyArtifacts(subjects, options);
  ctx.stdout(renderArtifactReport(results));
  if (values.json !== undefined) await writeJson(at(values.json), values.json, results);
  return toExitCode(results);
}

export function toExitCode(results: ArtifactVerification[]): 0 | 1 | 2 {
  if (results.some((r) => r.reason !== undefined && INPUT_REASON_CODES.has(r.reason.code))) return 2;
  return results.every((r) => r.status === 'verified') ? 0 : 1;
}

async function toSubjects(positionals: string[], digests: string[], cwd: string): Promise<ArtifactSubject[]> {
  const subjects: ArtifactSubject[] = [];
  for (const d of digests) {
    const digest = parseDigest(d);
    if (!digest || (digest.algorithm !== 'sha256' && digest.algorithm !== 'sha512')) {
      throw new GateError('USAGE', `--digest must be sha256:<64 hex> or sha512:<128 hex>, got '${d}'`);
    }
    subjects.push({ digest });
  }
  for (const p of positionals) {
    // An existing file is taken as named; anything else is a glob inside the workspace.
    if (existsSync(resolve(cwd, p)) || !/[*?[{]/.test(p)) subjects.push({ path: p });
    else for (const m of await resolveArtifactGlobs([p], cwd)) subjects.push({ path: m });
  }
  if (subjects.length === 0) throw new GateError('USAGE', 'give at least one FILE or --digest sha256:HEX', { fix: "see 'provenance-gate verify-artifact --help'" });
  return subjects;
}

async function writeJson(path: string, shown: string, results: ArtifactVerification[]): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify({ artifacts: results }, null, 2)}\n`);
  } catch (e) {
    throw new GateError('OUTPUT_UNWRITABLE', `cannot write the JSON report: ${(e as Error).message}`, { file: shown, cause: e });
  }
}
