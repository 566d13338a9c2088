#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  parseCommandArgs
} from "./chunk-RSFC3HXV.js";
import {
  INPUT_REASON_CODES,
  resolveArtifactGlobs,
  verifyArtifacts
} from "./chunk-COF4SYBD.js";
import "./chunk-BEEZLSO7.js";
import {
  writeFileAtomic
} from "./chunk-NTSIUIK3.js";
import "./chunk-MGG646Q2.js";
import "./chunk-CD3H5QN7.js";
import "./chunk-U2346DQA.js";
import {
  loadTrust,
  parseDigest
} from "./chunk-UVB7XM6J.js";
import "./chunk-HR6LKGB5.js";
import "./chunk-MBK2SKKM.js";
import "./chunk-HZXIZVU5.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/commands/verify-artifact.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/commands/verify-artifact-render.ts
var LABEL = {
  verified: "verified",
  invalid: "INVALID",
  unverifiable: "UNVERIFIABLE",
  missing: "MISSING"
};
function renderArtifactReport(results) {
  const lines = [];
  for (const r of results) {
    lines.push(`${LABEL[r.status]}  ${r.subject}  ${r.digest.algorithm}:${r.digest.hex}`);
    if (r.reason) lines.push(`  reason     ${r.reason.code}: ${r.reason.message}`);
    const f = r.facts;
    if (f.signerIdentity) lines.push(`  signer     ${f.signerIdentity}${f.issuer ? ` (${f.issuer})` : ""}`);
    if (f.sourceRepo) lines.push(`  source     ${f.sourceRepo}${f.sourceRef ? ` @ ${f.sourceRef}` : ""}${f.sourceCommit ? ` (${f.sourceCommit})` : ""}`);
    if (f.builderId) lines.push(`  builder    ${f.builderId}`);
    if (f.buildType) lines.push(`  build type ${f.buildType}`);
    if (f.predicateType) lines.push(`  predicate  ${f.predicateType}`);
    if (f.logTime) lines.push(`  log time   ${f.logTime}${f.logIndex ? ` (index ${f.logIndex})` : ""}`);
    if (r.evidence) lines.push(`  evidence   ${r.evidence}`);
  }
  const verified = results.filter((r) => r.status === "verified").length;
  lines.push(`${verified}/${results.length} artifact(s) verified`);
  return `${lines.join("\n")}
`;
}

