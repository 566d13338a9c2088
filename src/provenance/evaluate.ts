/**
 * One verified in-toto statement → a decision. Two modes, chosen by the caller:
 * - `signature`: the user pinned the signer (cosign verify-blob-attestation /
 *   sigstore bundle verify); the predicate is reported, not interpreted.
 * - `provenance` (default): SLSA predicate type, statement vs certificate, trusted
 *   builder, then every slsa-verifier flag.
 * Subject binding is the caller's job (it knows the artifact digests).
 */
import type { CertificateFacts } from '../sigstore/index.js';
import type { ProvenanceFacts } from '../types.js';
import { checkBuilder } from './builder-check.js';
import type { TrustedBuilder } from './builders.js';
import { checkProvenanceAgainstCertificate } from './certificate-check.js';
import { checkPredicateType, checkProvenanceExpectations } from './expectations.js';
import { toCertificateFacts, toProvenanceFacts } from './facts.js';
import { isSlsaPredicateType, toSlsaProvenance } from './slsa.js';
import type { InTotoStatement, ProvenanceExpectations } from './types.js';

export interface StatementPolicy {
  mode: 'signature' | 'provenance';
  expectations: ProvenanceExpectations;
  trustedBuilders: readonly TrustedBuilder[];
  /** The user pinned the signer: untrusted builders are then acceptable (gh semantics). */
  identityPinned: boolean;
}

/** Returns the facts to report; throws a GateError with the reason code on the first failed check. */
export function evaluateStatement(
  statement: InTotoStatement,
  cert: CertificateFacts | undefined,
  policy: StatementPolicy,
  file?: string,
): ProvenanceFacts {
  if (policy.mode === 'signature') return toSignatureFacts(statement, cert);
  checkPredicateType(statement.predicateType, policy.expectations.predicateTypes, file);
  if (!isSlsaPredicateType(statement.predicateType)) {
    // A non-SLSA predicate the user asked for: nothing more to interpret, unless SLSA flags were given.
    const e = policy.expectations;
    if ([e.sourceUri, e.sourceTag, e.sourceBranch, e.sourceVersionedTag, e.builderId, e.workflowInputs].some((v) => v !== undefined)) {
      toSlsaProvenance(statement, file); // throws PROVENANCE_PREDICATE_MISMATCH
    }
    return toSignatureFacts(statement, cert);
  }
  const prov = toSlsaProvenance(statement, file);
  if (cert) checkProvenanceAgainstCertificate(prov, cert, file);
  const builderId = checkBuilder(prov, cert, {
    expectedBuilderId: policy.expectations.builderId,
    trustedBuilders: policy.trustedBuilders,
    identityPinned: policy.identityPinned,
  }, file);
  checkProvenanceExpectations(prov, policy.expectations, file);
  return { ...toProvenanceFacts(statement, cert, prov), builderId };
}

/** Signature mode: statement facts only where they agree with the certificate. */
function toSignatureFacts(statement: InTotoStatement, cert: CertificateFacts | undefined): ProvenanceFacts {
  if (!cert || !isSlsaPredicateType(statement.predicateType)) {
    return { predicateType: statement.predicateType, ...(cert ? toCertificateFacts(cert) : {}) };
  }
  try {
    const prov = toSlsaProvenance(statement);
    checkProvenanceAgainstCertificate(prov, cert);
    return toProvenanceFacts(statement, cert, prov);
  } catch {
    return { predicateType: statement.predicateType, ...toCertificateFacts(cert) };
  }
}
