#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);

// src/errors.ts
var INPUT_CODES = /* @__PURE__ */ new Set([
  "USAGE",
  "CONFIG_INVALID",
  "CONFIG_NOT_FOUND",
  "INPUT_NOT_FOUND",
  "INPUT_UNREADABLE",
  "INPUT_OUTSIDE_WORKSPACE",
  "LOCKFILE_NOT_FOUND",
  "LOCKFILE_INVALID_JSON",
  "LOCKFILE_INVALID",
  "LOCKFILE_UNSUPPORTED_VERSION",
  "LOCKFILE_MISSING_VERSION",
  "LOCKFILE_PACKAGE_JSON_MISMATCH",
  "LOCKFILE_CONFLICT",
  "TRUST_ROOT_INVALID",
  "GITHUB_API_UNAUTHORIZED",
  "OUTPUT_UNWRITABLE",
  "INTERNAL"
]);
var GateError = class extends Error {
  code;
  fix;
  file;
  line;
  column;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "GateError";
    this.code = code;
    this.fix = options.fix;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }
};
function isGateError(e) {
  return e instanceof GateError;
}
function toExitCode(e) {
  if (isGateError(e)) return INPUT_CODES.has(e.code) ? 2 : 1;
  return 2;
}
function renderError(e) {
  if (!isGateError(e)) {
    const msg = e instanceof Error ? e.message : String(e);
    return `provenance-gate: INTERNAL: ${msg} (this is a bug; please report it)`;
  }
  const where = e.file ? `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ""}` : ""}: ` : "";
  const fix = e.fix ? ` \u2014 ${e.fix}` : "";
  return `provenance-gate: ${e.code}: ${where}${e.message}${fix}`;
}

export {
  GateError,
  isGateError,
  toExitCode,
  renderError
};
