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
  checkProvenanceExpectations,
  matchesBuilderId
} from "./chunk-BEEZLSO7.js";
import {
  toAttestationEntries
} from "./chunk-GEVQM3U3.js";
import {
  createAttestationVerifier
} from "./chunk-MCN522HZ.js";
import "./chunk-U2346DQA.js";
import "./chunk-YF7224YE.js";
import "./chunk-UVB7XM6J.js";
import "./chunk-HR6LKGB5.js";
import {
  verifyNpmAttestations
} from "./chunk-QS7GV5ED.js";
import "./chunk-MBK2SKKM.js";
import "./chunk-CGI2TJ2U.js";
import "./chunk-HZXIZVU5.js";
import {
  GateError,
  isGateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/commands/verify-npm-package.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var HELP = `usage: provenance-gate verify-npm-package TARBALL --attestations-path FILE
         --package-name NAME --package-version VERSION --source-uri github.com/OWNER/REPO [flags]

Verifies an npm package tarball against its attestations (the body of
GET /-/npm/v1/attestations/NAME@VERSION): every Sigstore bundle, the npm publish
attestation (npm registry key) and the SLSA provenance, bound to the tarball's sha512
and the package's purl. Same flags and verdicts as slsa-verifier verify-npm-package.

  --attestations-path FILE       the attestations JSON
  --package-name NAME            e.g. @scope/name
  --package-version VERSION
  --source-uri URI               repository the package was built from (required)
  --source-tag TAG               exact tag          --source-branch BRANCH   branch
  --source-versioned-tag vX[.Y[.Z]]  semver prefix of the tag
  --builder-id ID[@VERSION]      builder id of the provenance (or the signing workflow)
  --trusted-root FILE            extra trusted_root.json (public-good is always trusted)
  --print-provenance             print the verified in-toto statement (parsed) as JSON

exit codes: 0 PASSED, 1 FAILED, 2 usage or input error
`;
var OPTIONS = {
  help: { type: "boolean", short: "h" },
  "attestations-path": { type: "string" },
  "package-name": { type: "string" },
  "package-version": { type: "string" },
  "source-uri": { type: "string" },
  "source-tag": { type: "string" },
  "source-branch": { type: "string" },
  "source-versioned-tag": { type: "string" },
  "builder-id": { type: "string" },
  "trusted-root": { type: "string", multiple: true },
  "print-provenance": { type: "boolean" }
};
async function verifyNpmPackageCommand(ctx) {
  const { values, positionals } = parseCommandArgs("verify-npm-package", ctx.argv, OPTIONS, true);
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const need = (flag) => {
    const v = values[flag];
    if (!v) throw new GateError("USAGE", `verify-npm-package: --${flag} is required`, { fix: "Run 'provenance-gate verify-npm-package --help'." });
    return v;
  };
  if (positionals.length !== 1) {
    throw new GateError("USAGE", `verify-npm-package: expected exactly one TARBALL, got ${positionals.length}`);
  }
  const tarball = resolve(ctx.cwd, positionals[0]);
  const attPath = resolve(ctx.cwd, need("attestations-path"));
  const name = need("package-name");
  const version = need("package-version");
  const sourceUri = need("source-uri");
  const sha512Hex = createHash("sha512").update(readInput(tarball)).digest("hex");
  const entries = toAttestationEntries(parseJsonInput(readInput(attPath), attPath), attPath);
  const verify = createAttestationVerifier({ trustedRoots: values["trusted-root"] });
  try {
    const { check, slsa, statement } = await verifyNpmAttestations(entries, { name, version, sha512Hex }, verify);
    if (!slsa || check.status !== "verified") {
      throw new GateError(check.reason?.code === "PROVENANCE_MISSING" ? "PROVENANCE_MISSING" : "PROVENANCE_MALFORMED", check.reason?.message ?? "no SLSA provenance");
    }
    checkProvenanceExpectations(
      slsa,
      {
        sourceUri,
        sourceTag: values["source-tag"],
        sourceBranch: values["source-branch"],
        sourceVersionedTag: values["source-versioned-tag"]
      },
      attPath
    );
    const expectedBuilder = values["builder-id"];
    if (expectedBuilder !== void 0) {
      const signer = check.signerIdentity ?? "";
      if (!matchesBuilderId(slsa.builderId, expectedBuilder) && !matchesBuilderId(signer, expectedBuilder)) {
        throw new GateError("PROVENANCE_BUILDER_MISMATCH", `builder ${slsa.builderId} (signer ${signer}) does not match --builder-id ${expectedBuilder}`);
      }
    }
    if (values["print-provenance"]) ctx.stdout(`${JSON.stringify(statement)}
`);
    ctx.stderr(`Verified build using builder "${slsa.builderId}" at commit ${check.sourceCommit ?? "(not stated)"}
`);
    ctx.stderr("PASSED: SLSA verification passed\n");
    return 0;
  } catch (e) {
    if (!isGateError(e)) throw e;
    ctx.stderr(`FAILED: SLSA verification failed: ${e.code}: ${e.message}
`);
    return 1;
  }
}
function readInput(path) {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = e.code === "ENOENT" ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE";
    throw new GateError(code, `cannot read ${path}`, { file: path, cause: e });
  }
}
function parseJsonInput(data, path) {
  try {
    const json = JSON.parse(data.toString("utf8"));
    return Array.isArray(json) ? { attestations: json } : json;
  } catch {
    throw new GateError("INPUT_UNREADABLE", "the attestations file is not JSON", { file: path });
  }
}
export {
  HELP,
  verifyNpmPackageCommand
};
