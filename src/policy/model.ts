/**
 * What policy evaluation works on internally: packages merged by name@version (the
 * inventory has one node per install path), and findings that still know their target
 * so exceptions can match by name + semver range or artifact path.
 */
import type { Finding, Package, PackageSource, PackageVerification, SourceLocation } from '../types.js';

/** Stable reason codes for findings the policy itself raises (verification codes pass through). */
export type PolicyCode =
  | 'POLICY_VIOLATION'
  | 'POLICY_PACKAGE_DENIED'
  | 'POLICY_LICENSE_NOT_ALLOWED'
  | 'POLICY_LICENSE_UNKNOWN'
  | 'POLICY_RELEASE_TOO_NEW'
  | 'POLICY_RELEASE_AGE_UNKNOWN'
  | 'POLICY_INSTALL_SCRIPT'
  | 'POLICY_SOURCE_NOT_ALLOWED'
  | 'POLICY_BUILDER_NOT_TRUSTED'
  | 'POLICY_CHECK_NOT_RUN'
  | 'POLICY_ARTIFACT_NOT_FOUND'
  | 'POLICY_EXCEPTION_EXPIRED'
  | 'POLICY_EXCEPTION_STALE'
  | 'PROVENANCE_MISSING'
  | 'PROVENANCE_REGRESSION'
  | 'PROVENANCE_SOURCE_MISMATCH'
  | 'REGISTRY_SIGNATURE_MISSING'
  | 'REGISTRY_INTEGRITY_MISSING';

/** One distinct name@version with what every install path of it says. */
export interface DependencySubject {
  /** `name@version`: the Finding subject. */
  key: string;
  name: string;
  version: string;
  /** True only when every install path is dev-only. */
  dev: boolean;
  direct: boolean;
  source?: PackageSource;
  license?: string;
  hasInstallScript: boolean;
  location?: SourceLocation;
  verification?: PackageVerification;
}

export type Target = { kind: 'package'; name: string; version: string } | { kind: 'artifact'; path: string };

/** A finding before exceptions are applied. */
export interface Draft extends Finding {
  target: Target;
}

/** The workspace's own code (workspaces, links): not published, so nothing to verify. */
export function isOwnCode(s: DependencySubject): boolean {
  return s.source === 'workspace' || s.source === 'link';
}

/** Groups inventory nodes and verification results by name@version. */
export function toDependencySubjects(packages: Package[], verifications: PackageVerification[]): DependencySubject[] {
  const byKey = new Map<string, DependencySubject>();
  const byId = new Map<string, DependencySubject>();
  for (const p of packages) {
    const key = `${p.name}@${p.version}`;
    const s = byKey.get(key);
    if (s) {
      s.dev &&= p.dev;
      s.direct ||= p.direct;
      s.hasInstallScript ||= p.hasInstallScript === true;
      s.license ??= p.license;
      byId.set(p.id, s);
      continue;
    }
    const created: DependencySubject = {
      key,
      name: p.name,
      version: p.version,
      dev: p.dev,
      direct: p.direct,
      source: p.source,
      hasInstallScript: p.hasInstallScript === true,
      location: p.location,
      ...(p.license === undefined ? {} : { license: p.license }),
    };
    byKey.set(key, created);
    byId.set(p.id, created);
  }
  for (const v of verifications) {
    const key = `${v.name}@${v.version}`;
    let s = byId.get(v.id) ?? byKey.get(key);
    if (!s) {
      s = { key, name: v.name, version: v.version, dev: false, direct: false, hasInstallScript: false };
      byKey.set(key, s);
    }
    // Two install paths of one name@version can disagree (e.g. a tampered lockfile entry):
    // keep the worst result so nothing is hidden behind a good copy.
    if (!s.verification || toRank(v) > toRank(s.verification)) s.verification = v;
    s.hasInstallScript ||= v.hasInstallScript === true;
  }
  return [...byKey.values()];
}

const RANK = { verified: 0, missing: 1, unverifiable: 2, invalid: 3 } as const;

function toRank(v: PackageVerification): number {
  return Math.max(RANK[v.signature.status], RANK[v.integrity.status], RANK[v.provenance.status]);
}
