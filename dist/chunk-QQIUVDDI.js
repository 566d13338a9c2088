#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  EVIDENCE_SUFFIXES,
  INPUT_REASON_CODES,
  MAX_EVIDENCE_BYTES,
  evaluateEvidence,
  fetchGithubAttestations,
  findDownloadedAttestations,
  findEvidenceBeside,
  findSharedProvenance,
  isLegacyEnvelope,
  parseEvidenceText,
  readEvidenceFile,
  resolveArtifactGlobs,
  toStatementPolicy,
  verifyArtifacts
} from "./chunk-COF4SYBD.js";
import "./chunk-BEEZLSO7.js";
import "./chunk-MGG646Q2.js";
import "./chunk-CD3H5QN7.js";
import "./chunk-U2346DQA.js";
import "./chunk-UVB7XM6J.js";
import "./chunk-HR6LKGB5.js";
import "./chunk-MBK2SKKM.js";
import "./chunk-HZXIZVU5.js";
import "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";
export {
  EVIDENCE_SUFFIXES,
  INPUT_REASON_CODES,
  MAX_EVIDENCE_BYTES,
  evaluateEvidence,
  fetchGithubAttestations,
  findDownloadedAttestations,
  findEvidenceBeside,
  findSharedProvenance,
  isLegacyEnvelope,
  parseEvidenceText,
  readEvidenceFile,
  resolveArtifactGlobs,
  toStatementPolicy,
  verifyArtifacts
};
