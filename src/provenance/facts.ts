/** ProvenanceFacts for reports: certificate facts first (unforgeable), statement facts fill gaps. */
import type { CertificateFacts } from '../sigstore/index.js';
import type { ProvenanceFacts } from '../types.js';
import { toCertificateSource } from './certificate-check.js';
import { parseWorkflowIdentity } from './git-uri.js';
import { isSlsaPredicateType, toSlsaProvenance } from './slsa.js';
import type { InTotoStatement, SlsaProvenance } from './types.js';

/** Facts the certificate alone proves. */
export function toCertificateFacts(cert: CertificateFacts): ProvenanceFacts {
  const c = toCertificateSource(cert);
  const config = cert.extensions.buildConfigURI ? parseWorkflowIdentity(cert.extensions.buildConfigURI) : undefined;
  const facts: ProvenanceFacts = {
    signerIdentity: cert.subjectAlternativeName,
    issuer: cert.issuer || undefined,
    sourceRepo: c.repository ? `https://${c.repository}` : undefined,
    sourceRef: c.ref,
    sourceCommit: c.commit,
    workflow: config?.repository && config.path ? `${config.repository.replace(/^github\.com\//, '')}/${config.path}` : undefined,
    runnerEnvironment: c.runnerEnvironment,
  };
  return dropUndefined(facts);
}

/**
 * Facts of a statement (and its certificate, when it has one). `prov` may be passed
 * when already parsed; SLSA fields are read only for SLSA predicates. Call this only
 * after `checkProvenanceAgainstCertificate` passed, or the statement's claims leak in.
 */
export function toProvenanceFacts(statement: InTotoStatement, certificate?: CertificateFacts, prov?: SlsaProvenance): ProvenanceFacts {
  const slsa = prov ?? (isSlsaPredicateType(statement.predicateType) ? tryParse(statement) : undefined);
  const fromStatement: ProvenanceFacts = {
    predicateType: statement.predicateType,
    builderId: slsa?.builderId,
    buildType: slsa?.buildType,
    sourceRepo: slsa?.repository ? `https://${slsa.repository}` : undefined,
    sourceRef: slsa?.sourceRef,
    sourceCommit: slsa?.sourceCommit,
    runnerEnvironment: slsa?.runnerEnvironment,
  };
  return { ...dropUndefined(fromStatement), ...(certificate ? toCertificateFacts(certificate) : {}) };
}

function tryParse(statement: InTotoStatement): SlsaProvenance | undefined {
  try {
    return toSlsaProvenance(statement);
  } catch {
    return undefined;
  }
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
