/**
 * One evidence item against one artifact: crypto by the Sigstore core, then the
 * in-toto subject, the provenance rules and the certificate flags. Every failure is
 * a GateError whose code becomes the reason; anything else is a bug and propagates.
 */
import { GateError, isGateError } from '../errors.js';
import {
  checkCertificateExpectations,
  checkSubject,
  DEFAULT_TRUSTED_BUILDERS,
  evaluateStatement,
  hasCertificateExpectations,
  parseStatement,
  toCertificateFacts,
  type StatementPolicy,
} from '../provenance/index.js';
import { parseBundle, verifyBundle, type ArtifactDigest, type ArtifactInput } from '../sigstore/index.js';
import type { CheckStatus, ProvenanceFacts, Reason } from '../types.js';
import type { EvidenceItem } from './evidence-file.js';
import type { VerifyArtifactsOptions } from './types.js';

export interface EvidenceOutcome {
  status: CheckStatus;
  reason?: Reason;
  evidence: string;
  facts: ProvenanceFacts;
}

/** Status for a reason code: offline-impossible and unreachable evidence are not failures of the artifact. */
function toStatus(code: string): CheckStatus {
  return code === 'PROVENANCE_UNVERIFIABLE_OFFLINE' || code === 'GITHUB_API_UNREACHABLE' ? 'unverifiable' : 'invalid';
}

export function toOutcome(e: unknown, evidence: string, facts: ProvenanceFacts = {}): EvidenceOutcome {
  if (!isGateError(e)) throw e;
  return { status: toStatus(e.code), reason: { code: e.code, message: e.message }, evidence, facts };
}

/** Which flags were given decides how much of the statement is interpreted. */
export function toStatementPolicy(options: VerifyArtifactsOptions): StatementPolicy {
  const p = options.provenance ?? {};
  const c = options.certificate ?? {};
  const provenanceFlags = [p.sourceUri, p.sourceTag, p.sourceBranch, p.sourceVersionedTag, p.builderId, p.workflowInputs, p.predicateTypes].some((v) => v !== undefined);
  const sanPinned = options.identity?.subjectAlternativeName !== undefined || options.identity?.sanRegex !== undefined;
  const ghPinned = [c.owner, c.repo, c.signerWorkflow, c.signerRepo].some((v) => v !== undefined);
  const signatureOnly = (sanPinned || options.keyPinned === true) && !provenanceFlags && !hasCertificateExpectations(c);
  return {
    mode: signatureOnly ? 'signature' : 'provenance',
    expectations: p,
    trustedBuilders: [...DEFAULT_TRUSTED_BUILDERS, ...(options.trustedBuilders ?? [])],
    identityPinned: sanPinned || ghPinned || options.keyPinned === true,
  };
}

/** A legacy slsa-github-generator envelope: the signature's log entry must be looked up online. */
function evaluateLegacy(item: EvidenceItem, digests: ArtifactDigest[]): EvidenceOutcome {
  const payload = Buffer.from(String(item.json.payload), 'base64');
  const statement = parseStatement(payload, item.source);
  checkSubject(statement, digests, item.source);
  throw new GateError(
    'PROVENANCE_UNVERIFIABLE_OFFLINE',
    'legacy slsa-github-generator envelope without transparency-log data: its Rekor entry must be fetched online to verify it',
    { file: item.source, fix: 'regenerate provenance with slsa-github-generator v2.1+ (Sigstore bundles), or verify online with slsa-verifier' },
  );
}

export async function evaluateEvidence(
  item: EvidenceItem,
  artifact: { path?: string; digests: ArtifactDigest[] },
  options: VerifyArtifactsOptions,
  policy: StatementPolicy,
): Promise<EvidenceOutcome> {
  try {
    if (item.kind === 'legacy-envelope') return evaluateLegacy(item, artifact.digests);
    const parsed = parseBundle(item.json, item.source);
    const input: ArtifactInput =
      parsed.content === 'dsse' ? { digests: artifact.digests } : artifact.path !== undefined ? { path: artifact.path } : { digests: artifact.digests };
    const verified = await verifyBundle(options.trust, parsed, input, options.identity);
    const cert = verified.certificate;
    let facts: ProvenanceFacts;
    if (verified.content === 'dsse') {
      const statement = parseStatement(verified.payload ?? Buffer.alloc(0), item.source);
      checkSubject(statement, artifact.digests, item.source);
      facts = evaluateStatement(statement, cert, policy, item.source);
    } else {
      facts = checkMessageSignature(cert, policy, options, item.source);
    }
    checkCertificateExpectations(cert, options.certificate ?? {}, item.source);
    if (!cert && verified.keyId !== undefined) facts = { ...facts, signerIdentity: verified.keyId ? `key:${verified.keyId}` : 'key' };
    const time = { logTime: verified.logTime, logIndex: verified.logIndex };
    return { status: 'verified', evidence: item.source, facts: { ...facts, ...dropUndefined(time) } };
  } catch (e) {
    return toOutcome(e, item.source);
  }
}

/** A plain signature carries no provenance: flags about the build cannot be satisfied, and someone must be pinned. */
function checkMessageSignature(
  cert: import('../sigstore/index.js').CertificateFacts | undefined,
  policy: StatementPolicy,
  options: VerifyArtifactsOptions,
  file: string,
) {
  const p = options.provenance ?? {};
  if ([p.sourceUri, p.sourceTag, p.sourceBranch, p.sourceVersionedTag, p.builderId, p.workflowInputs, p.predicateTypes].some((v) => v !== undefined)) {
    throw new GateError('PROVENANCE_PREDICATE_MISMATCH', 'the bundle signs the artifact directly and carries no provenance statement to check the build flags against', { file });
  }
  if (!policy.identityPinned && !hasCertificateExpectations(options.certificate ?? {})) {
    throw new GateError('IDENTITY_MISMATCH', 'a signature is only meaningful for an expected signer, and none was given', {
      file,
      fix: 'pass --cert-identity / --cert-identity-regex with --cert-oidc-issuer, --repo / --owner, or --key',
    });
  }
  return cert ? toCertificateFacts(cert) : {};
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
