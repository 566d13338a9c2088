#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);

// src/provenance/types.ts
var IN_TOTO_STATEMENT_V01 = "https://in-toto.io/Statement/v0.1";
var IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1";
var SLSA_PROVENANCE_V02 = "https://slsa.dev/provenance/v0.2";
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var SLSA_PROVENANCE_V1_DRAFT = "https://slsa.dev/provenance/v1.0?draft";
var NPM_PUBLISH_V01 = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1";
var DEFAULT_PREDICATE_TYPES = [SLSA_PROVENANCE_V1, SLSA_PROVENANCE_V02, SLSA_PROVENANCE_V1_DRAFT];

export {
  IN_TOTO_STATEMENT_V01,
  IN_TOTO_STATEMENT_V1,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  SLSA_PROVENANCE_V1_DRAFT,
  NPM_PUBLISH_V01,
  DEFAULT_PREDICATE_TYPES
};
