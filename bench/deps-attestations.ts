/**
 * Attestations for the benchmark, minted with the test CA of test/support (Sigstore
 * bundles @sigstore/verify accepts under the test trusted root): SLSA v1 provenance
 * signed by a Fulcio-like certificate + npm publish attestation signed by the test
 * instance's managed key, trusted as the `npm:attestations` key.
 */
import type { RegistryKey } from '../src/registry/types.js';
import { mintNpmAttestations, toTestNpmTrust } from '../test/support/npm-attestations.js';
import { createTestInstance } from '../test/support/test-ca/index.js';
import type { AttestationMinter } from './deps-registry.js';

export interface BenchMinter {
  mint: AttestationMinter;
  trust: { trustedRootDocuments: unknown[]; npmAttestationKeys: RegistryKey[] };
}

export async function loadBenchMinter(): Promise<BenchMinter> {
  const ca = await createTestInstance();
  return {
    mint: (name, version, sha512Hex, repo) => mintNpmAttestations(ca, { name, version, sha512Hex, repo }),
    trust: toTestNpmTrust(ca),
  };
}
