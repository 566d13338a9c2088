#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  DEFAULT_PREDICATE_TYPES,
  NPM_PUBLISH_V01,
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  SLSA_PROVENANCE_V1_DRAFT
} from "./chunk-C3XTDRUS.js";
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
  if (GITHUB_RUNNER_BUILDER_IDS.includes(builderId) || builderId.startsWith("https://github.com/npm/cli@")) return "runner";
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

// src/provenance/builder-check.ts
var GITHUB_ACTIONS_ISSUER = "https://token.actions.githubusercontent.com";
var SEMVER_TAG = /^refs\/tags\/v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
function matchesBuilderId(actual, expected) {
  const a = parseWorkflowIdentity(actual);
  const e = parseWorkflowIdentity(expected);
  if (a.name !== e.name) return false;
  if (e.ref === void 0 || e.ref === "") return true;
  return e.ref === a.ref || `refs/tags/${e.ref}` === a.ref;
}
function untrusted(message, file) {
  return new GateError("PROVENANCE_BUILDER_UNTRUSTED", message, {
    file,
    fix: "name the builder you trust with --builder-id (or pin the signer with --signer-workflow / --cert-identity)"
  });
}
function checkVersionRule(name, ref, entry, file) {
  const required = entry?.requireSemverTag ?? name.startsWith(`${SLSA_GITHUB_GENERATOR}/`);
  if (required && !SEMVER_TAG.test(ref ?? "")) {
    throw untrusted(`builder ${name} is referenced at '${ref ?? ""}', not at a release tag refs/tags/vX.Y.Z`, file);
  }
}
function checkBuilder(prov, cert, options, file) {
  const expected = options.expectedBuilderId;
  const signer = cert?.extensions.buildSignerURI ?? cert?.subjectAlternativeName;
  const workflow = signer && cert?.issuer === GITHUB_ACTIONS_ISSUER ? parseWorkflowIdentity(signer) : void 0;
  if (!workflow?.repository) {
    if (expected !== void 0 && !matchesBuilderId(prov.builderId, expected)) {
      throw new GateError("PROVENANCE_BUILDER_MISMATCH", `builder ${prov.builderId} does not match --builder-id ${expected}`, { file });
    }
    if (!options.identityPinned && expected === void 0) throw untrusted(`the signer is not a GitHub workflow, so builder ${prov.builderId} cannot be trusted`, file);
    return prov.builderId;
  }
  const entry = findTrustedBuilder(workflow.name, options.trustedBuilders);
  if (entry?.kind === "byob-delegator") return checkDelegatedBuilder(prov, workflow, entry, options, file);
  const builderId = `${workflow.name}@${workflow.ref ?? ""}`;
  if (expected !== void 0) {
    if (!matchesBuilderId(builderId, expected)) {
      throw new GateError("PROVENANCE_BUILDER_MISMATCH", `the signing workflow ${builderId} does not match --builder-id ${expected}`, { file });
    }
  } else if (!entry && !options.identityPinned && !isOwnRepositoryWorkflow(prov, cert, workflow.repository)) {
    throw untrusted(`the signing workflow ${builderId} is not a trusted builder`, file);
  }
  checkVersionRule(workflow.name, workflow.ref, entry, file);
  return classifyBuildType(prov.buildType, prov.builderId) === "runner" ? prov.builderId : builderId;
}
function isOwnRepositoryWorkflow(prov, cert, signerRepository) {
  const known = GITHUB_WORKFLOW_BUILD_TYPES.includes(prov.buildType) || classifyBuildType(prov.buildType, prov.builderId) === "runner";
  const source = cert.extensions.sourceRepositoryURI ?? (cert.extensions.githubWorkflowRepository ? `github.com/${cert.extensions.githubWorkflowRepository}` : void 0);
  return known && source !== void 0 && normalizeRepository(source).toLowerCase() === signerRepository.toLowerCase();
}
function checkDelegatedBuilder(prov, delegator, entry, options, file) {
  checkVersionRule(delegator.name, delegator.ref, entry, file);
  const tool = parseWorkflowIdentity(prov.builderId);
  if (tool.ref === void 0 || tool.ref === "") throw untrusted(`BYOB builder id ${prov.builderId} has no version`, file);
  const expected = options.expectedBuilderId;
  if (expected !== void 0) {
    if (!matchesBuilderId(prov.builderId, expected)) {
      throw new GateError("PROVENANCE_BUILDER_MISMATCH", `builder ${prov.builderId} does not match --builder-id ${expected}`, { file });
    }
  } else if (!tool.name.startsWith(DEFAULT_BYOB_TOOL_PREFIX) && !findTrustedBuilder(tool.name, options.trustedBuilders) && !options.identityPinned) {
    throw untrusted(`BYOB tool workflow ${tool.name} is not a trusted builder`, file);
  }
  if (tool.name.startsWith(DEFAULT_BYOB_TOOL_PREFIX) && !SEMVER_TAG.test(tool.ref)) {
    throw untrusted(`builder ${tool.name} is referenced at '${tool.ref}', not at a release tag refs/tags/vX.Y.Z`, file);
  }
  return prov.builderId;
}

