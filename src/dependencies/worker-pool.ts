/**
 * Spreads attestation verification over worker threads when the bundled worker
 * (`attestation-worker.js` next to the running bundle) exists; from source (tests,
 * tsx) it verifies in-thread. Default: one worker per CPU but one — the main thread
 * keeps the network, parsing and registry signatures (measured on 2 vCPU: 1 worker
 * beats 0 and 2, and than 2 again after the per-package messages). The pool is created
 * when the first package with attestations shows up, so a warm run starts none; the
 * worker boots while that package's attestations are fetched. With a worker the main
 * thread never loads the Sigstore stack (only the in-thread fallback imports it).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GateError, type GateErrorCode } from '../errors.js';
import type { AttestationEntry, RegistryKey } from '../registry/types.js';
import type { ProvenanceCheck } from '../types.js';
import type { AttestationTrustOptions, AttestationVerifier, VerifiedAttestation } from './attestations.js';
import { verifyPackageProvenance, type ProvenanceSubject } from './provenance.js';

interface Reply {
  id: number;
  ok?: VerifiedAttestation | ProvenanceCheck;
  error?: { code: string; message: string; bug?: boolean };
}

/** A package's whole provenance check (`verifyPackageProvenance`), never rejecting with a GateError. */
export type ProvenanceVerifier = (entries: AttestationEntry[], subject: ProvenanceSubject, registryKeys?: RegistryKey[]) => Promise<ProvenanceCheck>;

/** The verifiers to use: a worker pool when possible, else in-thread. `close` ends the workers. */
export async function createPooledAttestationVerifier(options: AttestationTrustOptions, threads = Math.max(1, availableParallelism() - 1)): Promise<{
  verify: AttestationVerifier;
  verifyProvenance: ProvenanceVerifier;
  close: () => Promise<void>;
}> {
  const url = new URL('./attestation-worker.js', import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url)) || threads < 1) {
    const verify = (await import('./attestations.js')).createAttestationVerifier(options);
    return {
      verify,
      verifyProvenance: (entries, subject, keys) => verifyPackageProvenance(entries, subject, (b, w) => verify(b, w, keys)),
      close: async () => undefined,
    };
  }
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: unknown) => void }>();
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
        if (r.ok) p.resolve(r.ok as never);
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
  start();
  const send = <T>(message: object): Promise<T> => {
    return new Promise<T>((resolve, reject) => {
      const n = id++;
      pending.set(n, { resolve, reject });
      workers[next++ % workers.length]!.postMessage({ ...message, id: n });
    });
  };
  return {
    verify: (bundle, what, registryKeys) => send<VerifiedAttestation>({ bundle, what, registryKeys }),
    // One message per package and only the small check comes back (not every statement).
    verifyProvenance: (entries, subject, registryKeys) => send<ProvenanceCheck>({ entries, subject, registryKeys }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
