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
} from "./chunk-SSVNF7T5.js";
import {
  NPM_PUBLISH_V01
} from "./chunk-C3XTDRUS.js";
import {
  GateError,
  isGateError
} from "./chunk-ZQ5MBECJ.js";

// src/registry/packument.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function parseJson(body, what) {
  try {
    return JSON.parse(typeof body === "string" ? body : body.toString("utf8"));
  } catch {
    throw new GateError("REGISTRY_BAD_RESPONSE", `${what}: the response is not valid JSON`);
  }
}
function toPackument(json, expectedName) {
  if (!isObject(json) || !isObject(json.versions)) {
    throw new GateError("REGISTRY_BAD_RESPONSE", `packument of ${expectedName}: no "versions" object`);
  }
  if (json.name !== void 0 && json.name !== expectedName) {
    throw new GateError("REGISTRY_BAD_RESPONSE", `packument of ${expectedName}: the registry answered for "${String(json.name)}"`);
  }
  const versions = {};
  for (const [v, m] of Object.entries(json.versions)) {
    if (isObject(m)) versions[v] = toVersionManifest(m, expectedName, v);
  }
  const time = {};
  if (isObject(json.time)) {
    for (const [v, t] of Object.entries(json.time)) if (typeof t === "string") time[v] = t;
  }
  return { name: expectedName, versions, time };
}
function toVersionManifest(m, name, version) {
  const dist = isObject(m.dist) ? m.dist : {};
  const signatures = [];
  if (Array.isArray(dist.signatures)) {
    for (const s of dist.signatures) {
      if (isObject(s) && typeof s.keyid === "string" && typeof s.sig === "string") signatures.push({ keyid: s.keyid, sig: s.sig });
    }
  }
  const att = isObject(dist.attestations) ? dist.attestations : void 0;
  const scripts = isObject(m.scripts) ? m.scripts : {};
  const repo = isObject(m.repository) ? str(m.repository.url) : str(m.repository);
  return {
    // The signed message uses the manifest's own name/version: keep them as served.
    name: str(m.name) ?? name,
    version: str(m.version) ?? version,
    integrity: str(dist.integrity),
    shasum: str(dist.shasum),
    signatures,
    attestationsUrl: att ? str(att.url) : void 0,
    provenancePredicateType: att && isObject(att.provenance) ? str(att.provenance.predicateType) : void 0,
    repository: repo,
    hasInstallScript: m.hasInstallScript === true || ["preinstall", "install", "postinstall"].some((k) => typeof scripts[k] === "string")
  };
}
function toRegistryKeys(json) {
  if (!isObject(json) || !Array.isArray(json.keys)) throw new GateError("REGISTRY_BAD_RESPONSE", 'registry keys: no "keys" array');
  const out = [];
  for (const k of json.keys) {
    if (!isObject(k) || typeof k.keyid !== "string" || typeof k.key !== "string") continue;
    out.push({ keyid: k.keyid, key: k.key, expires: str(k.expires) ?? void 0 });
  }
  return out;
}
function toAttestationEntries(json, what) {
  if (!isObject(json) || !Array.isArray(json.attestations)) {
    throw new GateError("REGISTRY_BAD_RESPONSE", `${what}: no "attestations" array`);
  }
  return json.attestations.map((a, i) => {
    if (!isObject(a) || typeof a.predicateType !== "string" || !isObject(a.bundle)) {
      throw new GateError("REGISTRY_BAD_RESPONSE", `${what}: attestation ${i} has no predicateType/bundle`);
    }
    return { predicateType: a.predicateType, bundle: a.bundle };
  });
}
function toRegistryPackument(p) {
  const versions = {};
  for (const [v, m] of Object.entries(p.versions)) {
    versions[v] = {
      name: m.name,
      version: m.version,
      ...m.repository !== void 0 ? { repository: m.repository } : {},
      ...m.hasInstallScript ? { hasInstallScript: true } : {},
      dist: {
        integrity: m.integrity,
        shasum: m.shasum,
        signatures: m.signatures,
        ...m.attestationsUrl ? { attestations: { url: m.attestationsUrl, provenance: { predicateType: m.provenancePredicateType } } } : {}
      }
    };
  }
  return { name: p.name, time: p.time, versions };
}

// src/dependencies/reasons.ts
function fail(status, code, message) {
  return { status, reason: { code, message } };
}

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
  checkProvenanceAgainstCertificate(asRunnerBuild(prov), cert, what);
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
function asRunnerBuild(prov) {
  if (prov.buildType === "https://github.com/npm/cli/gha@v0" && prov.builderId.startsWith("https://github.com/npm/cli@")) {
    return { ...prov, builderId: "https://github.com/actions/runner" };
  }
  return prov;
}

export {
  parseJson,
  toPackument,
  toRegistryKeys,
  toAttestationEntries,
  toRegistryPackument,
  fail,
  verifyPackageProvenance,
  verifyNpmAttestations
};