// src/provenance/versioned-tag.ts
var GO_SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
function parse(tag) {
  const m = GO_SEMVER.exec(tag);
  if (!m) return void 0;
  if ((m[4] !== void 0 || m[5] !== void 0) && m[3] === void 0) return void 0;
  return { major: m[1], minor: m[2], patch: m[3], prerelease: m[4] };
}
function checkVersionedTag(tag, expected) {
  const want = parse(expected);
  if (!want) return `--source-versioned-tag '${expected}' is not a semantic version (vX, vX.Y or vX.Y.Z)`;
  const got = parse(tag);
  if (!got) return `tag '${tag}' is not a semantic version`;
  if (got.major !== want.major) return `tag '${tag}' has major version ${got.major}, expected ${want.major}`;
  if (want.minor !== void 0 && (got.minor ?? "0") !== want.minor) return `tag '${tag}' does not match '${expected}' (minor version)`;
  if (want.patch !== void 0 && (got.patch ?? "0") !== want.patch) return `tag '${tag}' does not match '${expected}' (patch version)`;
  if (want.prerelease !== void 0 && got.prerelease !== want.prerelease) return `tag '${tag}' does not match '${expected}' (pre-release)`;
  return void 0;
}

// src/provenance/expectations.ts
function checkPredicateType(predicateType, expected, file) {
  const allowed = expected ?? DEFAULT_PREDICATE_TYPES;
  if (!allowed.includes(predicateType)) {
    throw new GateError("PROVENANCE_PREDICATE_MISMATCH", `predicate type is ${predicateType}, expected ${allowed.join(" or ")}`, { file });
  }
}
function checkProvenanceExpectations(prov, expected, file) {
  if (expected.sourceUri !== void 0) checkSourceUri(prov, expected.sourceUri, file);
  if (expected.sourceBranch !== void 0) checkBranch(prov, expected.sourceBranch, file);
  if (expected.sourceTag !== void 0) {
    const tag = requireTag(prov, file);
    if (tag !== expected.sourceTag) refMismatch(`the source tag is '${tag}', expected '${expected.sourceTag}'`, file);
  }
  if (expected.sourceVersionedTag !== void 0) {
    const problem = checkVersionedTag(requireTag(prov, file), expected.sourceVersionedTag);
    if (problem) refMismatch(problem, file);
  }
  if (expected.workflowInputs !== void 0 && Object.keys(expected.workflowInputs).length > 0) {
    checkWorkflowInputs(prov, expected.workflowInputs, file);
  }
}
function refMismatch(message, file) {
  throw new GateError("PROVENANCE_REF_MISMATCH", message, { file });
}
function checkSourceUri(prov, expectedUri, file) {
  const want = normalizeRepository(expectedUri);
  const mismatch = (what, uri) => {
    throw new GateError("PROVENANCE_SOURCE_MISMATCH", `the ${what} is ${uri ?? "not stated"}, expected ${want}`, { file });
  };
  if (!prov.triggerUri) mismatch("source repository", void 0);
  const trigger = parseGitUri(prov.triggerUri);
  if (trigger.repository !== want) mismatch("source repository", trigger.repository);
  if (prov.materialUri) {
    const material = parseGitUri(prov.materialUri);
    if (material.repository !== want) mismatch("first material", material.repository);
    if (material.ref !== void 0 && trigger.ref !== void 0 && material.ref !== trigger.ref) {
      throw new GateError("PROVENANCE_SOURCE_MISMATCH", `the trigger ref ${trigger.ref} and the material ref ${material.ref} differ`, { file });
    }
  }
}
function requireTag(prov, file) {
  const tag = tagFromRef(prov.sourceRef);
  if (tag === void 0) refMismatch(`the build ran on '${prov.sourceRef ?? "an unknown ref"}', not on a tag`, file);
  return tag;
}
function checkBranch(prov, expected, file) {
  const branch = branchFromRef(prov.sourceRef) ?? (tagFromRef(prov.sourceRef) !== void 0 ? branchFromRef(prov.baseRef) : void 0);
  if (branch === void 0) refMismatch(`no source branch is recorded for '${prov.sourceRef ?? "an unknown ref"}'`, file);
  if (branch !== expected) refMismatch(`the source branch is '${branch}', expected '${expected}'`, file);
}
function checkWorkflowInputs(prov, expected, file) {
  const inputs = prov.workflowInputs;
  for (const [k, v] of Object.entries(expected)) {
    const got = inputs?.[k];
    const text = typeof got === "string" ? got : got === void 0 || got === null ? void 0 : JSON.stringify(got);
    if (text !== v) {
      throw new GateError(
        "PROVENANCE_WORKFLOW_INPUTS_MISMATCH",
        text === void 0 ? `workflow input '${k}' is not recorded, expected '${v}'` : `workflow input ${k}='${text}', expected '${v}'`,
        { file }
      );
    }
  }
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
  normalizeRepository,
  parseWorkflowIdentity,
  isSlsaPredicateType,
  toSlsaProvenance,
  DEFAULT_TRUSTED_BUILDERS,
  toCertificateSource,
  checkProvenanceAgainstCertificate,
  GITHUB_ACTIONS_ISSUER,
  matchesBuilderId,
  checkBuilder,
  checkPredicateType,
  checkProvenanceExpectations,
  parseNpmPublishPredicate
};
