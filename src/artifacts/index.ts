/**
 * The artifacts stage: find the evidence for build artifacts (beside them, explicit,
 * shared provenance, GitHub's attestations API) and verify it with the Sigstore core
 * and the provenance rules. Entry point for the pipeline: `verifyArtifacts`.
 */
export { verifyArtifacts, INPUT_REASON_CODES } from './verify.js';
export { resolveArtifactGlobs } from './globs.js';
export { findEvidenceBeside, findSharedProvenance, findDownloadedAttestations, EVIDENCE_SUFFIXES } from './discover.js';
export { readEvidenceFile, parseEvidenceText, isLegacyEnvelope, MAX_EVIDENCE_BYTES } from './evidence-file.js';
export type { EvidenceItem } from './evidence-file.js';
export { fetchGithubAttestations } from './github-api.js';
export type { GithubAttestationsOptions } from './github-api.js';
export { evaluateEvidence, toStatementPolicy } from './evaluate-evidence.js';
export type { EvidenceOutcome } from './evaluate-evidence.js';
export type { ArtifactSubject, VerifyArtifactsOptions } from './types.js';
