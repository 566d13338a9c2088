/**
 * Structural checks on trusted_root.json that @sigstore/verify does not make. A root
 * whose key or CA lacks `validFor.start` is malformed: treating the missing bound as
 * "valid since forever" would widen trust (sigstore-conformance
 * trust-root-tlog-missing-validity-start_fail; stock sigstore-js accepts it).
 */
import { GateError } from '../errors.js';

const MEDIA_TYPES = new Set([
  'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  'application/vnd.dev.sigstore.trustedroot.v0.1+json',
  'application/vnd.dev.sigstore.trustedroot.v0.2+json',
]);

type Json = Record<string, unknown>;

export function checkTrustedRootShape(json: unknown, file: string): void {
  const fail = (what: string): never => {
    throw new GateError('TRUST_ROOT_INVALID', `malformed trusted root: ${what}`, {
      file,
      fix: 'use an unmodified trusted_root.json (e.g. from `gh attestation trusted-root` or the Sigstore TUF repository)',
    });
  };
  if (!isObject(json)) return fail('not a JSON object');
  if (typeof json.mediaType !== 'string' || !MEDIA_TYPES.has(json.mediaType)) {
    return fail(`unknown mediaType ${JSON.stringify(json.mediaType)}`);
  }
  for (const field of ['tlogs', 'ctlogs'] as const) {
    const list = json[field] ?? [];
    if (!Array.isArray(list)) return fail(`${field} is not a list`);
    list.forEach((log, i) => {
      const key = isObject(log) ? log.publicKey : undefined;
      if (!isObject(key) || typeof key.rawBytes !== 'string') fail(`${field}[${i}] has no publicKey.rawBytes`);
      if (!hasStart((key as Json).validFor)) fail(`${field}[${i}].publicKey.validFor has no start`);
      const logId = isObject(log) ? log.logId : undefined;
      if (!isObject(logId) || typeof logId.keyId !== 'string') fail(`${field}[${i}] has no logId.keyId`);
    });
  }
  for (const field of ['certificateAuthorities', 'timestampAuthorities'] as const) {
    const list = json[field] ?? [];
    if (!Array.isArray(list)) return fail(`${field} is not a list`);
    list.forEach((ca, i) => {
      const chain = isObject(ca) && isObject(ca.certChain) ? ca.certChain.certificates : undefined;
      if (!Array.isArray(chain) || chain.length === 0) fail(`${field}[${i}] has no certificates`);
      if (!hasStart(isObject(ca) ? ca.validFor : undefined)) fail(`${field}[${i}].validFor has no start`);
    });
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasStart(validFor: unknown): boolean {
  return isObject(validFor) && typeof validFor.start === 'string' && !Number.isNaN(Date.parse(validFor.start));
}
