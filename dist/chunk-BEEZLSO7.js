#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  DEFAULT_BYOB_TOOL_PREFIX,
  GITHUB_WORKFLOW_BUILD_TYPES,
  SLSA_GITHUB_GENERATOR,
  branchFromRef,
  classifyBuildType,
  findTrustedBuilder,
  normalizeRepository,
  parseGitUri,
  parseWorkflowIdentity,
  tagFromRef
} from "./chunk-MBK2SKKM.js";
import {
  DEFAULT_PREDICATE_TYPES
} from "./chunk-HZXIZVU5.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";

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

export {
  GITHUB_ACTIONS_ISSUER,
  matchesBuilderId,
  checkBuilder,
  checkPredicateType,
  checkProvenanceExpectations
};
