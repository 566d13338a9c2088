/**
 * Worker-thread entry for attestation verification (bundled as
 * `attestation-worker.js` beside the CLI bundle). Bundle verification is CPU-bound
 * (certificate chain, SCTs, log proofs, signatures); the main thread keeps the network
 * busy while workers verify. Messages: `{id, entries, subject, registryKeys}` → `{id, ok}`
 * (a package's whole provenance check: one round trip and a small answer per package),
 * or `{id, bundle, what, registryKeys}` → `{id, ok}` | `{id, error}` (one bundle).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isGateError } from '../errors.js';
import type { AttestationEntry, RegistryKey } from '../registry/types.js';
import { createAttestationVerifier, type AttestationTrustOptions } from './attestations.js';
import { verifyPackageProvenance, type ProvenanceSubject } from './provenance.js';

interface Message {
  id: number;
  registryKeys?: RegistryKey[];
  bundle?: unknown;
  what?: string;
  entries?: AttestationEntry[];
  subject?: ProvenanceSubject;
}

const port = parentPort;
if (port) {
  const verify = createAttestationVerifier(workerData as AttestationTrustOptions);
  port.on('message', (m: Message) => {
    const work = m.entries && m.subject
      ? verifyPackageProvenance(m.entries, m.subject, (b, w) => verify(b, w, m.registryKeys))
      : verify(m.bundle, m.what ?? 'bundle', m.registryKeys);
    work.then(
      (ok) => port.postMessage({ id: m.id, ok }),
      (e: unknown) =>
        port.postMessage({
          id: m.id,
          error: isGateError(e) ? { code: e.code, message: e.message } : { code: 'INTERNAL', message: String(e instanceof Error ? e.stack : e), bug: true },
        }),
    );
  });
}
