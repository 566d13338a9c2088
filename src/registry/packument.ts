/**
 * Registry JSON → trimmed, type-checked shapes. Responses are untrusted: a field of the
 * wrong type is dropped (and then reported as missing by the check that needs it),
 * a body that is not a packument at all is REGISTRY_BAD_RESPONSE.
 */
import { GateError } from '../errors.js';
import type { AttestationEntry, Packument, RegistryKey, RegistrySignature, VersionManifest } from './types.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function parseJson(body: Buffer | string, what: string): unknown {
  try {
    return JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch {
    throw new GateError('REGISTRY_BAD_RESPONSE', `${what}: the response is not valid JSON`);
  }
}

/** A full packument (`GET /<name>`) reduced to `Packument`. */
export function toPackument(json: unknown, expectedName: string): Packument {
  if (!isObject(json) || !isObject(json.versions)) {
    throw new GateError('REGISTRY_BAD_RESPONSE', `packument of ${expectedName}: no "versions" object`);
  }
  if (json.name !== undefined && json.name !== expectedName) {
    throw new GateError('REGISTRY_BAD_RESPONSE', `packument of ${expectedName}: the registry answered for "${String(json.name)}"`);
  }
  const versions: Record<string, VersionManifest> = {};
  for (const [v, m] of Object.entries(json.versions)) {
    if (isObject(m)) versions[v] = toVersionManifest(m, expectedName, v);
  }
  const time: Record<string, string> = {};
  if (isObject(json.time)) for (const [v, t] of Object.entries(json.time)) if (typeof t === 'string') time[v] = t;
  return { name: expectedName, versions, time };
}

function toVersionManifest(m: Json, name: string, version: string): VersionManifest {
  const dist = isObject(m.dist) ? m.dist : {};
  const signatures: RegistrySignature[] = [];
  if (Array.isArray(dist.signatures)) {
    for (const s of dist.signatures) {
      if (isObject(s) && typeof s.keyid === 'string' && typeof s.sig === 'string') signatures.push({ keyid: s.keyid, sig: s.sig });
    }
  }
  const att = isObject(dist.attestations) ? dist.attestations : undefined;
  const scripts = isObject(m.scripts) ? m.scripts : {};
  const repo = isObject(m.repository) ? str(m.repository.url) : str(m.repository);
  return {
    // The signed message uses the manifest's own name/version: keep them as served.
    name: str(m.name) ?? name,
    version: str(m.version) ?? version,
    integrity: str(dist.integrity),
    shasum: str(dist.shasum),
    signatures,
    attestationsUrl: att ? str(att.url) : undefined,
    provenancePredicateType: att && isObject(att.provenance) ? str(att.provenance.predicateType) : undefined,
    repository: repo,
    hasInstallScript:
      m.hasInstallScript === true || ['preinstall', 'install', 'postinstall'].some((k) => typeof scripts[k] === 'string'),
  };
}

/** `/-/npm/v1/keys` body → keys (malformed entries dropped). */
export function toRegistryKeys(json: unknown): RegistryKey[] {
  if (!isObject(json) || !Array.isArray(json.keys)) throw new GateError('REGISTRY_BAD_RESPONSE', 'registry keys: no "keys" array');
  const out: RegistryKey[] = [];
  for (const k of json.keys) {
    if (!isObject(k) || typeof k.keyid !== 'string' || typeof k.key !== 'string') continue;
    out.push({ keyid: k.keyid, key: k.key, expires: str(k.expires) ?? undefined });
  }
  return out;
}

/** `/-/npm/v1/attestations/<name>@<version>` body → entries (each bundle still untrusted). */
export function toAttestationEntries(json: unknown, what: string): AttestationEntry[] {
  if (!isObject(json) || !Array.isArray(json.attestations)) {
    throw new GateError('REGISTRY_BAD_RESPONSE', `${what}: no "attestations" array`);
  }
  return json.attestations.map((a, i) => {
    if (!isObject(a) || typeof a.predicateType !== 'string' || !isObject(a.bundle)) {
      throw new GateError('REGISTRY_BAD_RESPONSE', `${what}: attestation ${i} has no predicateType/bundle`);
    }
    return { predicateType: a.predicateType, bundle: a.bundle };
  });
}

/**
 * `Packument` → a minimal registry-shaped packument (what the evidence store records):
 * `toPackument(toRegistryPackument(p))` gives `p` back.
 */
export function toRegistryPackument(p: Packument): unknown {
  const versions: Record<string, unknown> = {};
  for (const [v, m] of Object.entries(p.versions)) {
    versions[v] = {
      name: m.name,
      version: m.version,
      ...(m.repository !== undefined ? { repository: m.repository } : {}),
      ...(m.hasInstallScript ? { hasInstallScript: true } : {}),
      dist: {
        integrity: m.integrity,
        shasum: m.shasum,
        signatures: m.signatures,
        ...(m.attestationsUrl
          ? { attestations: { url: m.attestationsUrl, provenance: { predicateType: m.provenancePredicateType } } }
          : {}),
      },
    };
  }
  return { name: p.name, time: p.time, versions };
}
