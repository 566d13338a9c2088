/**
 * Attestations for the benchmark, minted with the test CA of test/support (Sigstore
 * bundles that @sigstore/verify accepts under the test trusted root): SLSA v1
 * provenance signed by a Fulcio-like certificate + npm publish attestation signed by
 * a test `npm:attestations` key.
 */
import type { RegistryKey } from '../src/registry/types.js';
import type { AttestationMinter } from './deps-registry.js';

export interface BenchMinter {
  mint: AttestationMinter;
  trust: { trustedRootDocuments: unknown[]; npmAttestationKeys: RegistryKey[] };
}

/** The minter, or undefined while no test CA exists. */
export async function loadBenchMinter(): Promise<BenchMinter | undefined> {
  return undefined;
}
