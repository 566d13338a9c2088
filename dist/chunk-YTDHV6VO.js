#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  checkNpmKeyWindow,
  createAttestationVerifier
} from "./chunk-MCN522HZ.js";
import "./chunk-U2346DQA.js";
import "./chunk-YF7224YE.js";
import "./chunk-UVB7XM6J.js";
import "./chunk-HR6LKGB5.js";
import "./chunk-HZXIZVU5.js";
import "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";
export {
  checkNpmKeyWindow,
  createAttestationVerifier
};
