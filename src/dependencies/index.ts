/** Per-package verification of npm dependencies (issue 4). The pipeline calls `verifyDependencies`. */
export { verifyDependencies, type DependencyOptions } from './verify.js';
// Types only: the Sigstore stack behind createAttestationVerifier (./attestations.js) is
// loaded on demand, so a warm run (every result cached) never parses it.
export type { AttestationVerifier, VerifiedAttestation } from './attestations.js';
// The checks themselves (provenance.js, signature.js, integrity.js) are imported from
// their modules: re-exported here they would load on every run, warm ones included.
