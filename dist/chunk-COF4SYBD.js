#!/usr/bin/env node
import { createRequire as __pgCreateRequire } from 'node:module';
const require = __pgCreateRequire(import.meta.url);
import { fileURLToPath as __pgFileURLToPath } from 'node:url';
import { dirname as __pgDirname } from 'node:path';
const __filename = __pgFileURLToPath(import.meta.url);
const __dirname = __pgDirname(__filename);
import {
  GITHUB_ACTIONS_ISSUER,
  checkBuilder,
  checkPredicateType,
  checkProvenanceExpectations
} from "./chunk-BEEZLSO7.js";
import {
  require_picomatch
} from "./chunk-MGG646Q2.js";
import {
  pLimit
} from "./chunk-CD3H5QN7.js";
import {
  checkSubject,
  findSubject,
  parseStatement
} from "./chunk-U2346DQA.js";
import {
  digestFile,
  parseBundle,
  verifyBundle
} from "./chunk-UVB7XM6J.js";
import {
  DEFAULT_TRUSTED_BUILDERS,
  checkProvenanceAgainstCertificate,
  isSlsaPredicateType,
  parseWorkflowIdentity,
  toCertificateSource,
  toSlsaProvenance
} from "./chunk-MBK2SKKM.js";
import {
  GateError,
  isGateError
} from "./chunk-ZQ5MBECJ.js";
import {
  __toESM
} from "./chunk-PQNIH4KF.js";

// src/artifacts/verify.ts
import { dirname as dirname2, isAbsolute, relative, resolve } from "node:path";

