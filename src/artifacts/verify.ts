/**
 * verifyArtifacts: for each artifact, hash it, gather its evidence (explicit bundles,
 * files beside it, shared provenance, GitHub's attestations API), evaluate every item
 * and keep the best outcome — any item that verifies and matches counts.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import { GateError, isGateError } from '../errors.js';
import { findSubject, parseStatement } from '../provenance/index.js';
import { digestFile, type ArtifactDigest } from '../sigstore/index.js';
import type { ArtifactVerification } from '../types.js';
import { findDownloadedAttestations, findEvidenceBeside, findSharedProvenance } from './discover.js';
import { evaluateEvidence, toOutcome, toStatementPolicy, type EvidenceOutcome } from './evaluate-evidence.js';
import { readEvidenceFile, type EvidenceItem } from './evidence-file.js';
import { fetchGithubAttestations } from './github-api.js';
import type { ArtifactSubject, VerifyArtifactsOptions } from './types.js';

/** Reason codes that mean the input (not the artifact) is broken: the CLI exits 2 for them. */
export const INPUT_REASON_CODES: ReadonlySet<string> = new Set([
  'BUNDLE_MALFORMED',
  'BUNDLE_UNSUPPORTED',
  'INPUT_NOT_FOUND',
  'INPUT_UNREADABLE',
  'INPUT_OUTSIDE_WORKSPACE',
  'GITHUB_API_UNAUTHORIZED',
  'USAGE',
]);

/** Lower is better: a verified item wins, then real failures, then input problems, then "cannot tell", then "not for this artifact". */
function rank(o: EvidenceOutcome): number {
  if (o.status === 'verified') return 0;
  const code = o.reason?.code ?? '';
  if (code === 'ARTIFACT_DIGEST_MISMATCH' || code === 'PROVENANCE_SUBJECT_MISMATCH') return 4;
  if (o.status === 'unverifiable') return 3;
  if (INPUT_REASON_CODES.has(code)) return 2;
  return 1;
}

export async function verifyArtifacts(subjects: ArtifactSubject[], options: VerifyArtifactsOptions): Promise<ArtifactVerification[]> {
  const policy = toStatementPolicy(options);
  const limit = pLimit(options.concurrency ?? 4);
  // Explicit bundles are read once and shared by every artifact.
  const explicit = options.bundles?.length ? await readExplicit(options) : undefined;
  return Promise.all(subjects.map((s) => limit(() => verifyOne(s, options, policy, explicit))));
}

async function readExplicit(options: VerifyArtifactsOptions): Promise<Array<EvidenceItem | EvidenceOutcome>> {
  const out: Array<EvidenceItem | EvidenceOutcome> = [];
  for (const b of options.bundles ?? []) {
    try {
      out.push(...(await readEvidenceFile(resolve(options.cwd, b), b)));
    } catch (e) {
      out.push(toOutcome(e, b));
    }
  }
  return out;
}

