#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  IN_TOTO_STATEMENT_V01,
  IN_TOTO_STATEMENT_V1
} from "./chunk-HZXIZVU5.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/provenance/statement.ts
var STATEMENT_TYPES = /* @__PURE__ */ new Set([IN_TOTO_STATEMENT_V01, IN_TOTO_STATEMENT_V1]);
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function parseStatement(payload, file) {
  let doc;
  try {
    doc = JSON.parse(typeof payload === "string" ? payload : payload.toString("utf8"));
  } catch (e) {
    throw new GateError("PROVENANCE_MALFORMED", `the DSSE payload is not JSON: ${e.message}`, { file, cause: e });
  }
  if (!isRecord(doc)) throw new GateError("PROVENANCE_MALFORMED", "the in-toto statement is not a JSON object", { file });
  const type = doc._type;
  if (typeof type !== "string" || !STATEMENT_TYPES.has(type)) {
    throw new GateError("PROVENANCE_MALFORMED", `unknown in-toto statement type ${JSON.stringify(type)}`, { file });
  }
  if (!Array.isArray(doc.subject) || doc.subject.length === 0) {
    throw new GateError("PROVENANCE_MALFORMED", "the in-toto statement has no subjects", { file });
  }
  const subjects = doc.subject.map((s, i) => toSubject(s, i, file));
  if (typeof doc.predicateType !== "string" || doc.predicateType === "") {
    throw new GateError("PROVENANCE_MALFORMED", "the in-toto statement has no predicateType", { file });
  }
  const predicate = doc.predicate === void 0 ? {} : doc.predicate;
  if (!isRecord(predicate)) throw new GateError("PROVENANCE_MALFORMED", "the in-toto predicate is not an object", { file });
  return { type, subjects, predicateType: doc.predicateType, predicate };
}
function toSubject(raw, index, file) {
  if (!isRecord(raw) || !isRecord(raw.digest)) {
    throw new GateError("PROVENANCE_MALFORMED", `in-toto subject #${index + 1} has no digest`, { file });
  }
  const digest = {};
  for (const [alg, hex] of Object.entries(raw.digest)) {
    if (typeof hex !== "string") throw new GateError("PROVENANCE_MALFORMED", `in-toto subject #${index + 1}: digest ${alg} is not a string`, { file });
    digest[alg.toLowerCase()] = hex.toLowerCase();
  }
  return { name: typeof raw.name === "string" ? raw.name : "", digest };
}
function findSubject(statement, digests) {
  return statement.subjects.find((s) => digests.some((d) => s.digest[d.algorithm] === d.hex.toLowerCase()));
}
function checkSubject(statement, digests, file) {
  const found = findSubject(statement, digests);
  if (found) return found;
  const want = digests.map((d) => `${d.algorithm}:${d.hex}`).join(" or ");
  const have = statement.subjects.map((s) => s.name || Object.entries(s.digest).map(([a, h]) => `${a}:${h.slice(0, 12)}\u2026`)[0]).join(", ");
  throw new GateError("PROVENANCE_SUBJECT_MISMATCH", `no subject of the statement has digest ${want} (subjects: ${have})`, {
    file,
    fix: "this evidence is for another artifact (or the artifact changed after it was built)"
  });
}

export {
  parseStatement,
  findSubject,
  checkSubject
};