// src/provenance/facts.ts
function toCertificateFacts(cert) {
  const c = toCertificateSource(cert);
  const config = cert.extensions.buildConfigURI ? parseWorkflowIdentity(cert.extensions.buildConfigURI) : void 0;
  const facts = {
    signerIdentity: cert.subjectAlternativeName,
    issuer: cert.issuer || void 0,
    sourceRepo: c.repository ? `https://${c.repository}` : void 0,
    sourceRef: c.ref,
    sourceCommit: c.commit,
    workflow: config?.repository && config.path ? `${config.repository.replace(/^github\.com\//, "")}/${config.path}` : void 0,
    runnerEnvironment: c.runnerEnvironment
  };
  return dropUndefined(facts);
}
function toProvenanceFacts(statement, certificate, prov) {
  const slsa = prov ?? (isSlsaPredicateType(statement.predicateType) ? tryParse(statement) : void 0);
  const fromStatement = {
    predicateType: statement.predicateType,
    builderId: slsa?.builderId,
    buildType: slsa?.buildType,
    sourceRepo: slsa?.repository ? `https://${slsa.repository}` : void 0,
    sourceRef: slsa?.sourceRef,
    sourceCommit: slsa?.sourceCommit,
    runnerEnvironment: slsa?.runnerEnvironment
  };
  return { ...dropUndefined(fromStatement), ...certificate ? toCertificateFacts(certificate) : {} };
}
function tryParse(statement) {
  try {
    return toSlsaProvenance(statement);
  } catch {
    return void 0;
  }
}
function dropUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// src/provenance/certificate-expectations.ts
var GITHUB = "https://github.com/";
function mismatch(message, file) {
  throw new GateError("IDENTITY_MISMATCH", message, { file });
}
function toGithubUrl(s) {
  const bare = s.replace(/^https?:\/\//, "");
  return bare.startsWith("github.com/") ? `https://${bare}` : `${GITHUB}${bare}`;
}
function hasCertificateExpectations(e) {
  return [e.owner, e.repo, e.signerWorkflow, e.signerRepo, e.signerDigest, e.sourceRef, e.sourceDigest, e.issuer].some((v) => v !== void 0) || e.denySelfHostedRunners === true;
}
function checkCertificateExpectations(cert, e, file) {
  if (!hasCertificateExpectations(e)) return;
  if (!cert) mismatch("the bundle is signed with a key, not a certificate, so its signer identity cannot be checked", file);
  const x = cert.extensions;
  const san = cert.subjectAlternativeName;
  const ghFlags = e.owner !== void 0 || e.repo !== void 0 || e.signerWorkflow !== void 0 || e.signerRepo !== void 0;
  const issuer = e.issuer ?? (ghFlags ? GITHUB_ACTIONS_ISSUER : void 0);
  if (issuer !== void 0 && cert.issuer !== issuer) mismatch(`the OIDC issuer is '${cert.issuer}', expected '${issuer}'`, file);
  const owner = e.owner ?? e.repo?.split("/")[0];
  if (owner !== void 0) {
    const got = x.sourceRepositoryOwnerURI;
    if (got === void 0 || got.toLowerCase() !== `${GITHUB}${owner}`.toLowerCase()) {
      mismatch(`the source repository owner is '${got ?? "not stated"}', expected ${GITHUB}${owner}`, file);
    }
  }
  if (e.repo !== void 0) {
    const got = x.sourceRepositoryURI;
    if (got === void 0 || got.toLowerCase() !== `${GITHUB}${e.repo}`.toLowerCase()) {
      mismatch(`the source repository is '${got ?? "not stated"}', expected ${GITHUB}${e.repo}`, file);
    }
  }
  if (e.signerWorkflow !== void 0) {
    const want = toGithubUrl(e.signerWorkflow);
    if (!(san === want || san.startsWith(`${want}@`))) mismatch(`the signer is ${san}, expected workflow ${want}`, file);
  } else if (e.signerRepo !== void 0) {
    const want = `${toGithubUrl(e.signerRepo)}/`;
    if (!san.toLowerCase().startsWith(want.toLowerCase())) mismatch(`the signer is ${san}, expected a workflow of ${want}`, file);
  } else if (!e.sanPinned && (e.repo !== void 0 || e.owner !== void 0)) {
    const want = `${GITHUB}${e.repo ?? e.owner}/`;
    if (!san.toLowerCase().startsWith(want.toLowerCase())) {
      mismatch(`the signer is ${san}, not a workflow of ${want} (pass --signer-workflow or --signer-repo for reusable workflows)`, file);
    }
  }
  const exact = (flag, got, want) => {
    if (want !== void 0 && got !== want) mismatch(`${flag}: the certificate says '${got ?? "not stated"}', expected '${want}'`, file);
  };
  exact("--signer-digest", x.buildSignerDigest, e.signerDigest);
  exact("--source-ref", x.sourceRepositoryRef ?? x.githubWorkflowRef, e.sourceRef);
  exact("--source-digest", x.sourceRepositoryDigest ?? x.githubWorkflowSha, e.sourceDigest);
  if (e.denySelfHostedRunners && x.runnerEnvironment !== "github-hosted") {
    mismatch(`the build ran on a '${x.runnerEnvironment ?? "unknown"}' runner, and --deny-self-hosted-runners is set`, file);
  }
}

// src/provenance/evaluate.ts
function evaluateStatement(statement, cert, policy, file) {
  if (policy.mode === "signature") return toSignatureFacts(statement, cert);
  checkPredicateType(statement.predicateType, policy.expectations.predicateTypes, file);
  if (!isSlsaPredicateType(statement.predicateType)) {
    const e = policy.expectations;
    if ([e.sourceUri, e.sourceTag, e.sourceBranch, e.sourceVersionedTag, e.builderId, e.workflowInputs].some((v) => v !== void 0)) {
      toSlsaProvenance(statement, file);
    }
    return toSignatureFacts(statement, cert);
  }
  const prov = toSlsaProvenance(statement, file);
  if (cert) checkProvenanceAgainstCertificate(prov, cert, file);
  const builderId = checkBuilder(prov, cert, {
    expectedBuilderId: policy.expectations.builderId,
    trustedBuilders: policy.trustedBuilders,
    identityPinned: policy.identityPinned
  }, file);
  checkProvenanceExpectations(prov, policy.expectations, file);
  return { ...toProvenanceFacts(statement, cert, prov), builderId };
}
function toSignatureFacts(statement, cert) {
  if (!cert || !isSlsaPredicateType(statement.predicateType)) {
    return { predicateType: statement.predicateType, ...cert ? toCertificateFacts(cert) : {} };
  }
  try {
    const prov = toSlsaProvenance(statement);
    checkProvenanceAgainstCertificate(prov, cert);
    return toProvenanceFacts(statement, cert, prov);
  } catch {
    return { predicateType: statement.predicateType, ...toCertificateFacts(cert) };
  }
}

// src/artifacts/discover.ts
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var EVIDENCE_SUFFIXES = [".sigstore.json", ".sigstore", ".bundle", ".intoto.jsonl"];
var MAX_SHARED_FILES = 64;
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function findEvidenceBeside(artifactPath) {
  const found = [];
  for (const suffix of EVIDENCE_SUFFIXES) {
    if (await isFile(artifactPath + suffix)) found.push(artifactPath + suffix);
  }
  return found;
}
async function findDownloadedAttestations(dir, sha256Hex) {
  const path = join(dir, `sha256:${sha256Hex}.jsonl`);
  return await isFile(path) ? [path] : [];
}
async function findSharedProvenance(artifactPath) {
  const dir = dirname(artifactPath);
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const present = new Set(names);
  const own = basename(artifactPath);
  return names.filter((n) => n.endsWith(".intoto.jsonl") && n !== `${own}.intoto.jsonl`).filter((n) => !present.has(n.slice(0, -".intoto.jsonl".length))).sort().slice(0, MAX_SHARED_FILES).map((n) => join(dir, n));
}

// src/artifacts/evaluate-evidence.ts
function toStatus(code) {
  return code === "PROVENANCE_UNVERIFIABLE_OFFLINE" || code === "GITHUB_API_UNREACHABLE" ? "unverifiable" : "invalid";
}
function toOutcome(e, evidence, facts = {}) {
  if (!isGateError(e)) throw e;
  return { status: toStatus(e.code), reason: { code: e.code, message: e.message }, evidence, facts };
}
function toStatementPolicy(options) {
  const p = options.provenance ?? {};
  const c = options.certificate ?? {};
  const provenanceFlags = [p.sourceUri, p.sourceTag, p.sourceBranch, p.sourceVersionedTag, p.builderId, p.workflowInputs, p.predicateTypes].some((v) => v !== void 0);
  const sanPinned = options.identity?.subjectAlternativeName !== void 0 || options.identity?.sanRegex !== void 0;
  const ghPinned = [c.owner, c.repo, c.signerWorkflow, c.signerRepo].some((v) => v !== void 0);
  const signatureOnly = (sanPinned || options.keyPinned === true) && !provenanceFlags && !hasCertificateExpectations(c);
  return {
    mode: signatureOnly ? "signature" : "provenance",
    expectations: p,
    trustedBuilders: [...DEFAULT_TRUSTED_BUILDERS, ...options.trustedBuilders ?? []],
    identityPinned: sanPinned || ghPinned || options.keyPinned === true
  };
}
function evaluateLegacy(item, digests) {
  const payload = Buffer.from(String(item.json.payload), "base64");
  const statement = parseStatement(payload, item.source);
  checkSubject(statement, digests, item.source);
  throw new GateError(
    "PROVENANCE_UNVERIFIABLE_OFFLINE",
    "legacy slsa-github-generator envelope without transparency-log data: its Rekor entry must be fetched online to verify it",
    { file: item.source, fix: "regenerate provenance with slsa-github-generator v2.1+ (Sigstore bundles), or verify online with slsa-verifier" }
  );
}
async function evaluateEvidence(item, artifact, options, policy) {
  try {
    if (item.kind === "legacy-envelope") return evaluateLegacy(item, artifact.digests);
    const parsed = parseBundle(item.json, item.source);
    const input = parsed.content === "dsse" ? { digests: artifact.digests } : artifact.path !== void 0 ? { path: artifact.path } : { digests: artifact.digests };
    const verified = await verifyBundle(options.trust, parsed, input, options.identity);
    const cert = verified.certificate;
    let facts;
    if (verified.content === "dsse") {
      const statement = parseStatement(verified.payload ?? Buffer.alloc(0), item.source);
      checkSubject(statement, artifact.digests, item.source);
      facts = evaluateStatement(statement, cert, policy, item.source);
    } else {
      facts = checkMessageSignature(cert, policy, options, item.source);
    }
    checkCertificateExpectations(cert, options.certificate ?? {}, item.source);
    if (!cert && verified.keyId !== void 0) facts = { ...facts, signerIdentity: verified.keyId ? `key:${verified.keyId}` : "key" };
    const time = { logTime: verified.logTime, logIndex: verified.logIndex };
    return { status: "verified", evidence: item.source, facts: { ...facts, ...dropUndefined2(time) } };
  } catch (e) {
    return toOutcome(e, item.source);
  }
}
function checkMessageSignature(cert, policy, options, file) {
  const p = options.provenance ?? {};
  if ([p.sourceUri, p.sourceTag, p.sourceBranch, p.sourceVersionedTag, p.builderId, p.workflowInputs, p.predicateTypes].some((v) => v !== void 0)) {
    throw new GateError("PROVENANCE_PREDICATE_MISMATCH", "the bundle signs the artifact directly and carries no provenance statement to check the build flags against", { file });
  }
  if (!policy.identityPinned && !hasCertificateExpectations(options.certificate ?? {})) {
    throw new GateError("IDENTITY_MISMATCH", "a signature is only meaningful for an expected signer, and none was given", {
      file,
      fix: "pass --cert-identity / --cert-identity-regex with --cert-oidc-issuer, --repo / --owner, or --key"
    });
  }
  return cert ? toCertificateFacts(cert) : {};
}
function dropUndefined2(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// src/artifacts/evidence-file.ts
import { readFile, stat as stat2 } from "node:fs/promises";
var MAX_EVIDENCE_BYTES = 64 * 1024 * 1024;
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isLegacyEnvelope(doc) {
  return doc.mediaType === void 0 && typeof doc.payload === "string" && Array.isArray(doc.signatures);
}
function toEvidenceItem(doc, source) {
  if (!isRecord(doc)) throw new GateError("BUNDLE_MALFORMED", "evidence is not a JSON object", { file: source });
  return { source, kind: isLegacyEnvelope(doc) ? "legacy-envelope" : "bundle", json: doc };
}
function parseEvidenceText(text, file) {
  const trimmed = text.trim();
  if (trimmed === "") throw new GateError("BUNDLE_MALFORMED", "the evidence file is empty", { file });
  try {
    return [toEvidenceItem(JSON.parse(trimmed), file)];
  } catch (e) {
    if (e instanceof GateError) throw e;
  }
  const lines = text.split("\n");
  const items = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let doc;
    try {
      doc = JSON.parse(line);
    } catch (e) {
      throw new GateError("BUNDLE_MALFORMED", `invalid JSON: ${e.message}`, { file, line: i + 1, cause: e });
    }
    items.push(toEvidenceItem(doc, lines.length > 1 ? `${file}:${i + 1}` : file));
  });
  return items;
}
async function readEvidenceFile(path, display = path) {
  let text;
  try {
    const info = await stat2(path);
    if (!info.isFile()) throw new GateError("INPUT_UNREADABLE", "the evidence path is not a file", { file: display });
    if (info.size > MAX_EVIDENCE_BYTES) {
      throw new GateError("INPUT_UNREADABLE", `the evidence file is ${info.size} bytes, more than the ${MAX_EVIDENCE_BYTES} accepted`, { file: display });
    }
    text = await readFile(path, "utf8");
  } catch (e) {
    if (e instanceof GateError) throw e;
    const code = e.code === "ENOENT" ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE";
    throw new GateError(code, `cannot read evidence: ${e.message}`, { file: display, cause: e });
  }
  return parseEvidenceText(text, display);
}

