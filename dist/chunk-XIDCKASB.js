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
  readProjectInventories,
  renderBomChunks,
  toBom,
  toInventoryJsonChunks
} from "./chunk-TDEFMPM4.js";
import {
  writeFileAtomic
} from "./chunk-NTSIUIK3.js";
import "./chunk-L3CPJDXX.js";
import "./chunk-3AD5T2DT.js";
import "./chunk-SCHFPPXI.js";
import "./chunk-PKJR2J4P.js";
import "./chunk-QBO2I5OT.js";
import "./chunk-75UO4424.js";
import "./chunk-MGG646Q2.js";
import "./chunk-FWTIQN2H.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/commands/sbom.ts
import { join, resolve } from "node:path";
var HELP = `usage: provenance-gate sbom [flags]

Write a CycloneDX SBOM from lockfiles alone (package-lock.json, npm-shrinkwrap.json,
pnpm-lock.yaml, yarn.lock, bun.lock; no node_modules, no network).

  --lockfile FILE           lockfile to read (repeatable); default: every lockfile in the working
                            directory and in the workspaces it declares
  --per-workspace           one SBOM per project (the root, then each workspace as the root
                            component) into --output-dir, named <name>.cdx.json
  -o, --output-file FILE    write the SBOM there (atomically); default: standard output
  --sbom FILE               same as --output-file
  --output-dir DIR          where --per-workspace writes its SBOMs
  --spec-version 1.5|1.6    CycloneDX version (default 1.6)
  --output-format json|xml  (default json)
  --omit dev|optional       leave out dev-only / optional-only packages (repeatable)
  --reproducible            no timestamp or serial number; byte-identical output for the same input
  -h, --help                this text

exit codes: 0 written, 2 usage or input error (missing/invalid lockfile, stale package.json, \u2026)
`;
async function sbomCommand(ctx) {
  const { values } = parseCommandArgs("sbom", ctx.argv, {
    help: { type: "boolean", short: "h" },
    lockfile: { type: "string", multiple: true },
    "output-file": { type: "string", short: "o" },
    sbom: { type: "string" },
    "spec-version": { type: "string" },
    "output-format": { type: "string" },
    omit: { type: "string", multiple: true },
    reproducible: { type: "boolean" },
    "per-workspace": { type: "boolean" },
    "output-dir": { type: "string" }
  });
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const specVersion = oneOf("spec-version", values["spec-version"], ["1.5", "1.6"], "1.6");
  const format = oneOf("output-format", values["output-format"], ["json", "xml"], "json");
  const omit = (values.omit ?? []).map((o) => oneOf("omit", o, ["dev", "optional"], "dev"));
  if (values["output-file"] !== void 0 && values.sbom !== void 0 && values["output-file"] !== values.sbom) {
    throw new GateError("USAGE", "--output-file and --sbom name different files; give one");
  }
  const output = values["output-file"] ?? values.sbom;
  const perWorkspace = values["per-workspace"] === true;
  if (perWorkspace && (output !== void 0 || values["output-dir"] === void 0)) {
    throw new GateError("USAGE", "--per-workspace writes one file per project: give --output-dir DIR (and no --output-file)");
  }
  const inventories = await readProjectInventories(values.lockfile ?? [], { cwd: ctx.cwd, perWorkspace });
  const reproducible = values.reproducible === true;
  if (perWorkspace) {
    for (const [file, inv] of toWorkspaceFiles(inventories, format)) {
      const path = join(resolve(ctx.cwd, values["output-dir"]), file);
      await writeFileAtomic(path, await toChunks([inv], { omit, reproducible, now: ctx.now(), specVersion, format }));
      ctx.stdout(`${path}
`);
    }
    return 0;
  }
  const chunks = await toChunks(inventories, { omit, reproducible, now: ctx.now(), specVersion, format });
  if (output === void 0 || output === "-") writeBatched(chunks, ctx.stdout);
  else await writeFileAtomic(resolve(ctx.cwd, output), chunks);
  return 0;
}
function toWorkspaceFiles(inventories, format) {
  const used = /* @__PURE__ */ new Map();
  return inventories.map((inv) => {
    const base = inv.root.name.replace(/^@/, "").replace(/[^A-Za-z0-9._-]+/g, "-") || "project";
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return [`${n > 1 ? `${base}-${n}` : base}.cdx.${format}`, inv];
  });
}
async function toChunks(inventories, o) {
  if (o.format === "json") return toInventoryJsonChunks(inventories, o);
  return renderBomChunks(toBom(inventories, o).bom, { specVersion: o.specVersion, format: o.format });
}
function writeBatched(chunks, write) {
  let pending = "";
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 20) {
      write(pending);
      pending = "";
    }
  }
  if (pending) write(pending);
}
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new GateError("USAGE", `--${flag} must be ${allowed.join(" or ")}, got '${value}'`);
}
export {
  sbomCommand
};
