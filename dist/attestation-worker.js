#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  createAttestationVerifier
} from "./chunk-MCN522HZ.js";
import "./chunk-U2346DQA.js";
import "./chunk-YF7224YE.js";
import "./chunk-UVB7XM6J.js";
import "./chunk-HR6LKGB5.js";
import {
  verifyPackageProvenance
} from "./chunk-QS7GV5ED.js";
import "./chunk-MBK2SKKM.js";
import "./chunk-CGI2TJ2U.js";
import "./chunk-HZXIZVU5.js";
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
    const work = m.entries && m.subject ? verifyPackageProvenance(m.entries, m.subject, (b, w) => verify(b, w, m.registryKeys)) : verify(m.bundle, m.what ?? "bundle", m.registryKeys);
    work.then(
      (ok) => port.postMessage({ id: m.id, ok }),
      (e) => port.postMessage({
        id: m.id,
        error: isGateError(e) ? { code: e.code, message: e.message } : { code: "INTERNAL", message: String(e instanceof Error ? e.stack : e), bug: true }
      })
    );
  });
}