// src/artifacts/github-api.ts
function nextLink(header) {
  if (!header) return void 0;
  for (const part of header.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return void 0;
}
async function fetchGithubAttestations(hex, options) {
  const base = (options.apiUrl ?? "https://api.github.com").replace(/\/+$/, "");
  const scope = options.repo ? `repos/${options.repo}` : options.owner ? `orgs/${options.owner}` : void 0;
  if (!scope) throw new GateError("USAGE", "--github-attestations needs --repo OWNER/REPO or --owner OWNER");
  const doFetch = options.fetch ?? fetch;
  const headers = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "provenance-gate" };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const label = `github:${options.repo ?? options.owner}`;
  let url = `${base}/${scope}/attestations/sha256:${hex}?per_page=${options.perPage ?? 100}`;
  const items = [];
  for (let page = 0; url !== void 0; page++) {
    if (page >= (options.maxPages ?? 50)) throw new GateError("GITHUB_API_BAD_RESPONSE", `more than ${options.maxPages ?? 50} pages of attestations`, { file: url });
    let res;
    try {
      res = await doFetch(url, { headers });
    } catch (e) {
      throw new GateError("GITHUB_API_UNREACHABLE", `cannot reach the GitHub API: ${e.message}`, { file: url, cause: e });
    }
    if (res.status === 404) return items;
    if (res.status === 401 || res.status === 403) {
      throw new GateError("GITHUB_API_UNAUTHORIZED", `the GitHub API refused the request (HTTP ${res.status})`, {
        file: url,
        fix: "set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository\u2019s attestations"
      });
    }
    if (!res.ok) throw new GateError("GITHUB_API_BAD_RESPONSE", `the GitHub API answered HTTP ${res.status}`, { file: url });
    let body;
    try {
      body = await res.json();
    } catch (e) {
      throw new GateError("GITHUB_API_BAD_RESPONSE", "the GitHub API answered with invalid JSON", { file: url, cause: e });
    }
    const list = body?.attestations;
    if (!Array.isArray(list)) throw new GateError("GITHUB_API_BAD_RESPONSE", "the GitHub API answer has no attestations list", { file: url });
    for (const a of list) {
      const bundle = a?.bundle;
      if (bundle !== void 0 && bundle !== null) items.push(toEvidenceItem(bundle, `${label}#${items.length + 1}`));
    }
    url = nextLink(res.headers.get("link"));
    if (url !== void 0 && new URL(url, base).origin !== new URL(base).origin) {
      throw new GateError("GITHUB_API_BAD_RESPONSE", `the next page points to another host (${url})`, { file: base });
    }
  }
  return items;
}

