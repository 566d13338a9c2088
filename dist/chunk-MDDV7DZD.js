#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  verifyPackageProvenance
} from "./chunk-QS7GV5ED.js";
import "./chunk-MBK2SKKM.js";
import "./chunk-CGI2TJ2U.js";
import "./chunk-HZXIZVU5.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/dependencies/worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
async function createPooledAttestationVerifier(options, threads = Math.max(1, availableParallelism() - 1)) {
  const url = new URL("./attestation-worker.js", import.meta.url);
  if (url.protocol !== "file:" || !existsSync(fileURLToPath(url)) || threads < 1) {
    const verify = (await import("./chunk-YTDHV6VO.js")).createAttestationVerifier(options);
    return {
      verify,
      verifyProvenance: (entries, subject, keys) => verifyPackageProvenance(entries, subject, (b, w) => verify(b, w, keys)),
      close: async () => void 0
    };
  }
  const pending = /* @__PURE__ */ new Map();
  const workers = [];
  let next = 0;
  let id = 0;
  const start = () => {
    for (let i = 0; i < threads; i++) {
      const w = new Worker(url, { workerData: options, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
      w.on("message", (r) => {
        const p = pending.get(r.id);
        pending.delete(r.id);
        if (!p) return;
        if (r.ok) p.resolve(r.ok);
        else if (r.error && !r.error.bug) p.reject(new GateError(r.error.code, r.error.message));
        else p.reject(new Error(`attestation worker: ${r.error?.message ?? "no answer"}`));
      });
      w.on("error", (e) => {
        for (const p of pending.values()) p.reject(e);
        pending.clear();
      });
      workers.push(w);
    }
  };
  start();
  const send = (message) => {
    return new Promise((resolve, reject) => {
      const n = id++;
      pending.set(n, { resolve, reject });
      workers[next++ % workers.length].postMessage({ ...message, id: n });
    });
  };
  return {
    verify: (bundle, what, registryKeys) => send({ bundle, what, registryKeys }),
    // One message per package and only the small check comes back (not every statement).
    verifyProvenance: (entries, subject, registryKeys) => send({ entries, subject, registryKeys }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}
export {
  createPooledAttestationVerifier
};
