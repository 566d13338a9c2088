/**
 * The provenance stage: in-toto statements, SLSA v0.2/v1 normalisation, builder trust,
 * slsa-verifier / gh flag semantics, and the statement-vs-certificate cross-check.
 * Pure functions over data: no I/O, no crypto (the payload is verified by src/sigstore).
 */
export { parseStatement, findSubject, checkSubject } from './statement.js';
export { toSlsaProvenance, isSlsaPredicateType } from './slsa.js';
export { toProvenanceFacts, toCertificateFacts } from './facts.js';
export { checkProvenanceAgainstCertificate, toCertificateSource } from './certificate-check.js';
export type { CertificateSource } from './certificate-check.js';
export { checkBuilder, matchesBuilderId, GITHUB_ACTIONS_ISSUER } from './builder-check.js';
export type { BuilderCheckOptions } from './builder-check.js';
export {
  DEFAULT_TRUSTED_BUILDERS,
  GITHUB_WORKFLOW_BUILD_TYPES,
  GITHUB_RUNNER_BUILDER_IDS,
  classifyBuildType,
} from './builders.js';
export type { TrustedBuilder, BuilderKind } from './builders.js';
export { checkProvenanceExpectations, checkPredicateType } from './expectations.js';
export { checkCertificateExpectations, hasCertificateExpectations } from './certificate-expectations.js';
export { checkVersionedTag } from './versioned-tag.js';
export { evaluateStatement } from './evaluate.js';
export type { StatementPolicy } from './evaluate.js';
export { parseNpmPublishPredicate } from './npm-publish.js';
export type { NpmPublishAttestation } from './npm-publish.js';
export { parseGitUri, normalizeRepository, tagFromRef, branchFromRef, parseWorkflowIdentity } from './git-uri.js';
export * from './types.js';
