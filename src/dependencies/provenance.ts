/**
 * Check 3 — npm provenance: every bundle of `/-/npm/v1/attestations/<name>@<version>`
 * must verify; the publish attestation (npm key) and the SLSA provenance (v0.2 / v1,
 * Fulcio-signed) must both name this package as first subject — purl and sha512 equal
 * to the lockfile integrity; the statement's source facts must agree with the
 * certificate (the workflow writes the statement, Fulcio writes the certificate).
 */
import { GateError, isGateError } from '../errors.js';
import { checkProvenanceAgainstCertificate, toCertificateSource } from '../provenance/certificate-check.js';
import { normalizeRepository, parseWorkflowIdentity } from '../provenance/git-uri.js';
import { parseNpmPublishPredicate } from '../provenance/npm-publish.js';
import { isSlsaPredicateType, toSlsaProvenance } from '../provenance/slsa.js';
import { NPM_PUBLISH_V01, type InTotoStatement, type SlsaProvenance } from '../provenance/types.js';
import type { AttestationEntry } from '../registry/types.js';
import type { ProvenanceCheck } from '../types.js';
import type { AttestationVerifier, VerifiedAttestation } from './attestations.js';
import { fail } from './reasons.js';

/** `pkg:npm/%40scope/name@1.0.0` — the subject name npm writes (purl spec: `@` escaped). */
export function toNpmSubjectPurl(name: string, version: string): string {
  return `pkg:npm/${name.replace(/^@/, '%40')}@${version}`;
}

export interface ProvenanceSubject {
  name: string;
  version: string;
  /** Lower-case hex sha512 the first subject must carry. */
  sha512Hex: string;
}

/** Verifies all `entries`; never throws a GateError (it becomes the check's reason). */
export async function verifyPackageProvenance(
  entries: AttestationEntry[],
  subject: ProvenanceSubject,
  verify: AttestationVerifier,
): Promise<ProvenanceCheck> {
  try {
    return (await verifyNpmAttestations(entries, subject, verify)).check;
  } catch (e) {
    if (!isGateError(e)) throw e;
    return { status: 'invalid', reason: { code: e.code, message: e.message } };
  }
}

/**
 * The check plus the verified SLSA provenance (for slsa-verifier's source/builder flags).
 * Throws the GateError of the first failing bundle or binding.
 */
export async function verifyNpmAttestations(
  entries: AttestationEntry[],
  subject: ProvenanceSubject,
  verify: AttestationVerifier,
): Promise<{ check: ProvenanceCheck; slsa?: SlsaProvenance; statement?: InTotoStatement }> {
  const id = `${subject.name}@${subject.version}`;
  let publish: VerifiedAttestation | undefined;
  let provenance: VerifiedAttestation | undefined;
  for (const [i, entry] of entries.entries()) {
    const what = `attestation ${i + 1} (${entry.predicateType}) of ${id}`;
    const v = await verify(entry.bundle, what);
    // The registry's label is untrusted; the signed statement must say the same.
    if (v.statement.predicateType !== entry.predicateType) {
      throw new GateError('PROVENANCE_PREDICATE_MISMATCH', `${what}: the signed statement says ${v.statement.predicateType}`);
    }
    checkFirstSubject(v.statement, subject, what);
    if (entry.predicateType === NPM_PUBLISH_V01) {
      const p = parseNpmPublishPredicate(v.statement, what);
      if (p.name !== subject.name || p.version !== subject.version) {
        throw new GateError('PROVENANCE_SUBJECT_MISMATCH', `${what}: the publish attestation is for ${p.name}@${p.version}`);
      }
      if (v.certificate || v.keyId === undefined) {
        throw new GateError('BUNDLE_SIGNATURE_INVALID', `${what}: a publish attestation must be signed by the registry's npm key`);
      }
      publish = v;
    } else if (isSlsaPredicateType(entry.predicateType)) {
      provenance = v;
    }
  }
  if (!provenance) {
    return { check: fail('missing', 'PROVENANCE_MISSING', `${id} has attestations but no SLSA provenance`) };
  }
  if (!publish) {
    throw new GateError('PROVENANCE_PUBLISH_ATTESTATION_MISSING', `${id} has SLSA provenance but no npm publish attestation`);
  }
  return toProvenanceCheck(provenance, id);
}

/** npm binds attestations through the first subject: purl and sha512 must both be this package's. */
function checkFirstSubject(statement: InTotoStatement, want: ProvenanceSubject, what: string): void {
  const first = statement.subjects[0];
  const purl = toNpmSubjectPurl(want.name, want.version);
  if (!first || first.name !== purl) {
    throw new GateError('PROVENANCE_SUBJECT_MISMATCH', `${what}: first subject is "${first?.name ?? ''}", expected "${purl}"`);
  }
  if (first.digest.sha512 !== want.sha512Hex.toLowerCase()) {
    throw new GateError('PROVENANCE_SUBJECT_MISMATCH', `${what}: subject sha512 ${first.digest.sha512?.slice(0, 16) ?? '(none)'}… is not the lockfile's ${want.sha512Hex.slice(0, 16)}…`);
  }
}

function toProvenanceCheck(v: VerifiedAttestation, id: string): { check: ProvenanceCheck; slsa: SlsaProvenance; statement: InTotoStatement } {
  const what = `SLSA provenance of ${id}`;
  const cert = v.certificate;
  if (!cert) throw new GateError('BUNDLE_CERTIFICATE_INVALID', `${what} is not signed with a Fulcio certificate`);
  const prov = toSlsaProvenance(v.statement, what);
  checkProvenanceAgainstCertificate(prov, cert, what);
  const src = toCertificateSource(cert);
  // Certificate facts first (unforgeable), the statement where the certificate is silent.
  const repository = src.repository ?? prov.repository;
  const signer = src.signer ? parseWorkflowIdentity(src.signer) : undefined;
  const workflowPath = src.workflowPath ?? prov.workflowPath ?? signer?.path;
  const repoPath = repository ? normalizeRepository(repository).split('/').slice(1).join('/') : undefined;
  const check: ProvenanceCheck = {
    status: 'verified',
    signerIdentity: cert.subjectAlternativeName,
    issuer: cert.issuer,
    sourceRepo: repository ? `https://${normalizeRepository(repository)}` : undefined,
    sourceRef: src.ref ?? prov.sourceRef,
    sourceCommit: src.commit ?? prov.sourceCommit,
    workflow: workflowPath ? (repoPath ? `${repoPath}/${workflowPath}` : workflowPath) : undefined,
    runnerEnvironment: src.runnerEnvironment ?? prov.runnerEnvironment,
    builderId: prov.builderId,
    buildType: prov.buildType,
    predicateType: prov.predicateType,
    logTime: v.logTime,
    logIndex: v.logIndex,
  };
  return { check, slsa: prov, statement: v.statement };
}
