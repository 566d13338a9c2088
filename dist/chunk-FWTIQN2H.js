#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);

// src/version.ts
var TOOL_NAME = "provenance-gate";
var TOOL_VERSION = true ? "0.1.0" : createRequire(import.meta.url)("../package.json").version;

export {
  TOOL_NAME,
  TOOL_VERSION
};
