/** Per-package verification of npm dependencies (issue 4). The pipeline calls `verifyDependencies`. */
export { verifyDependencies, type DependencyOptions } from './verify.js';
// Types only: the Sigstore stack behind createAttestationVerifier (./attestations.js) is
// loaded on demand, so a warm run (every result cached) never parses it.
export type { AttestationVerifier, VerifiedAttestation } from './attestations.js';
export { verifyPackageProvenance, toNpmSubjectPurl } from './provenance.js';
export { verifyRegistrySignature } from './signature.js';
export { checkIntegrity } from './integrity.js';