// src/artifacts/verify.ts
var INPUT_REASON_CODES = /* @__PURE__ */ new Set([
  "BUNDLE_MALFORMED",
  "BUNDLE_UNSUPPORTED",
  "INPUT_NOT_FOUND",
  "INPUT_UNREADABLE",
  "INPUT_OUTSIDE_WORKSPACE",
  "GITHUB_API_UNAUTHORIZED",
  "USAGE"
]);
function rank(o) {
  if (o.status === "verified") return 0;
  const code = o.reason?.code ?? "";
  if (code === "ARTIFACT_DIGEST_MISMATCH" || code === "PROVENANCE_SUBJECT_MISMATCH") return 4;
  if (o.status === "unverifiable") return 3;
  if (INPUT_REASON_CODES.has(code)) return 2;
  return 1;
}
async function verifyArtifacts(subjects, options) {
  const policy = toStatementPolicy(options);
  const limit = pLimit(options.concurrency ?? 4);
  const explicit = options.bundles?.length ? await readExplicit(options) : void 0;
  return Promise.all(subjects.map((s) => limit(() => verifyOne(s, options, policy, explicit))));
}
async function readExplicit(options) {
  const out = [];
  for (const b of options.bundles ?? []) {
    try {
      out.push(...await readEvidenceFile(resolve(options.cwd, b), b));
    } catch (e) {
      out.push(toOutcome(e, b));
    }
  }
  return out;
}
async function verifyOne(subject, options, policy, explicit) {
  const abs = subject.path === void 0 ? void 0 : isAbsolute(subject.path) ? subject.path : resolve(options.cwd, subject.path);
  const name = subject.display ?? subject.path ?? (subject.digest ? `${subject.digest.algorithm}:${subject.digest.hex}` : "?");
  let digests;
  try {
    digests = abs !== void 0 ? await digestFile(abs, ["sha256", "sha512"]) : subject.digest ? [subject.digest] : [];
    if (digests.length === 0) throw new GateError("USAGE", "an artifact needs a file or a digest");
  } catch (e) {
    if (!isGateError(e)) throw e;
    return { subject: name, digest: { algorithm: subject.digest?.algorithm === "sha512" ? "sha512" : "sha256", hex: subject.digest?.hex ?? "" }, status: "invalid", reason: { code: e.code, message: e.message }, facts: {} };
  }
  const shown = digests.find((d) => d.algorithm === (options.digestAlgorithm ?? "sha256")) ?? digests[0];
  const digest = { algorithm: shown.algorithm, hex: shown.hex };
  const outcomes = [];
  const evaluate = async (items) => {
    for (const it of items) {
      const o = "json" in it ? await evaluateEvidence(it, { path: abs, digests }, options, policy) : it;
      outcomes.push(o);
      if (o.status === "verified") return true;
    }
    return false;
  };
  let done = false;
  const sha256Hex = digests.find((d) => d.algorithm === "sha256")?.hex;
  if (explicit) {
    done = await evaluate(explicit);
  } else {
    const dir = abs !== void 0 ? dirname2(abs) : options.cwd;
    const files = [...abs !== void 0 ? await findEvidenceBeside(abs) : [], ...sha256Hex ? await findDownloadedAttestations(dir, sha256Hex) : []];
    done = await evaluate(await readAll(files, options.cwd));
    if (!done && outcomes.length === 0 && abs !== void 0) done = await evaluate(await readShared(abs, digests, options.cwd));
  }
  if (!done && options.github) {
    try {
      if (!sha256Hex) throw new GateError("USAGE", "the GitHub attestations API is searched by sha256 digest");
      done = await evaluate(await fetchGithubAttestations(sha256Hex, options.github));
    } catch (e) {
      outcomes.push(toOutcome(e, `github:${options.github.repo ?? options.github.owner ?? ""}`));
    }
  }
  if (outcomes.length === 0) {
    return {
      subject: name,
      digest,
      status: "missing",
      reason: { code: "BUNDLE_NOT_FOUND", message: `no bundle or provenance found for ${name} (looked for ${name}.sigstore.json, .sigstore, .bundle, .intoto.jsonl, sha256:<hex>.jsonl${options.github ? " and GitHub attestations" : ""})` },
      facts: {}
    };
  }
  const best = outcomes.reduce((a, b) => rank(b) < rank(a) ? b : a);
  return { subject: name, digest, status: best.status, reason: best.reason, evidence: toDisplay(best.evidence, options.cwd), facts: best.facts };
}
function toDisplay(p, cwd) {
  return isAbsolute(p) ? relative(cwd, p) || p : p;
}
async function readAll(files, cwd) {
  const out = [];
  for (const f of files) {
    try {
      out.push(...await readEvidenceFile(f, toDisplay(f, cwd)));
    } catch (e) {
      out.push(toOutcome(e, toDisplay(f, cwd)));
    }
  }
  return out;
}
async function readShared(abs, digests, cwd) {
  const items = [];
  for (const f of await findSharedProvenance(abs)) {
    let all;
    try {
      all = await readEvidenceFile(f, toDisplay(f, cwd));
    } catch {
      continue;
    }
    items.push(...all.filter((it) => mentions(it, digests)));
  }
  return items;
}
function mentions(item, digests) {
  try {
    const envelope = item.kind === "legacy-envelope" ? item.json : item.json.dsseEnvelope;
    if (typeof envelope?.payload !== "string") return false;
    return findSubject(parseStatement(Buffer.from(envelope.payload, "base64")), digests) !== void 0;
  } catch {
    return false;
  }
}

