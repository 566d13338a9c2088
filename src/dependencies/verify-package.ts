/**
 * The five checks for one registry package version, in order: registry signature,
 * integrity agreement, provenance, source consistency, provenance regression. A
 * registry failure (unreachable, bad answer, no offline evidence) makes the checks it
 * blocks `unverifiable` with that reason — never `verified`, never skipped.
 */
import { isGateError } from '../errors.js';
import type { RegistryClient } from '../registry/client.js';
import type { AttestationEntry, Packument, RegistryKey, VersionManifest } from '../registry/types.js';
import { isNpmHost, readAttestationKeys } from './attestation-keys.js';
import type { CheckResult, Package, PackageVerification, ProvenanceCheck } from '../types.js';
import type { AttestationVerifier } from './attestations.js';
import { checkIntegrity, toSha512Hex } from './integrity.js';
import { verifyPackageProvenance, type ProvenanceSubject } from './provenance.js';
import { fail } from './reasons.js';
import { compareProvenance, findPreviousAttested, toMissingRegression } from './regression.js';
import { verifyRegistrySignature } from './signature.js';
import { checkSourceConsistency } from './source.js';

/** The per-package result without the inventory-specific `id`. */
export type VersionVerification = Omit<PackageVerification, 'id'>;

export interface PackageContext {
  client: RegistryClient;
  verifyAttestation: AttestationVerifier;
  /** Called when a version advertises attestations, before they are fetched (boots the verifier). */
  prepareAttestations?: () => void;
  /** The whole provenance check of one package at once (the worker pool); default: via `verifyAttestation`. */
  verifyProvenance?: (entries: AttestationEntry[], subject: ProvenanceSubject, registryKeys?: RegistryKey[]) => Promise<ProvenanceCheck>;
  /** Provenance per `registry name@version+integrity` this run: the regression check reuses it. */
  provenanceMemo?: Map<string, Promise<ProvenanceCheck>>;
}

export async function verifyRegistryPackage(pkg: Package, ctx: PackageContext): Promise<VersionVerification> {
  const base = { name: pkg.name, version: pkg.version, purl: pkg.purl };
  const notComparable: string[] = [];
  const registry = ctx.client.readMetadataRegistry(pkg.name, pkg.registry);
  let packument: Packument | undefined;
  try {
    packument = await ctx.client.readPackument(pkg.name, registry);
  } catch (e) {
    return allUnverifiable(base, toUnverifiable(e));
  }
  const manifest = packument?.versions[pkg.version];
  if (!packument || !manifest) {
    const r = fail('invalid', 'REGISTRY_VERSION_NOT_FOUND', `the registry has no ${pkg.name}@${pkg.version}${packument ? '' : ' (no such package)'}`);
    return { ...base, signature: r, integrity: r, provenance: { ...r }, sourceConsistency: r };
  }
  const publishedAt = packument.time[pkg.version];
  let signature: CheckResult;
  try {
    const keys = await ctx.client.readKeys(registry);
    // The signature must cover the name@version the lockfile installs, not whatever the
    // (untrusted) manifest calls itself: a replayed signature of another package fails.
    const signed = { ...manifest, name: pkg.name, version: pkg.version };
    signature = verifyRegistrySignature(signed, keys, publishedAt, isNpmHost(registry));
  } catch (e) {
    signature = toUnverifiable(e);
  }
  const integrity = checkIntegrity(pkg.integrity, manifest);
  if (integrity.reason?.code === 'PACKAGE_NO_INTEGRITY') notComparable.push('integrity');
  const provenance = await readProvenance(pkg, manifest, registry, ctx);
  const result: VersionVerification = {
    ...base,
    signature,
    integrity,
    provenance,
    sourceConsistency: checkSourceConsistency(provenance, manifest.repository),
    publishedAt,
    hasInstallScript: manifest.hasInstallScript || pkg.hasInstallScript === true,
  };
  const regression = await readRegression(pkg, packument, provenance, registry, ctx, notComparable);
  if (regression) result.regression = regression;
  if (notComparable.length > 0) result.notComparable = notComparable;
  return result;
}

function readProvenance(pkg: Package, m: VersionManifest, registry: string, ctx: PackageContext): Promise<ProvenanceCheck> {
  const key = `${registry} ${pkg.name}@${pkg.version}+${pkg.integrity ?? ''}`;
  let p = ctx.provenanceMemo?.get(key);
  if (!p) {
    p = verifyProvenance(pkg, m, registry, ctx);
    ctx.provenanceMemo?.set(key, p);
  }
  return p;
}

async function verifyProvenance(pkg: Package, m: VersionManifest, registry: string, ctx: PackageContext): Promise<ProvenanceCheck> {
  if (!m.attestationsUrl) return fail('missing', 'PROVENANCE_MISSING', `${pkg.name}@${pkg.version} was published without provenance`);
  const sha512Hex = toSha512Hex(pkg.integrity, m);
  if (!sha512Hex) return fail('unverifiable', 'PACKAGE_NO_INTEGRITY', 'no sha512 integrity to bind the provenance to');
  ctx.prepareAttestations?.();
  try {
    const entries = await ctx.client.readAttestations(pkg.name, pkg.version, registry);
    if (!entries) {
      return fail('unverifiable', 'REGISTRY_BAD_RESPONSE', 'the manifest advertises attestations but the registry serves none (404)');
    }
    const keys = await readAttestationKeys(registry, ctx.client);
    const subject = { name: pkg.name, version: pkg.version, sha512Hex };
    const registryKeys = keys === 'none' ? undefined : keys;
    const check = ctx.verifyProvenance
      ? await ctx.verifyProvenance(entries, subject, registryKeys)
      : await verifyPackageProvenance(entries, subject, (b, w) => ctx.verifyAttestation(b, w, registryKeys));
    // Like an unknown signature key against the embedded fallback: a private registry that
    // serves no keys leaves its own publish attestations uncheckable, not proven forged.
    if (keys === 'none' && check.status === 'invalid' && check.reason?.code === 'REGISTRY_KEY_UNKNOWN') {
      return fail('unverifiable', 'REGISTRY_KEY_UNKNOWN', `${check.reason.message}; the registry serves no keys (/-/npm/v1/keys) to check it with`);
    }
    return check;
  } catch (e) {
    return toUnverifiable(e);
  }
}

async function readRegression(
  pkg: Package,
  packument: Packument,
  current: ProvenanceCheck,
  registry: string,
  ctx: PackageContext,
  notComparable: string[],
): Promise<PackageVerification['regression']> {
  const previous = findPreviousAttested(packument, pkg.version);
  if (!previous) return undefined;
  if (current.status === 'missing') return toMissingRegression(previous);
  if (current.status !== 'verified') return undefined; // invalid/unverifiable already fail louder
  const m = packument.versions[previous]!;
  const before = await readProvenance({ ...pkg, version: previous, integrity: m.integrity }, m, registry, ctx);
  if (before.status !== 'verified') {
    notComparable.push(`regression (provenance of ${previous}: ${before.reason?.code ?? before.status})`);
    return undefined;
  }
  return compareProvenance(current, before, previous);
}

function toUnverifiable(e: unknown): CheckResult {
  if (!isGateError(e)) throw e; // a bug is never a verdict
  return { status: 'unverifiable', reason: { code: e.code, message: e.message } };
}

function allUnverifiable(base: Pick<PackageVerification, 'name' | 'version' | 'purl'>, r: CheckResult): VersionVerification {
  return { ...base, signature: r, integrity: r, provenance: { ...r }, sourceConsistency: r };
}
