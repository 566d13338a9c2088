#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  DEFAULT_REGISTRY_CONCURRENCY,
  createRegistryClient,
  toPackagePath
} from "./chunk-SQXP2J2D.js";
import "./chunk-GEVQM3U3.js";
import "./chunk-CD3H5QN7.js";
import "./chunk-YF7224YE.js";
import "./chunk-HR6LKGB5.js";
import "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";
export {
  DEFAULT_REGISTRY_CONCURRENCY,
  createRegistryClient,
  toPackagePath
};