// src/artifacts/globs.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { glob, realpath, stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep } from "node:path";
function outside(pattern, why) {
  return new GateError("INPUT_OUTSIDE_WORKSPACE", `artifact pattern '${pattern}' ${why}`, {
    fix: "artifact patterns are relative to the workspace and stay inside it"
  });
}
function isInside(root, path) {
  const rel = relative2(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute2(rel);
}
async function resolveArtifactGlobs(patterns, cwd) {
  const root = await realpath(cwd);
  const out = /* @__PURE__ */ new Set();
  for (const raw of patterns.flatMap((p) => p.split("\n")).map((p) => p.trim()).filter((p) => p !== "" && !p.startsWith("#"))) {
    if (isAbsolute2(raw)) throw outside(raw, "is absolute");
    if (raw.split(/[\\/]/).includes("..")) throw outside(raw, "leaves the workspace ('..')");
    const matches = [];
    if (!import_picomatch.default.scan(raw).isGlob) {
      matches.push(raw);
    } else {
      for await (const m of glob(raw, { cwd })) if (!EVIDENCE_SUFFIXES.some((x) => m.endsWith(x))) matches.push(m);
    }
    if (matches.length === 0) throw new GateError("INPUT_NOT_FOUND", `artifact pattern '${raw}' matches no file`);
    for (const m of matches) {
      const abs = resolve2(cwd, m);
      let real;
      try {
        real = await realpath(abs);
      } catch (e) {
        throw new GateError("INPUT_NOT_FOUND", `artifact '${m}' does not exist`, { file: m, cause: e });
      }
      if (!isInside(root, real)) throw outside(raw, `matches '${m}', which resolves outside the workspace`);
      if ((await stat3(real)).isFile()) out.add(relative2(cwd, abs));
    }
  }
  return [...out].sort();
}

export {
  EVIDENCE_SUFFIXES,
  findEvidenceBeside,
  findDownloadedAttestations,
  findSharedProvenance,
  toStatementPolicy,
  evaluateEvidence,
  MAX_EVIDENCE_BYTES,
  isLegacyEnvelope,
  parseEvidenceText,
  readEvidenceFile,
  fetchGithubAttestations,
  INPUT_REASON_CODES,
  verifyArtifacts,
  resolveArtifactGlobs
};