async function verifyOne(
  subject: ArtifactSubject,
  options: VerifyArtifactsOptions,
  policy: ReturnType<typeof toStatementPolicy>,
  explicit: Array<EvidenceItem | EvidenceOutcome> | undefined,
): Promise<ArtifactVerification> {
  const abs = subject.path === undefined ? undefined : isAbsolute(subject.path) ? subject.path : resolve(options.cwd, subject.path);
  const name = subject.display ?? subject.path ?? (subject.digest ? `${subject.digest.algorithm}:${subject.digest.hex}` : '?');
  let digests: ArtifactDigest[];
  try {
    digests = abs !== undefined ? await digestFile(abs, ['sha256', 'sha512']) : subject.digest ? [subject.digest] : [];
    if (digests.length === 0) throw new GateError('USAGE', 'an artifact needs a file or a digest');
  } catch (e) {
    if (!isGateError(e)) throw e;
    return { subject: name, digest: { algorithm: subject.digest?.algorithm === 'sha512' ? 'sha512' : 'sha256', hex: subject.digest?.hex ?? '' }, status: 'invalid', reason: { code: e.code, message: e.message }, facts: {} };
  }
  const shown = digests.find((d) => d.algorithm === (options.digestAlgorithm ?? 'sha256')) ?? digests[0]!;
  const digest = { algorithm: shown.algorithm as 'sha256' | 'sha512', hex: shown.hex };
  const outcomes: EvidenceOutcome[] = [];
  const evaluate = async (items: Array<EvidenceItem | EvidenceOutcome>) => {
    for (const it of items) {
      const o = 'json' in it ? await evaluateEvidence(it, { path: abs, digests }, options, policy) : it;
      outcomes.push(o);
      if (o.status === 'verified') return true;
    }
    return false;
  };

  let done = false;
  const sha256Hex = digests.find((d) => d.algorithm === 'sha256')?.hex;
  if (explicit) {
    done = await evaluate(explicit);
  } else {
    const dir = abs !== undefined ? dirname(abs) : options.cwd;
    const files = [...(abs !== undefined ? await findEvidenceBeside(abs) : []), ...(sha256Hex ? await findDownloadedAttestations(dir, sha256Hex) : [])];
    done = await evaluate(await readAll(files, options.cwd));
    if (!done && outcomes.length === 0 && abs !== undefined) done = await evaluate(await readShared(abs, digests, options.cwd));
  }
  if (!done && options.github) {
    try {
      if (!sha256Hex) throw new GateError('USAGE', 'the GitHub attestations API is searched by sha256 digest');
      done = await evaluate(await fetchGithubAttestations(sha256Hex, options.github));
    } catch (e) {
      outcomes.push(toOutcome(e, `github:${options.github.repo ?? options.github.owner ?? ''}`));
    }
  }
  if (outcomes.length === 0) {
    return {
      subject: name,
      digest,
      status: 'missing',
      reason: { code: 'BUNDLE_NOT_FOUND', message: `no bundle or provenance found for ${name} (looked for ${name}.sigstore.json, .sigstore, .bundle, .intoto.jsonl, sha256:<hex>.jsonl${options.github ? ' and GitHub attestations' : ''})` },
      facts: {},
    };
  }
  const best = outcomes.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  return { subject: name, digest, status: best.status, reason: best.reason, evidence: toDisplay(best.evidence, options.cwd), facts: best.facts };
}

function toDisplay(p: string, cwd: string): string {
  return isAbsolute(p) ? relative(cwd, p) || p : p;
}

async function readAll(files: string[], cwd: string): Promise<Array<EvidenceItem | EvidenceOutcome>> {
  const out: Array<EvidenceItem | EvidenceOutcome> = [];
  for (const f of files) {
    try {
      out.push(...(await readEvidenceFile(f, toDisplay(f, cwd))));
    } catch (e) {
      out.push(toOutcome(e, toDisplay(f, cwd)));
    }
  }
  return out;
}

/** Shared provenance counts only where its (not yet verified) subjects name this artifact; the rest is someone else's. */
async function readShared(abs: string, digests: ArtifactDigest[], cwd: string): Promise<EvidenceItem[]> {
  const items: EvidenceItem[] = [];
  for (const f of await findSharedProvenance(abs)) {
    let all: EvidenceItem[];
    try {
      all = await readEvidenceFile(f, toDisplay(f, cwd));
    } catch {
      continue; // an unrelated broken file beside the artifact is not this artifact's problem
    }
    items.push(...all.filter((it) => mentions(it, digests)));
  }
  return items;
}

function mentions(item: EvidenceItem, digests: ArtifactDigest[]): boolean {
  try {
    const envelope = (item.kind === 'legacy-envelope' ? item.json : item.json.dsseEnvelope) as { payload?: unknown } | undefined;
    if (typeof envelope?.payload !== 'string') return false;
    return findSubject(parseStatement(Buffer.from(envelope.payload, 'base64')), digests) !== undefined;
  } catch {
    return false;
  }
}
