/**
 * Worker-thread entry for attestation verification (bundled as
 * `attestation-worker.js` beside the CLI bundle). Bundle verification is CPU-bound
 * (certificate chain, SCTs, log proofs, signatures); the main thread keeps the network
 * busy while workers verify. Messages: `{id, bundle, what, registryKeys}` → `{id, ok}` | `{id, error}`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isGateError } from '../errors.js';
import type { RegistryKey } from '../registry/types.js';
import { createAttestationVerifier, type AttestationTrustOptions } from './attestations.js';

const port = parentPort;
if (port) {
  const verify = createAttestationVerifier(workerData as AttestationTrustOptions);
  port.on('message', (m: { id: number; bundle: unknown; what: string; registryKeys?: RegistryKey[] }) => {
    verify(m.bundle, m.what, m.registryKeys).then(
      (ok) => port.postMessage({ id: m.id, ok }),
      (e: unknown) =>
        port.postMessage({
          id: m.id,
          error: isGateError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: String(e instanceof Error ? e.stack : e), bug: true },
        }),
    );
  });
}
