#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-FWTIQN2H.js";
import {
  renderError,
  toExitCode
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/main.ts
var COMMANDS = {
  check: {
    load: async () => (await import("./chunk-FLM3KBMS.js")).checkCommand,
    summary: "run everything the policy asks (default command)"
  },
  sbom: { load: async () => (await import("./chunk-XIDCKASB.js")).sbomCommand, summary: "write the CycloneDX SBOM only" },
  "verify-artifact": {
    load: async () => (await import("./chunk-6BNNM7TQ.js")).verifyArtifactCommand,
    summary: "verify files against Sigstore bundles / SLSA provenance"
  },
  "verify-bundle": {
    load: async () => (await import("./chunk-3ZAL6V66.js")).verifyBundleCommand,
    summary: "sigstore-conformance client protocol"
  },
  "verify-npm-package": {
    load: async () => (await import("./chunk-FWOJYBW3.js")).verifyNpmPackageCommand,
    summary: "slsa-verifier verify-npm-package drop-in"
  }
};
function renderHelp() {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `${TOOL_NAME} ${TOOL_VERSION} \u2014 SBOM, Sigstore/SLSA verification and a policy gate`,
    "",
    `usage: ${TOOL_NAME} [command] [flags]     (${TOOL_NAME} COMMAND --help for its flags)`,
    "",
    "commands:",
    ...lines,
    "",
    "exit codes: 0 pass, 1 policy violation / verification failed, 2 usage, config or input error",
    ""
  ].join("\n");
}
async function main(argv, ctx) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V") {
    ctx.stdout(`${TOOL_VERSION}
`);
    return 0;
  }
  if (first === void 0 ? false : first === "--help" || first === "-h" || first === "help") {
    ctx.stdout(renderHelp());
    return 0;
  }
  const named = first !== void 0 && !first.startsWith("-") ? COMMANDS[first] : void 0;
  if (first !== void 0 && !first.startsWith("-") && !named) {
    ctx.stderr(`${TOOL_NAME}: USAGE: unknown command '${first}'

${renderHelp()}`);
    return 2;
  }
  const command = named ?? COMMANDS.check;
  const args = named ? rest : argv;
  try {
    const runCommand = await command.load();
    return await runCommand({ ...ctx, argv: args });
  } catch (e) {
    ctx.stderr(`${renderError(e)}
`);
    if (process.env.PROVENANCE_GATE_DEBUG && e instanceof Error) ctx.stderr(`${e.stack}
`);
    return toExitCode(e);
  }
}

// src/cli.ts
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => /* @__PURE__ */ new Date()
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`${renderError(e)}
`);
    process.exitCode = 2;
  }
);
