#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  parseCommandArgs,
  toPositiveInt
} from "./chunk-RSFC3HXV.js";
import {
  renderConsole,
  run,
  toColorEnabled
} from "./chunk-C4SDTCM3.js";
import "./chunk-TDEFMPM4.js";
import "./chunk-NTSIUIK3.js";
import "./chunk-GGHMA4CW.js";
import "./chunk-L3CPJDXX.js";
import "./chunk-3AD5T2DT.js";
import "./chunk-SCHFPPXI.js";
import "./chunk-PKJR2J4P.js";
import "./chunk-QBO2I5OT.js";
import "./chunk-75UO4424.js";
import "./chunk-MGG646Q2.js";
import "./chunk-FWTIQN2H.js";
import {
  DEFAULT_REGISTRY_CONCURRENCY
} from "./chunk-SQXP2J2D.js";
import "./chunk-GEVQM3U3.js";
import "./chunk-CD3H5QN7.js";
import "./chunk-YF7224YE.js";
import "./chunk-HR6LKGB5.js";
import "./chunk-CGI2TJ2U.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/commands/check.ts
import { resolve } from "node:path";
var HELP = `usage: provenance-gate [check] [flags]

Inventory \u2192 SBOM \u2192 verify dependencies and artifacts \u2192 policy \u2192 reports.

  --policy FILE               policy file (YAML or JSON); default: provenance-gate.yml if present
  --lockfile FILE             lockfile to read (repeatable); default: discover in the working directory
  --artifact GLOB             build artifacts to verify (repeatable; inside the working directory)
  --output-dir DIR            write sbom.cdx.json, report.json and report.sarif there
  --sbom FILE                 write the (enriched) CycloneDX SBOM
  --json FILE                 write the JSON report
  --sarif FILE                write SARIF 2.1.0
  --mode enforce|audit        override the policy's mode
  --registry URL              npm registry (default: from .npmrc, else https://registry.npmjs.org)
  --attestations-registry URL registry to ask for signatures/attestations when --registry is a stripping mirror
  --offline                   no network: read evidence from --evidence-dir
  --evidence-dir DIR          offline evidence store (see --record-evidence)
  --record-evidence DIR       record every registry response for later --offline runs
  --cache-dir DIR             on-disk cache of immutable verification results
  --trusted-root FILE         extra Sigstore trusted_root.json (repeatable)
  --concurrency N             parallel registry requests (default ${DEFAULT_REGISTRY_CONCURRENCY})
  --quiet                     print only the verdict line
`;
async function checkCommand(ctx) {
  const { values } = parseCommandArgs("check", ctx.argv, {
    help: { type: "boolean", short: "h" },
    policy: { type: "string" },
    lockfile: { type: "string", multiple: true },
    artifact: { type: "string", multiple: true },
    "output-dir": { type: "string" },
    sbom: { type: "string" },
    json: { type: "string" },
    sarif: { type: "string" },
    mode: { type: "string" },
    registry: { type: "string" },
    "attestations-registry": { type: "string" },
    offline: { type: "boolean" },
    "evidence-dir": { type: "string" },
    "record-evidence": { type: "string" },
    "cache-dir": { type: "string" },
    "trusted-root": { type: "string", multiple: true },
    "custom-trusted-root": { type: "string", multiple: true },
    concurrency: { type: "string" },
    quiet: { type: "boolean", short: "q" }
  });
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const mode = values.mode;
  if (mode !== void 0 && mode !== "enforce" && mode !== "audit") {
    throw new GateError("USAGE", `--mode must be enforce or audit, got '${mode}'`);
  }
  const abs = (p) => p === void 0 ? void 0 : resolve(ctx.cwd, p);
  const quiet = values.quiet === true;
  const options = {
    cwd: ctx.cwd,
    policyFile: abs(values.policy),
    lockfiles: (values.lockfile ?? []).map((p) => resolve(ctx.cwd, p)),
    artifacts: values.artifact ?? [],
    outputDir: abs(values["output-dir"]),
    sbomFile: abs(values.sbom),
    jsonFile: abs(values.json),
    sarifFile: abs(values.sarif),
    registry: values.registry,
    attestationsRegistry: values["attestations-registry"],
    offline: values.offline === true,
    evidenceDir: abs(values["evidence-dir"]),
    recordEvidence: abs(values["record-evidence"]),
    cacheDir: abs(values["cache-dir"]),
    trustedRoots: [...values["trusted-root"] ?? [], ...values["custom-trusted-root"] ?? []].map((p) => resolve(ctx.cwd, p)),
    concurrency: toPositiveInt("concurrency", values.concurrency, DEFAULT_REGISTRY_CONCURRENCY),
    mode,
    githubToken: ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN,
    npmToken: ctx.env.NPM_TOKEN,
    now: ctx.now(),
    env: ctx.env,
    log: quiet ? () => {
    } : (line) => ctx.stderr(`${line}
`)
  };
  const result = await run(options);
  const color = toColorEnabled(ctx.env, process.stdout.isTTY === true);
  const text = renderConsole(result, { cwd: ctx.cwd, color, ...quiet ? { limit: 0 } : {} });
  ctx.stdout(text.endsWith("\n") ? text : `${text}
`);
  return result.verdict.result === "pass" ? 0 : 1;
}
export {
  checkCommand
};
