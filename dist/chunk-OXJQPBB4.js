#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  limitFunction,
  pLimit
} from "./chunk-CD3H5QN7.js";
import "./chunk-PQNIH4KF.js";
export {
  pLimit as default,
  limitFunction
};
