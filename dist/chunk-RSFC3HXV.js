#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/commands/args.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv, options, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new GateError("USAGE", `${command}: ${message}`, { fix: `Run 'provenance-gate ${command} --help'.` });
  }
}
function toPositiveInt(flag, value, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new GateError("USAGE", `--${flag} must be a positive integer, got '${value}'`);
  return n;
}

export {
  parseCommandArgs,
  toPositiveInt
};