// src/commands/verify-artifact-options.ts
function text(values, ...names) {
  const given = names.filter((n) => values[n] !== void 0);
  if (given.length > 1) throw new GateError("USAGE", `--${given[0]} and --${given[1]} mean the same; give one`);
  const v = given[0] === void 0 ? void 0 : values[given[0]];
  if (typeof v !== "string") return void 0;
  if (v.trim() === "") throw new GateError("USAGE", `--${given[0]} needs a value`);
  return v;
}
function toInputs(list) {
  if (!list || list.length === 0) return void 0;
  const out = {};
  for (const kv of list) {
    const eq = kv.indexOf("=");
    if (eq <= 0) throw new GateError("USAGE", `--build-workflow-input must be KEY=VALUE, got '${kv}'`);
    out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return out;
}
function toVerifyOptions(values, ctx, trust) {
  const digestAlg = text(values, "digest-alg");
  if (digestAlg !== void 0 && digestAlg !== "sha256" && digestAlg !== "sha512") {
    throw new GateError("USAGE", `--digest-alg must be sha256 or sha512, got '${digestAlg}'`);
  }
  const identityRegex = text(values, "cert-identity-regex", "certificate-identity-regexp", "certificate-identity-regex");
  if (identityRegex !== void 0) {
    try {
      new RegExp(identityRegex);
    } catch (e) {
      throw new GateError("USAGE", `--cert-identity-regex is not a valid regular expression: ${e.message}`);
    }
  }
  const certIdentity = text(values, "cert-identity", "certificate-identity");
  const repo = text(values, "repo");
  if (repo !== void 0 && !/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new GateError("USAGE", `--repo must be OWNER/REPO, got '${repo}'`);
  const owner = text(values, "owner");
  const predicateType = text(values, "predicate-type");
  const bundles = [...values.bundle ?? [], ...values["provenance-path"] ?? []];
  return {
    cwd: ctx.cwd,
    trust,
    bundles: bundles.length > 0 ? bundles : void 0,
    github: values["github-attestations"] ? { repo, owner, token: ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || void 0, apiUrl: ctx.env.GITHUB_API_URL || void 0 } : void 0,
    identity: {
      subjectAlternativeName: certIdentity,
      sanRegex: identityRegex,
      issuer: text(values, "cert-oidc-issuer", "certificate-oidc-issuer")
    },
    provenance: {
      sourceUri: text(values, "source-uri"),
      sourceTag: text(values, "source-tag"),
      sourceBranch: text(values, "source-branch"),
      sourceVersionedTag: text(values, "source-versioned-tag"),
      builderId: text(values, "builder-id"),
      workflowInputs: toInputs(values["build-workflow-input"]),
      predicateTypes: predicateType === void 0 ? void 0 : [predicateType]
    },
    certificate: {
      owner,
      repo,
      signerWorkflow: text(values, "signer-workflow"),
      signerRepo: text(values, "signer-repo"),
      signerDigest: text(values, "signer-digest"),
      sourceRef: text(values, "source-ref"),
      sourceDigest: text(values, "source-digest"),
      denySelfHostedRunners: values["deny-self-hosted-runners"] === true,
      sanPinned: certIdentity !== void 0 || identityRegex !== void 0
    },
    keyPinned: (values.key ?? []).length > 0,
    digestAlgorithm: digestAlg
  };
}

// src/commands/verify-artifact.ts
var HELP = `usage: provenance-gate verify-artifact FILE... [flags]
       provenance-gate verify-artifact --digest sha256:HEX --bundle FILE [flags]

Verifies build artifacts against Sigstore bundles and SLSA provenance, offline with the
public-good trusted root unless --trusted-root is given. Evidence: --bundle FILE, else
FILE.sigstore.json / .sigstore / .bundle / .intoto.jsonl or sha256:HEX.jsonl (gh attestation
download) beside it, else shared *.intoto.jsonl provenance in its directory;
--github-attestations also asks the GitHub API.

evidence and trust
  --bundle FILE                  bundle / provenance file (repeatable; alias --provenance-path)
  --digest sha256:HEX            verify an artifact known only by digest (repeatable)
  --trusted-root FILE            trusted_root.json (repeatable; alias --custom-trusted-root)
  --key FILE                     PEM public key for key-signed bundles (cosign --key)
  --github-attestations          fetch attestations by digest (token: GITHUB_TOKEN or GH_TOKEN)
provenance (slsa-verifier)
  --source-uri URI               github.com/OWNER/REPO the build came from
  --source-tag TAG               exact tag       --source-branch BRANCH   branch
  --source-versioned-tag vX[.Y[.Z]]  semver prefix of the tag
  --builder-id ID[@VERSION]      builder (VERSION: v1.2.3 or refs/tags/v1.2.3)
  --build-workflow-input K=V     workflow_dispatch input (repeatable)
  --predicate-type URI           default: SLSA provenance v1 or v0.2
signer (gh attestation verify / cosign)
  --owner OWNER  --repo OWNER/REPO  --signer-workflow [HOST/]OWNER/REPO/PATH  --signer-repo OWNER/REPO
  --signer-digest SHA  --source-ref REF  --source-digest SHA  --deny-self-hosted-runners
  --cert-identity SAN  --cert-identity-regex RE (anchored)  --cert-oidc-issuer URL
    (aliases --certificate-identity, --certificate-identity-regexp, --certificate-oidc-issuer)
output
  --digest-alg sha256|sha512     digest shown in the report (both are always compared)
  --json FILE                    write the results as JSON

exit codes: 0 all verified, 1 any invalid / unverifiable / missing, 2 usage or input error
`;
var OPTIONS = {
  help: { type: "boolean", short: "h" },
  bundle: { type: "string", multiple: true },
  "provenance-path": { type: "string", multiple: true },
  digest: { type: "string", multiple: true },
  "trusted-root": { type: "string", multiple: true },
  "custom-trusted-root": { type: "string", multiple: true },
  key: { type: "string", multiple: true },
  "github-attestations": { type: "boolean" },
  "source-uri": { type: "string" },
  "source-tag": { type: "string" },
  "source-branch": { type: "string" },
  "source-versioned-tag": { type: "string" },
  "builder-id": { type: "string" },
  "build-workflow-input": { type: "string", multiple: true },
  "predicate-type": { type: "string" },
  owner: { type: "string", short: "o" },
  repo: { type: "string", short: "R" },
  "signer-workflow": { type: "string" },
  "signer-repo": { type: "string" },
  "signer-digest": { type: "string" },
  "source-ref": { type: "string" },
  "source-digest": { type: "string" },
  "deny-self-hosted-runners": { type: "boolean" },
  "cert-identity": { type: "string" },
  "certificate-identity": { type: "string" },
  "cert-identity-regex": { type: "string" },
  "certificate-identity-regexp": { type: "string" },
  "certificate-identity-regex": { type: "string" },
  "cert-oidc-issuer": { type: "string" },
  "certificate-oidc-issuer": { type: "string" },
  "digest-alg": { type: "string" },
  json: { type: "string" }
};
function parseArgs(argv) {
  return parseCommandArgs("verify-artifact", argv, OPTIONS, true);
}
async function verifyArtifactCommand(ctx) {
  const { values, positionals } = parseArgs(ctx.argv);
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const subjects = await toSubjects(positionals, values.digest ?? [], ctx.cwd);
  const at = (p) => resolve(ctx.cwd, p);
  const trust = loadTrust({
    trustedRoots: [...values["trusted-root"] ?? [], ...values["custom-trusted-root"] ?? []].map(at),
    keys: (values.key ?? []).map(at)
  });
  const options = toVerifyOptions(values, ctx, trust);
  const results = await verifyArtifacts(subjects, options);
  ctx.stdout(renderArtifactReport(results));
  if (values.json !== void 0) await writeJson(at(values.json), values.json, results);
  return toExitCode(results);
}
function toExitCode(results) {
  if (results.some((r) => r.reason !== void 0 && INPUT_REASON_CODES.has(r.reason.code))) return 2;
  return results.every((r) => r.status === "verified") ? 0 : 1;
}
async function toSubjects(positionals, digests, cwd) {
  const subjects = [];
  for (const d of digests) {
    const digest = parseDigest(d);
    if (!digest || digest.algorithm !== "sha256" && digest.algorithm !== "sha512") {
      throw new GateError("USAGE", `--digest must be sha256:<64 hex> or sha512:<128 hex>, got '${d}'`);
    }
    subjects.push({ digest });
  }
  for (const p of positionals) {
    if (existsSync(resolve(cwd, p)) || !/[*?[{]/.test(p)) subjects.push({ path: p });
    else for (const m of await resolveArtifactGlobs([p], cwd)) subjects.push({ path: m });
  }
  if (subjects.length === 0) throw new GateError("USAGE", "give at least one FILE or --digest sha256:HEX", { fix: "see 'provenance-gate verify-artifact --help'" });
  return subjects;
}
async function writeJson(path, shown, results) {
  try {
    await writeFileAtomic(path, `${JSON.stringify({ artifacts: results }, null, 2)}
`);
  } catch (e) {
    throw new GateError("OUTPUT_UNWRITABLE", `cannot write the JSON report: ${e.message}`, { file: shown, cause: e });
  }
}
export {
  HELP,
  toExitCode,
  verifyArtifactCommand
};
