/**
 * Forgeable vs unforgeable: everything in a provenance statement was written by the
 * workflow that signed it, while Fulcio wrote the certificate extensions from the
 * OIDC token. Where both state a fact they must agree, or the statement lies.
 */
import { GateError } from '../errors.js';
import type { CertificateFacts } from '../sigstore/index.js';
import { classifyBuildType } from './builders.js';
import { normalizeRepository, parseWorkflowIdentity } from './git-uri.js';
import { toSlsaProvenance } from './slsa.js';
import type { InTotoStatement, SlsaProvenance } from './types.js';

/** What the certificate says about source and build, whichever extension version it has. */
export interface CertificateSource {
  repository?: string;
  ref?: string;
  commit?: string;
  trigger?: string;
  workflowPath?: string;
  repositoryId?: string;
  runnerEnvironment?: string;
  /** The signing workflow (SAN / Build Signer URI). */
  signer?: string;
}

export function toCertificateSource(cert: CertificateFacts): CertificateSource {
  const e = cert.extensions;
  const repoUri = e.sourceRepositoryURI ?? (e.githubWorkflowRepository ? `https://github.com/${e.githubWorkflowRepository}` : undefined);
  const config = e.buildConfigURI ? parseWorkflowIdentity(e.buildConfigURI) : undefined;
  return {
    repository: repoUri ? normalizeRepository(repoUri) : undefined,
    ref: e.sourceRepositoryRef ?? e.githubWorkflowRef,
    commit: e.sourceRepositoryDigest ?? e.githubWorkflowSha,
    trigger: e.buildTrigger ?? e.githubWorkflowTrigger,
    workflowPath: config?.path,
    repositoryId: e.sourceRepositoryIdentifier,
    runnerEnvironment: e.runnerEnvironment,
    signer: e.buildSignerURI ?? (cert.subjectAlternativeName.startsWith('https://') ? cert.subjectAlternativeName : undefined),
  };
}

/**
 * Throws PROVENANCE_CERTIFICATE_MISMATCH when a fact the statement claims contradicts
 * the certificate. Facts only one side states are not compared (older certificates
 * lack the v2 extensions); the builder id is compared where the build type says the
 * builder *is* the signing workflow (not for BYOB delegators or the npm CLI runner).
 * Accepts the parsed statement too (then it must be SLSA provenance).
 */
export function checkProvenanceAgainstCertificate(
  provenance: SlsaProvenance | InTotoStatement,
  cert: CertificateFacts,
  file?: string,
): void {
  const prov = 'subjects' in provenance ? toSlsaProvenance(provenance, file) : provenance;
  const c = toCertificateSource(cert);
  const mismatches: string[] = [];
  const compare = (what: string, claimed: string | undefined, certified: string | undefined, fold = false) => {
    if (claimed === undefined || certified === undefined) return;
    const a = fold ? claimed.toLowerCase() : claimed;
    const b = fold ? certified.toLowerCase() : certified;
    if (a !== b) mismatches.push(`${what}: statement says '${claimed}', certificate says '${certified}'`);
  };
  compare('source repository', prov.repository, c.repository, true);
  compare('source commit', prov.sourceCommit, c.commit, true);
  compare('source ref', prov.sourceRef, c.ref);
  compare('trigger', prov.trigger, c.trigger);
  compare('workflow', prov.workflowPath, c.workflowPath);
  compare('repository id', prov.repositoryId, c.repositoryId);
  compare('runner environment', prov.runnerEnvironment, c.runnerEnvironment);
  if (classifyBuildType(prov.buildType, prov.builderId) === 'signer-is-builder') compare('builder', prov.builderId, c.signer);
  if (mismatches.length > 0) {
    throw new GateError('PROVENANCE_CERTIFICATE_MISMATCH', `the provenance disagrees with its signing certificate — ${mismatches.join('; ')}`, {
      file,
      fix: 'the statement was not written by the build it claims; do not trust this artifact',
    });
  }
}
