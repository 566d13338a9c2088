/** Per-package verification of npm dependencies (issue 4). The pipeline calls `verifyDependencies`. */
export { verifyDependencies, type DependencyOptions } from './verify.js';
export { createAttestationVerifier, type AttestationVerifier, type VerifiedAttestation } from './attestations.js';
export { verifyPackageProvenance, toNpmSubjectPurl } from './provenance.js';
export { verifyRegistrySignature } from './signature.js';
export { checkIntegrity } from './integrity.js';
