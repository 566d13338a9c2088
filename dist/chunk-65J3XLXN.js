#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);

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
    demo: "cd fixtures/demo && node ../../dist/cli.js check --offline --registry http://registry.demo.invalid/ --evidence-dir evidence --trusted-root trust/trusted_root.json --output-dir ../../out/demo",
    "demo:fail": "cd fixtures/demo && node ../../dist/cli.js check --policy provenance-gate.strict.yml --offline --registry http://registry.demo.invalid/ --evidence-dir evidence --trusted-root trust/trusted_root.json --output-dir ../../out/demo-strict",
    conformance: "bash ../shared/tools/conformance-run -j 2 ../shared/real-world/sigstore-conformance/bundle-verify node dist/cli.js"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@noble/curves": "^2.4.0",
    "@sigstore/bundle": "^5.0.1",
    "@sigstore/core": "^4.0.1",
    "@sigstore/protobuf-specs": "^0.5.2",
    "@sigstore/tuf": "^5.0.1",
    "@sigstore/verify": "^4.1.3",
    ajv: "^8.20.0",
    "p-limit": "^7.3.3",
    picomatch: "^4.0.7",
    semver: "^7.8.6",
    "spdx-expression-parse": "^5.0.0",
    "spdx-satisfies": "^6.0.0",
    xmlbuilder2: "^4.0.3",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@cyclonedx/cyclonedx-npm": "^6.0.1",
    "@github/local-action": "^7.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@peculiar/x509": "^2.2.0",
    "@types/node": "^24.19.2",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    "@types/spdx-expression-parse": "^4.0.0",
    "@types/spdx-satisfies": "^6.0.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    esbuild: "^0.28.2",
    node: "^24.21.0",
    sigstore: "^5.0.1",
    tsx: "^4.23.15",
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

export {
  TOOL_NAME,
  TOOL_VERSION
};
