#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  loadTrust,
  parseDigest,
  readBundleFile,
  verifyBundle
} from "./chunk-UVB7XM6J.js";
import "./chunk-HR6LKGB5.js";
import {
  GateError
} from "./chunk-ZQ5MBECJ.js";
import "./chunk-PQNIH4KF.js";

// src/commands/verify-bundle.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var HELP = `usage: provenance-gate verify-bundle [--staging] --bundle FILE
         (--certificate-identity SAN --certificate-oidc-issuer URL | --key PEM)
         [--trusted-root FILE]... FILE_OR_DIGEST

Verifies one Sigstore bundle (v0.1-v0.3) against a file or a sha256:<hex> digest,
offline, with the public-good trusted root embedded in @sigstore/tuf unless
--trusted-root is given. The identity and issuer are compared exactly.

exit codes: 0 verified, 1 rejected, 2 usage or input error
`;
async function verifyBundleCommand(ctx) {
  const { values, positionals } = readArgs(ctx.argv);
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const usage = (why) => {
    throw new GateError("USAGE", why, { fix: "see provenance-gate verify-bundle --help" });
  };
  if (!values.bundle) usage("--bundle is required");
  if (positionals.length !== 1) usage("give exactly one FILE_OR_DIGEST");
  const withIdentity = values["certificate-identity"] !== void 0 || values["certificate-oidc-issuer"] !== void 0;
  if (values.key && withIdentity) usage("use either --key or --certificate-identity/--certificate-oidc-issuer");
  if (!values.key && (!values["certificate-identity"] || !values["certificate-oidc-issuer"])) {
    usage("--certificate-identity and --certificate-oidc-issuer are required (or --key)");
  }
  const at = (p) => resolve(ctx.cwd, p);
  const artifact = toArtifact(positionals[0], ctx.cwd);
  const trust = loadTrust({
    trustedRoots: (values["trusted-root"] ?? []).map(at),
    keys: values.key ? [at(values.key)] : [],
    staging: values.staging
  });
  const bundlePath = at(values.bundle);
  const bundle = readBundleFile(bundlePath);
  if (values.key && bundle.bundle.verificationMaterial.content.$case !== "publicKey") {
    throw new GateError("IDENTITY_MISMATCH", "the bundle is signed with a certificate, but --key asks for a key signature", { file: bundlePath });
  }
  const verified = await verifyBundle(trust, bundle, artifact, values.key ? void 0 : {
    subjectAlternativeName: values["certificate-identity"],
    issuer: values["certificate-oidc-issuer"]
  });
  const who = verified.certificate ? `${verified.certificate.subjectAlternativeName} (${verified.certificate.issuer})` : "the given key";
  ctx.stdout(`OK: ${bundlePath} verified, signed by ${who}${verified.logTime ? ` at ${verified.logTime}` : ""}
`);
  return 0;
}
function readArgs(argv) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        staging: { type: "boolean" },
        bundle: { type: "string" },
        "certificate-identity": { type: "string" },
        "certificate-oidc-issuer": { type: "string" },
        key: { type: "string" },
        "trusted-root": { type: "string", multiple: true },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    throw new GateError("USAGE", e.message, { fix: "see provenance-gate verify-bundle --help" });
  }
}
function toArtifact(arg, cwd) {
  const path = resolve(cwd, arg);
  if (existsSync(path)) return { path };
  const digest = parseDigest(arg);
  if (digest) return { digest };
  throw new GateError("INPUT_NOT_FOUND", "artifact not found (and not a sha256:<hex> digest)", { file: arg });
}
export {
  verifyBundleCommand
};
