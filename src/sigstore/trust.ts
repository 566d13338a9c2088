/**
 * Trust roots: the embedded public-good root (offline, from @sigstore/tuf's seeds),
 * custom trusted_root.json files (GitHub's instance, private deployments) and managed
 * keys. Built once by `loadTrust`; the @sigstore/verify Verifier is stateless, so one
 * per root (and per root × key) is created lazily and reused for every bundle.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toTrustMaterial, Verifier, type TrustMaterial, type VerifierOptions } from '@sigstore/verify';
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { GateError } from '../errors.js';
import type { TrustOptions } from './types.js';
import { memoizeCertificate } from './cert-cache.js';
import { checkTrustedRootShape } from './trust-root-shape.js';

/** The name `VerifiedBundle.trustRoot` carries for the embedded public-good root. */
export const PUBLIC_GOOD = 'public-good';

/** One trusted root, ready to verify with. */
export interface TrustRoot {
  name: string;
  root: TrustedRoot;
  material: TrustMaterial;
  /** Thresholds follow what the root offers: no tlogs (GitHub's instance) → timestamps only. */
  options: VerifierOptions;
  /** DER subjects of every CA certificate, to pick the root by the leaf's issuer. */
  caSubjects: Buffer[];
  verifier: Verifier;
}

/** Opaque trust built once by `loadTrust` and reused for every bundle (share it freely). */
export interface Trust {
  readonly roots: readonly TrustRoot[];
  readonly keys: readonly KeyObject[];
  /** Lazily built verifiers for key-signed bundles, per `${root}/${key}`. */
  readonly keyVerifiers: Map<string, Verifier>;
}

let publicGoodJson: unknown;
/** The public-good trusted_root.json embedded in @sigstore/tuf's seeds (no network). */
export function readPublicGoodRoot(): unknown {
  if (publicGoodJson === undefined) {
    const repo = (seeds as Record<string, { targets: Record<string, string> }>)['https://tuf-repo-cdn.sigstore.dev'];
    const b64 = repo?.targets['trusted_root.json'];
    if (!b64) throw new GateError('TRUST_ROOT_INVALID', '@sigstore/tuf seeds hold no public-good trusted_root.json');
    publicGoodJson = JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));
  }
  return publicGoodJson;
}

/** Builds trust. Bad root or key files → GateError TRUST_ROOT_INVALID / INPUT_NOT_FOUND (exit 2). */
export function loadTrust(options: TrustOptions = {}): Trust {
  const docs: Array<{ name: string; json: unknown }> = [];
  for (const path of options.trustedRoots ?? []) docs.push({ name: path, json: readJsonFile(path) });
  (options.trustedRootDocuments ?? []).forEach((json, i) => docs.push({ name: `trusted-root[${i}]`, json }));
  if (options.staging && docs.length === 0) {
    throw new GateError('TRUST_ROOT_INVALID', 'no staging trusted root is embedded', {
      fix: 'pass the staging trusted_root.json with --trusted-root',
    });
  }
  if (docs.length === 0 || options.includePublicGood) docs.push({ name: PUBLIC_GOOD, json: readPublicGoodRoot() });
  const keys = [...(options.keys ?? []).map((p) => readKey(readText(p), p)), ...(options.keyPems ?? []).map((k) => readKey(k))];
  return { roots: docs.map((d) => toTrustRoot(d.name, d.json)), keys, keyVerifiers: new Map() };
}

export function toTrustRoot(name: string, json: unknown): TrustRoot {
  checkTrustedRootShape(json, name);
  let root: TrustedRoot;
  let material: TrustMaterial;
  try {
    root = TrustedRoot.fromJSON(json);
    material = toTrustMaterial(root);
  } catch (e) {
    throw new GateError('TRUST_ROOT_INVALID', `not a usable trusted root: ${(e as Error).message}`, { file: name, cause: e });
  }
  for (const ca of [...material.certificateAuthorities, ...material.timestampAuthorities]) {
    for (const cert of ca.certChain) memoizeCertificate(cert, undefined, true);
  }
  const options: VerifierOptions = {
    tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
    ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
    timestampThreshold: 1,
  };
  const caSubjects = material.certificateAuthorities.flatMap((ca) => ca.certChain.map((c) => c.subject));
  return { name, root, material, options, caSubjects, verifier: new Verifier(material, options) };
}

/** A verifier for key-signed bundles under `root` with exactly `key` trusted (cosign --key semantics). */
export function toKeyVerifier(trust: Trust, rootIndex: number, keyIndex: number): Verifier {
  const id = `${rootIndex}/${keyIndex}`;
  let v = trust.keyVerifiers.get(id);
  if (!v) {
    const root = trust.roots[rootIndex]!;
    const key = trust.keys[keyIndex]!;
    const material = toTrustMaterial(root.root, () => ({ publicKey: key, validFor: () => true }));
    v = new Verifier(material, root.options);
    trust.keyVerifiers.set(id, v);
  }
  return v;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
    throw new GateError(code, `cannot read: ${(e as Error).message}`, { file: path, cause: e });
  }
}

function readJsonFile(path: string): unknown {
  const text = readText(path);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GateError('TRUST_ROOT_INVALID', `trusted root is not JSON: ${(e as Error).message}`, { file: path });
  }
}

function readKey(pem: string, file?: string): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (e) {
    throw new GateError('TRUST_ROOT_INVALID', `not a PEM public key: ${(e as Error).message}`, { file, cause: e });
  }
}
