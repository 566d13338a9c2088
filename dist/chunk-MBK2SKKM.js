#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  NPM_PUBLISH_V01,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  SLSA_PROVENANCE_V1_DRAFT
} from "./chunk-HZXIZVU5.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

// src/provenance/builders.ts
var SLSA_GITHUB_GENERATOR = "https://github.com/slsa-framework/slsa-github-generator";
var WF = `${SLSA_GITHUB_GENERATOR}/.github/workflows`;
var DEFAULT_TRUSTED_BUILDERS = [
  { id: `${WF}/generator_generic_slsa3.yml`, kind: "reusable-workflow", requireSemverTag: true },
  { id: `${WF}/builder_go_slsa3.yml`, kind: "reusable-workflow", requireSemverTag: true },
  { id: `${WF}/builder_container-based_slsa3.yml`, kind: "reusable-workflow", requireSemverTag: true },
  { id: `${WF}/builder_docker-based_slsa3.yml`, kind: "reusable-workflow", requireSemverTag: true },
  { id: `${WF}/generator_container_slsa3.yml`, kind: "reusable-workflow", requireSemverTag: true },
  { id: `${WF}/delegator_generic_slsa3.yml`, kind: "byob-delegator", requireSemverTag: true },
  { id: `${WF}/delegator_lowperms-generic_slsa3.yml`, kind: "byob-delegator", requireSemverTag: true }
];
var DEFAULT_BYOB_TOOL_PREFIX = `${WF}/`;
var GITHUB_WORKFLOW_BUILD_TYPES = [
  "https://actions.github.io/buildtypes/workflow/v1",
  "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1",
  "https://github.com/Attestations/GitHubActionsWorkflow@v1",
  "https://github.com/npm/cli/gha/v2",
  "https://github.com/npm/cli/gha@v1",
  "https://github.com/npm/cli/gha@v0"
];
var RUNNER_BUILD_TYPES = new Set(GITHUB_WORKFLOW_BUILD_TYPES.filter((t) => !t.startsWith("https://actions.github.io/")));
var GITHUB_RUNNER_BUILDER_IDS = [
  "https://github.com/actions/runner",
  "https://github.com/actions/runner/github-hosted",
  "https://github.com/actions/runner/self-hosted"
];
function classifyBuildType(buildType, builderId) {
  if (GITHUB_RUNNER_BUILDER_IDS.includes(builderId)) return "runner";
  if (RUNNER_BUILD_TYPES.has(buildType)) return "runner";
  if (/\/delegator-(generic|lowperms)/.test(buildType) || /\/delegator_(generic|lowperms-generic)_slsa3\.yml/.test(buildType)) return "delegated";
  if (buildType.startsWith(`${SLSA_GITHUB_GENERATOR}/delegator`)) return "delegated";
  return "signer-is-builder";
}
function findTrustedBuilder(name, builders) {
  return builders.find((b) => b.id === name);
}

