/** verify-artifact flags → VerifyArtifactsOptions (absent flag = not checked; '' is refused). */
import type { VerifyArtifactsOptions } from '../artifacts/index.js';
import { GateError } from '../errors.js';
import type { Trust } from '../sigstore/index.js';
import type { CommandContext } from './context.js';

type Values = Record<string, string | boolean | string[] | undefined>;

function text(values: Values, ...names: string[]): string | undefined {
  const given = names.filter((n) => values[n] !== undefined);
  if (given.length > 1) throw new GateError('USAGE', `--${given[0]} and --${given[1]} mean the same; give one`);
  const v = given[0] === undefined ? undefined : values[given[0]];
  if (typeof v !== 'string') return undefined;
  // An empty value would silently match anything in some tools: refuse it.
  if (v.trim() === '') throw new GateError('USAGE', `--${given[0]} needs a value`);
  return v;
}

function toInputs(list: string[] | undefined): Record<string, string> | undefined {
  if (!list || list.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const kv of list) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new GateError('USAGE', `--build-workflow-input must be KEY=VALUE, got '${kv}'`);
    out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return out;
}

export function toVerifyOptions(values: Values, ctx: CommandContext, trust: Trust): VerifyArtifactsOptions {
  const digestAlg = text(values, 'digest-alg');
  if (digestAlg !== undefined && digestAlg !== 'sha256' && digestAlg !== 'sha512') {
    throw new GateError('USAGE', `--digest-alg must be sha256 or sha512, got '${digestAlg}'`);
  }
  const identityRegex = text(values, 'cert-identity-regex', 'certificate-identity-regexp', 'certificate-identity-regex');
  if (identityRegex !== undefined) {
    try {
      new RegExp(identityRegex);
    } catch (e) {
      throw new GateError('USAGE', `--cert-identity-regex is not a valid regular expression: ${(e as Error).message}`);
    }
  }
  const certIdentity = text(values, 'cert-identity', 'certificate-identity');
  const repo = text(values, 'repo');
  if (repo !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new GateError('USAGE', `--repo must be OWNER/REPO, got '${repo}'`);
  const owner = text(values, 'owner');
  const predicateType = text(values, 'predicate-type');
  const bundles = [...((values.bundle as string[] | undefined) ?? []), ...((values['provenance-path'] as string[] | undefined) ?? [])];
  return {
    cwd: ctx.cwd,
    trust,
    bundles: bundles.length > 0 ? bundles : undefined,
    github: values['github-attestations']
      ? { repo, owner, token: ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined, apiUrl: ctx.env.GITHUB_API_URL || undefined }
      : undefined,
    identity: {
      subjectAlternativeName: certIdentity,
      sanRegex: identityRegex,
      issuer: text(values, 'cert-oidc-issuer', 'certificate-oidc-issuer'),
    },
    provenance: {
      sourceUri: text(values, 'source-uri'),
      sourceTag: text(values, 'source-tag'),
      sourceBranch: text(values, 'source-branch'),
      sourceVersionedTag: text(values, 'source-versioned-tag'),
      builderId: text(values, 'builder-id'),
      workflowInputs: toInputs(values['build-workflow-input'] as string[] | undefined),
      predicateTypes: predicateType === undefined ? undefined : [predicateType],
    },
    certificate: {
      owner,
      repo,
      signerWorkflow: text(values, 'signer-workflow'),
      signerRepo: text(values, 'signer-repo'),
      signerDigest: text(values, 'signer-digest'),
      sourceRef: text(values, 'source-ref'),
      sourceDigest: text(values, 'source-digest'),
      denySelfHostedRunners: values['deny-self-hosted-runners'] === true,
      sanPinned: certIdentity !== undefined || identityRegex !== undefined,
    },
    keyPinned: ((values.key as string[] | undefined) ?? []).length > 0,
    digestAlgorithm: digestAlg as 'sha256' | 'sha512' | undefined,
  };
}
