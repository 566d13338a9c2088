/**
 * Spreads attestation verification over worker threads when the bundled worker
 * (`attestation-worker.js` next to the running bundle) exists; from source (tests,
 * tsx) it verifies in-thread. Default: one worker per CPU but one — the main thread
 * keeps the network, parsing and registry signatures (measured on 2 vCPU: 1 worker
 * beats 0 and 2). Workers start lazily, on the first bundle: a warm run starts none.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GateError, type GateErrorCode } from '../errors.js';
import { createAttestationVerifier, type AttestationTrustOptions, type AttestationVerifier, type VerifiedAttestation } from './attestations.js';

interface Reply {
  id: number;
  ok?: VerifiedAttestation;
  error?: { code: string; message: string; bug?: boolean };
}

/** The verifier to use: a worker pool when possible, else in-thread. `close` ends the workers. */
export function createPooledAttestationVerifier(options: AttestationTrustOptions, threads = Math.max(1, availableParallelism() - 1)): {
  verify: AttestationVerifier;
  close: () => Promise<void>;
} {
  const url = new URL('./attestation-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url)) || threads < 1) {
    return { verify: createAttestationVerifier(options), close: async () => undefined };
  }
  const pending = new Map<number, { resolve: (v: VerifiedAttestation) => void; reject: (e: unknown) => void }>();
  const workers: Worker[] = [];
  let next = 0;
  let id = 0;
  const start = () => {
    for (let i = 0; i < threads; i++) {
      // A small young generation: verification makes much short-lived garbage (DER re-encoding).
      const w = new Worker(url, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      w.on('message', (r: Reply) => {
        const p = pending.get(r.id);
        pending.delete(r.id);
        if (!p) return;
        if (r.ok) p.resolve(r.ok);
        // A GateError is a verdict; anything else is a bug and must stop the run.
        else if (r.error && !r.error.bug) p.reject(new GateError(r.error.code as GateErrorCode, r.error.message));
        else p.reject(new Error(`attestation worker: ${r.error?.message ?? 'no answer'}`));
      });
      w.on('error', (e) => {
        for (const p of pending.values()) p.reject(e);
        pending.clear();
      });
      workers.push(w);
    }
  };
  return {
    verify: (bundle, what, registryKeys) => {
      if (workers.length === 0) start();
      return new Promise<VerifiedAttestation>((resolve, reject) => {
        const n = id++;
        pending.set(n, { resolve, reject });
        workers[next++ % workers.length]!.postMessage({ id: n, bundle, what, registryKeys });
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
