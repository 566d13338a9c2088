/** Fulcio extension names → OID numbers for minting test certificates. */
import type { FulcioExtensions } from '../../../src/sigstore/index.js';

/**
 * The names of src/sigstore's FulcioExtensions (issuer is set by SignOptions.issuer).
 * The OID numbers below are written out on purpose, not taken from src/: the test CA must
 * check the production parser's numbering, not mirror it.
 */
export type TestCertExtensions = Omit<FulcioExtensions, 'issuer' | 'issuerV1' | 'issuerV2'> & {
  /** Omit the deprecated v1 issuer (.1); default: both .1 and .8 are set. */
  noIssuerV1?: boolean;
};

const NUMBERS: Record<Exclude<keyof TestCertExtensions, 'noIssuerV1'>, number> = {
  githubWorkflowTrigger: 2,
  githubWorkflowSha: 3,
  githubWorkflowName: 4,
  githubWorkflowRepository: 5,
  githubWorkflowRef: 6,
  buildSignerURI: 9,
  buildSignerDigest: 10,
  runnerEnvironment: 11,
  sourceRepositoryURI: 12,
  sourceRepositoryDigest: 13,
  sourceRepositoryRef: 14,
  sourceRepositoryIdentifier: 15,
  sourceRepositoryOwnerURI: 16,
  sourceRepositoryOwnerIdentifier: 17,
  buildConfigURI: 18,
  buildConfigDigest: 19,
  buildTrigger: 20,
  runInvocationURI: 21,
  sourceRepositoryVisibilityAtSigning: 22,
};

/** OID number → value. The issuer goes to .8 (and .1 unless `noIssuerV1`). */
export function toExtensionMap(issuer: string, ext: TestCertExtensions = {}): Map<number, string> {
  const map = new Map<number, string>();
  if (!ext.noIssuerV1) map.set(1, issuer);
  map.set(8, issuer);
  for (const [name, n] of Object.entries(NUMBERS)) {
    const v = ext[name as keyof typeof NUMBERS];
    if (v !== undefined) map.set(n, v);
  }
  return map;
}
