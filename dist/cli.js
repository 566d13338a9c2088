#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);

// src/errors.ts
var INPUT_CODES = /* @__PURE__ */ new Set([
  "USAGE",
  "CONFIG_INVALID",
  "CONFIG_NOT_FOUND",
  "INPUT_NOT_FOUND",
  "INPUT_UNREADABLE",
  "INPUT_OUTSIDE_WORKSPACE",
  "LOCKFILE_NOT_FOUND",
  "LOCKFILE_INVALID_JSON",
  "LOCKFILE_INVALID",
  "LOCKFILE_UNSUPPORTED_VERSION",
  "LOCKFILE_MISSING_VERSION",
  "LOCKFILE_PACKAGE_JSON_MISMATCH",
  "TRUST_ROOT_INVALID",
  "INTERNAL"
]);
var GateError = class extends Error {
  code;
  fix;
  file;
  line;
  column;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "GateError";
    this.code = code;
    this.fix = options.fix;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }
};
function isGateError(e) {
  return e instanceof GateError;
}
function toExitCode(e) {
  if (isGateError(e)) return INPUT_CODES.has(e.code) ? 2 : 1;
  return 2;
}
function renderError(e) {
  if (!isGateError(e)) {
    const msg = e instanceof Error ? e.message : String(e);
    return `provenance-gate: INTERNAL: ${msg} (this is a bug; please report it)`;
  }
  const where = e.file ? `${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ""}` : ""}: ` : "";
  const fix = e.fix ? ` \u2014 ${e.fix}` : "";
  return `provenance-gate: ${e.code}: ${where}${e.message}${fix}`;
}

// src/commands/check.ts
async function checkCommand(ctx) {
  ctx.stderr("provenance-gate: check is not implemented yet\n");
  return 2;
}

// src/commands/sbom.ts
async function sbomCommand(ctx) {
  ctx.stderr("provenance-gate: sbom is not implemented yet\n");
  return 2;
}

// src/commands/verify-artifact.ts
async function verifyArtifactCommand(ctx) {
  ctx.stderr("provenance-gate: verify-artifact is not implemented yet\n");
  return 2;
}

// src/commands/verify-bundle.ts
async function verifyBundleCommand(ctx) {
  ctx.stderr("provenance-gate: verify-bundle is not implemented yet\n");
  return 2;
}

// src/commands/verify-npm-package.ts
async function verifyNpmPackageCommand(ctx) {
  ctx.stderr("provenance-gate: verify-npm-package is not implemented yet\n");
  return 2;
}

// package.json
var package_default = {
  name: "provenance-gate",
  version: "0.1.0",
  description: "CycloneDX SBOM, Sigstore/SLSA provenance verification and a policy gate for npm dependencies and build artifacts \u2014 one GitHub Action and CLI.",
  license: "Apache-2.0",
  private: true,
  type: "module",
  bin: {
    "provenance-gate": "dist/cli.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json",
    test: "vitest run",
    bench: "node bench/run.mjs",
    demo: "node dist/cli.js check --policy fixtures/demo/provenance-gate.yml --lockfile fixtures/demo/package-lock.json --offline --evidence-dir fixtures/demo/evidence --output-dir out/demo",
    conformance: "bash ../shared/tools/conformance-run -j 2 ../shared/real-world/sigstore-conformance/bundle-verify node dist/cli.js"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@sigstore/bundle": "^5.0.1",
    "@sigstore/core": "^4.0.1",
    "@sigstore/tuf": "^5.0.1",
    "@sigstore/verify": "^4.1.3",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    "p-limit": "^7.3.3",
    picomatch: "^4.0.7",
    semver: "^7.8.6",
    sigstore: "^5.0.1",
    "spdx-expression-parse": "^5.0.0",
    "spdx-satisfies": "^6.0.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@cyclonedx/cyclonedx-npm": "^6.0.1",
    "@github/local-action": "^7.0.1",
    "@peculiar/x509": "^2.2.0",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    "@types/spdx-expression-parse": "^4.0.0",
    "@types/spdx-satisfies": "^6.0.0",
    esbuild: "^0.28.2",
    node: "^24.21.0",
    typescript: "^7.0.2",
    vitest: "^4.1.12"
  },
  allowScripts: {
    esbuild: true,
    node: true,
    libxmljs2: false
  }
};

// src/version.ts
var TOOL_NAME = "provenance-gate";
var TOOL_VERSION = package_default.version;

// src/main.ts
var COMMANDS = {
  check: { run: checkCommand, summary: "run everything the policy asks (default command)" },
  sbom: { run: sbomCommand, summary: "write the CycloneDX SBOM only" },
  "verify-artifact": { run: verifyArtifactCommand, summary: "verify files against Sigstore bundles / SLSA provenance" },
  "verify-bundle": { run: verifyBundleCommand, summary: "sigstore-conformance client protocol" },
  "verify-npm-package": { run: verifyNpmPackageCommand, summary: "slsa-verifier verify-npm-package drop-in" }
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
    return await command.run({ ...ctx, argv: args });
  } catch (e) {
    ctx.stderr(`${renderError(e)}
`);
    if (process.env.PROVENANCE_GATE_DEBUG && e instanceof Error) ctx.stderr(`${e.stack}
`);
    return toExitCode(e);
  }
}

// src/cli.ts
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
