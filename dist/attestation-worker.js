#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  createAttestationVerifier
} from "./chunk-WF5DIERX.js";
import "./chunk-C3XTDRUS.js";
import "./chunk-3IFSMPDV.js";
import {
  isGateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/dependencies/attestation-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port) {
  const verify = createAttestationVerifier(workerData);
  port.on("message", (m) => {
    verify(m.bundle, m.what, m.registryKeys).then(
      (ok) => port.postMessage({ id: m.id, ok }),
      (e) => port.postMessage({
        id: m.id,
        error: isGateError(e) ? { code: e.code, message: e.message } : { code: "INTERNAL", message: String(e instanceof Error ? e.stack : e), bug: true }
      })
    );
  });
}