// src/provenance/git-uri.ts
function parseGitUri(uri) {
  const bare = uri.trim().replace(/^git\+/, "").replace(/^[a-z]+:\/\//i, "");
  const at = bare.indexOf("@", Math.max(0, bare.indexOf("/")));
  const base = at >= 0 ? bare.slice(0, at) : bare;
  const ref = at >= 0 ? bare.slice(at + 1) : "";
  return { repository: normalizeRepository(base), ref: ref === "" ? void 0 : ref };
}
function normalizeRepository(uri) {
  return uri.trim().replace(/^git\+/, "").replace(/^[a-z]+:\/\//i, "").replace(/\/+$/, "").replace(/\.git$/, "");
}
function tagFromRef(ref) {
  return ref?.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0;
}
function branchFromRef(ref) {
  return ref?.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
}
function parseWorkflowIdentity(id) {
  const at = id.indexOf("@", id.indexOf("://") + 3);
  const name = at >= 0 ? id.slice(0, at) : id;
  const ref = at >= 0 ? id.slice(at + 1) : void 0;
  const m = /^https:\/\/([^/]+)\/([^/]+)\/([^/]+)\/(\.github\/workflows\/.+)$/.exec(name);
  if (!m) return { name, ref };
  return { name, ref, repository: `${m[1]}/${m[2]}/${m[3]}`, path: m[4] };
}

// src/provenance/slsa.ts
function obj(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function str(v) {
  const inner = obj(v) && "value" in v ? v.value : v;
  if (typeof inner === "string") return inner === "" ? void 0 : inner;
  if (typeof inner === "number") return String(inner);
  return void 0;
}
function pick(o, ...keys) {
  if (!o) return void 0;
  for (const k of keys) {
    const v = str(o[k]) ?? str(o[k.toUpperCase()]) ?? str(o[k.toLowerCase()]);
    if (v !== void 0) return v;
  }
  return void 0;
}
function isSlsaPredicateType(predicateType) {
  return predicateType === SLSA_PROVENANCE_V02 || predicateType === SLSA_PROVENANCE_V1 || predicateType === SLSA_PROVENANCE_V1_DRAFT;
}
function toSlsaProvenance(statement, file) {
  if (!isSlsaPredicateType(statement.predicateType)) {
    throw new GateError("PROVENANCE_PREDICATE_MISMATCH", `predicate type ${statement.predicateType} is not SLSA provenance`, { file });
  }
  const prov = statement.predicateType === SLSA_PROVENANCE_V02 ? fromV02(statement) : fromV1(statement);
  if (!prov.builderId) throw new GateError("PROVENANCE_MALFORMED", "the SLSA provenance has no builder id", { file });
  if (!prov.buildType) throw new GateError("PROVENANCE_MALFORMED", "the SLSA provenance has no build type", { file });
  return withRepository(prov);
}
function withRepository(prov) {
  const uri = prov.triggerUri ?? prov.materialUri;
  if (!uri) return prov;
  const parsed = parseGitUri(uri);
  return { ...prov, repository: parsed.repository, sourceRef: prov.sourceRef ?? parsed.ref };
}
function fromV02(statement) {
  const p = statement.predicate;
  const invocation = obj(p.invocation);
  const configSource = obj(invocation?.configSource);
  const env = obj(invocation?.environment);
  const payload = obj(env?.github_event_payload);
  const material = obj(Array.isArray(p.materials) ? p.materials[0] : void 0);
  const parameters = obj(invocation?.parameters);
  return {
    predicateType: statement.predicateType,
    slsaVersion: "0.2",
    builderId: str(obj(p.builder)?.id) ?? "",
    buildType: str(p.buildType) ?? "",
    triggerUri: str(configSource?.uri),
    materialUri: str(material?.uri),
    sourceRef: pick(env, "github_ref"),
    sourceCommit: str(obj(configSource?.digest)?.sha1) ?? pick(env, "github_sha1", "github_sha"),
    trigger: pick(env, "github_event_name"),
    baseRef: str(payload?.base_ref) ?? pick(env, "github_base_ref"),
    workflowPath: str(configSource?.entryPoint),
    workflowInputs: obj(payload?.inputs) ?? obj(parameters?.event_inputs) ?? obj(parameters?.inputs),
    repositoryId: pick(env, "github_repository_id"),
    repositoryOwnerId: pick(env, "github_repository_owner_id"),
    runnerEnvironment: pick(env, "github_runner_environment", "runner_environment"),
    invocationId: str(obj(p.metadata)?.buildInvocationId)
  };
}
function fromV1(statement) {
  const p = statement.predicate;
  const def = obj(p.buildDefinition);
  const ext = obj(def?.externalParameters);
  const internal = obj(def?.internalParameters) ?? obj(def?.systemParameters);
  const github = obj(internal?.github) ?? internal;
  const workflow = obj(ext?.workflow);
  const dep = obj(Array.isArray(def?.resolvedDependencies) ? def.resolvedDependencies[0] : void 0);
  const source = obj(ext?.source);
  const sourceArtifact = obj(source?.artifact) ?? source;
  const workflowRepo = str(workflow?.repository);
  const workflowRef = str(workflow?.ref);
  const triggerUri = workflowRepo !== void 0 ? `git+${workflowRepo}${workflowRef ? `@${workflowRef}` : ""}` : str(sourceArtifact?.uri) ?? str(dep?.uri);
  const depDigest = obj(dep?.digest);
  const eventPayload = obj(internal?.GITHUB_EVENT_PAYLOAD);
  return {
    predicateType: statement.predicateType,
    slsaVersion: "1",
    builderId: str(obj(obj(p.runDetails)?.builder)?.id) ?? "",
    buildType: str(def?.buildType) ?? "",
    triggerUri,
    materialUri: str(dep?.uri),
    sourceRef: workflowRef ?? pick(internal, "GITHUB_REF"),
    sourceCommit: str(depDigest?.gitCommit) ?? str(depDigest?.sha1) ?? str(obj(sourceArtifact?.digest)?.sha1) ?? pick(internal, "GITHUB_SHA"),
    trigger: pick(github, "event_name", "GITHUB_EVENT_NAME"),
    baseRef: str(eventPayload?.base_ref) ?? pick(internal, "GITHUB_BASE_REF"),
    workflowPath: str(workflow?.path) ?? str(ext?.workflowPath),
    workflowInputs: obj(ext?.inputs) ?? obj(eventPayload?.inputs),
    repositoryId: pick(github, "repository_id", "GITHUB_REPOSITORY_ID"),
    repositoryOwnerId: pick(github, "repository_owner_id", "GITHUB_REPOSITORY_OWNER_ID"),
    runnerEnvironment: pick(github, "runner_environment"),
    invocationId: str(obj(obj(p.runDetails)?.metadata)?.invocationId)
  };
}

// src/provenance/certificate-check.ts
function toCertificateSource(cert) {
  const e = cert.extensions;
  const repoUri = e.sourceRepositoryURI ?? (e.githubWorkflowRepository ? `https://github.com/${e.githubWorkflowRepository}` : void 0);
  const config = e.buildConfigURI ? parseWorkflowIdentity(e.buildConfigURI) : void 0;
  return {
    repository: repoUri ? normalizeRepository(repoUri) : void 0,
    ref: e.sourceRepositoryRef ?? e.githubWorkflowRef,
    commit: e.sourceRepositoryDigest ?? e.githubWorkflowSha,
    trigger: e.buildTrigger ?? e.githubWorkflowTrigger,
    workflowPath: config?.path,
    repositoryId: e.sourceRepositoryIdentifier,
    runnerEnvironment: e.runnerEnvironment,
    signer: e.buildSignerURI ?? (cert.subjectAlternativeName.startsWith("https://") ? cert.subjectAlternativeName : void 0)
  };
}
function checkProvenanceAgainstCertificate(provenance, cert, file) {
  const prov = "subjects" in provenance ? toSlsaProvenance(provenance, file) : provenance;
  const c = toCertificateSource(cert);
  const mismatches = [];
  const compare = (what, claimed, certified, fold = false) => {
    if (claimed === void 0 || certified === void 0) return;
    const a = fold ? claimed.toLowerCase() : claimed;
    const b = fold ? certified.toLowerCase() : certified;
    if (a !== b) mismatches.push(`${what}: statement says '${claimed}', certificate says '${certified}'`);
  };
  compare("source repository", prov.repository, c.repository, true);
  compare("source commit", prov.sourceCommit, c.commit, true);
  compare("source ref", prov.sourceRef, c.ref);
  compare("trigger", prov.trigger, c.trigger);
  compare("workflow", prov.workflowPath, c.workflowPath);
  compare("repository id", prov.repositoryId, c.repositoryId);
  compare("runner environment", prov.runnerEnvironment, c.runnerEnvironment);
  if (classifyBuildType(prov.buildType, prov.builderId) === "signer-is-builder") compare("builder", prov.builderId, c.signer);
  if (mismatches.length > 0) {
    throw new GateError("PROVENANCE_CERTIFICATE_MISMATCH", `the provenance disagrees with its signing certificate \u2014 ${mismatches.join("; ")}`, {
      file,
      fix: "the statement was not written by the build it claims; do not trust this artifact"
    });
  }
}

// src/provenance/npm-publish.ts
function parseNpmPublishPredicate(statement, file) {
  if (statement.predicateType !== NPM_PUBLISH_V01) {
    throw new GateError("PROVENANCE_PREDICATE_MISMATCH", `predicate type is ${statement.predicateType}, expected ${NPM_PUBLISH_V01}`, { file });
  }
  const p = statement.predicate;
  const field = (k) => {
    const v = p[k];
    if (typeof v !== "string" || v === "") throw new GateError("PROVENANCE_MALFORMED", `the npm publish attestation has no ${k}`, { file });
    return v;
  };
  if (statement.subjects.length !== 1) {
    throw new GateError("PROVENANCE_MALFORMED", `an npm publish attestation has exactly one subject, got ${statement.subjects.length}`, { file });
  }
  const subject = statement.subjects[0];
  return { name: field("name"), version: field("version"), registry: field("registry"), subjectName: subject.name, sha512: subject.digest.sha512 };
}

export {
  SLSA_GITHUB_GENERATOR,
  DEFAULT_TRUSTED_BUILDERS,
  DEFAULT_BYOB_TOOL_PREFIX,
  GITHUB_WORKFLOW_BUILD_TYPES,
  classifyBuildType,
  findTrustedBuilder,
  parseGitUri,
  normalizeRepository,
  tagFromRef,
  branchFromRef,
  parseWorkflowIdentity,
  isSlsaPredicateType,
  toSlsaProvenance,
  toCertificateSource,
  checkProvenanceAgainstCertificate,
  parseNpmPublishPredicate
};
