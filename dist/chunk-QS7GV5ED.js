#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  checkProvenanceAgainstCertificate,
  isSlsaPredicateType,
  normalizeRepository,
  parseNpmPublishPredicate,
  parseWorkflowIdentity,
  toCertificateSource,
  toSlsaProvenance
} from "./chunk-MBK2SKKM.js";
import {
  fail
} from "./chunk-CGI2TJ2U.js";
import {
  NPM_PUBLISH_V01
} from "./chunk-HZXIZVU5.js";
import {
  GateError,
  isGateError
} from "./chunk-ZQ5MBECJ.js";

// src/dependencies/provenance.ts
function toNpmSubjectPurl(name, version) {
  return `pkg:npm/${name.replace(/^@/, "%40")}@${version}`;
}
async function verifyPackageProvenance(entries, subject, verify) {
  try {
    return (await verifyNpmAttestations(entries, subject, verify)).check;
  } catch (e) {
    if (!isGateError(e)) throw e;
    return { status: "invalid", reason: { code: e.code, message: e.message } };
  }
}
async function verifyNpmAttestations(entries, subject, verify) {
  const id = `${subject.name}@${subject.version}`;
  let publish;
  let provenance;
  for (const [i, entry] of entries.entries()) {
    const what = `attestation ${i + 1} (${entry.predicateType}) of ${id}`;
    const v = await verify(entry.bundle, what);
    if (v.statement.predicateType !== entry.predicateType) {
      throw new GateError("PROVENANCE_PREDICATE_MISMATCH", `${what}: the signed statement says ${v.statement.predicateType}`);
    }
    checkFirstSubject(v.statement, subject, what);
    if (entry.predicateType === NPM_PUBLISH_V01) {
      const p = parseNpmPublishPredicate(v.statement, what);
      if (p.name !== subject.name || p.version !== subject.version) {
        throw new GateError("PROVENANCE_SUBJECT_MISMATCH", `${what}: the publish attestation is for ${p.name}@${p.version}`);
      }
      if (v.certificate || v.keyId === void 0) {
        throw new GateError("BUNDLE_SIGNATURE_INVALID", `${what}: a publish attestation must be signed by the registry's npm key`);
      }
      publish = v;
    } else if (isSlsaPredicateType(entry.predicateType)) {
      provenance = v;
    }
  }
  if (!provenance) {
    return { check: fail("missing", "PROVENANCE_MISSING", `${id} has attestations but no SLSA provenance`) };
  }
  if (!publish) {
    throw new GateError("PROVENANCE_PUBLISH_ATTESTATION_MISSING", `${id} has SLSA provenance but no npm publish attestation`);
  }
  return toProvenanceCheck(provenance, id);
}
function checkFirstSubject(statement, want, what) {
  const first = statement.subjects[0];
  const purl = toNpmSubjectPurl(want.name, want.version);
  if (!first || first.name !== purl) {
    throw new GateError("PROVENANCE_SUBJECT_MISMATCH", `${what}: first subject is "${first?.name ?? ""}", expected "${purl}"`);
  }
  if (first.digest.sha512 !== want.sha512Hex.toLowerCase()) {
    throw new GateError("PROVENANCE_SUBJECT_MISMATCH", `${what}: subject sha512 ${first.digest.sha512?.slice(0, 16) ?? "(none)"}\u2026 is not the lockfile's ${want.sha512Hex.slice(0, 16)}\u2026`);
  }
}
function toProvenanceCheck(v, id) {
  const what = `SLSA provenance of ${id}`;
  const cert = v.certificate;
  if (!cert) throw new GateError("BUNDLE_CERTIFICATE_INVALID", `${what} is not signed with a Fulcio certificate`);
  const prov = toSlsaProvenance(v.statement, what);
  checkProvenanceAgainstCertificate(prov, cert, what);
  const src = toCertificateSource(cert);
  const repository = src.repository ?? prov.repository;
  const signer = src.signer ? parseWorkflowIdentity(src.signer) : void 0;
  const workflowPath = src.workflowPath ?? prov.workflowPath ?? signer?.path;
  const repoPath = repository ? normalizeRepository(repository).split("/").slice(1).join("/") : void 0;
  const check = {
    status: "verified",
    signerIdentity: cert.subjectAlternativeName,
    issuer: cert.issuer,
    sourceRepo: repository ? `https://${normalizeRepository(repository)}` : void 0,
    sourceRef: src.ref ?? prov.sourceRef,
    sourceCommit: src.commit ?? prov.sourceCommit,
    workflow: workflowPath ? repoPath ? `${repoPath}/${workflowPath}` : workflowPath : void 0,
    runnerEnvironment: src.runnerEnvironment ?? prov.runnerEnvironment,
    builderId: prov.builderId,
    buildType: prov.buildType,
    predicateType: prov.predicateType,
    logTime: v.logTime,
    logIndex: v.logIndex
  };
  return { check, slsa: prov, statement: v.statement };
}

export {
  verifyPackageProvenance,
  verifyNpmAttestations
};
