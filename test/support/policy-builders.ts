/**
 * Small builders for policy tests: a valid, fully verified object by default, with the
 * one field a test cares about overridden.
 */
import { expect } from 'vitest';
import { parsePolicy } from '../../src/config/index.js';
import type { Policy } from '../../src/config/index.js';
import { isGateError } from '../../src/errors.js';
import { evaluatePolicy } from '../../src/policy/index.js';
import type { ArtifactVerification, Finding, Package, PackageVerification } from '../../src/types.js';

export const NOW = new Date('2026-06-15T12:00:00Z');
export const POLICY_FILE = 'provenance-gate.yml';

export function aPackage(o: Partial<Package> = {}): Package {
  const name = o.name ?? 'left-pad';
  const version = o.version ?? '1.3.0';
  return {
    id: `node_modules/${name}`,
    ecosystem: 'npm',
    name,
    version,
    purl: `pkg:npm/${name.replace('@', '%40')}@${version}`,
    integrity: 'sha512-AAAA',
    resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop() ?? name}-${version}.tgz`,
    source: 'registry',
    registry: 'https://registry.npmjs.org/',
    paths: [`node_modules/${name}`],
    dev: false,
    optional: false,
    bundled: false,
    direct: true,
    dependencies: [],
    license: 'MIT',
    location: { file: 'package-lock.json', line: 12, column: 5 },
    ...o,
  };
}

export function aVerification(o: Partial<PackageVerification> = {}): PackageVerification {
  const name = o.name ?? 'left-pad';
  const version = o.version ?? '1.3.0';
  return {
    id: `node_modules/${name}`,
    name,
    version,
    purl: `pkg:npm/${name.replace('@', '%40')}@${version}`,
    signature: { status: 'verified' },
    integrity: { status: 'verified' },
    provenance: {
      status: 'verified',
      sourceRepo: 'https://github.com/stevemao/left-pad',
      sourceRef: 'refs/tags/v1.3.0',
      sourceCommit: 'a'.repeat(40),
      workflow: 'stevemao/left-pad/.github/workflows/release.yml',
      builderId: 'https://github.com/actions/runner/github-hosted',
      predicateType: 'https://slsa.dev/provenance/v1',
    },
    sourceConsistency: { status: 'verified' },
    publishedAt: '2026-01-01T00:00:00Z',
    hasInstallScript: false,
    ...o,
  };
}

export function anArtifact(o: Partial<ArtifactVerification> = {}): ArtifactVerification {
  return {
    subject: 'dist/app-1.0.0.tgz',
    digest: { algorithm: 'sha256', hex: 'b'.repeat(64) },
    status: 'verified',
    evidence: 'dist/app-1.0.0.tgz.sigstore.json',
    facts: {
      signerIdentity: 'https://github.com/myorg/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepo: 'https://github.com/myorg/app',
      sourceRef: 'refs/tags/v1.0.0',
      sourceCommit: 'c'.repeat(40),
      workflow: 'myorg/app/.github/workflows/release.yml',
      runnerEnvironment: 'github-hosted',
      builderId: 'https://github.com/actions/runner/github-hosted',
      predicateType: 'https://slsa.dev/provenance/v1',
    },
    ...o,
  };
}

export function aPolicy(yaml = ''): Policy {
  return parsePolicy(yaml, POLICY_FILE);
}

export interface Facts {
  packages?: PackageVerification[];
  inventory?: Package[];
  artifacts?: ArtifactVerification[];
}

/** Evaluates a policy (YAML text) against facts; defaults to one fully verified left-pad. */
export function findingsFor(yaml: string, facts: Facts = {}, now: Date = NOW): Finding[] {
  return evaluatePolicy(
    { packages: facts.packages ?? [aVerification()], inventory: facts.inventory ?? [aPackage()], artifacts: facts.artifacts ?? [] },
    aPolicy(yaml),
    now,
  );
}

/** `ruleId:severity` pairs, sorted, for compact table assertions. */
export function toRuleSeverities(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}:${f.severity}${f.exception ? ':excepted' : ''}`).sort();
}

/** Asserts `fn` throws a GateError with `code` and returns it for further checks. */
export function expectGateError(fn: () => unknown, code: string): { code: string; message: string; line?: number } {
  try {
    fn();
  } catch (e) {
    expect(isGateError(e)).toBe(true);
    expect((e as { code: string }).code).toBe(code);
    return e as { code: string; message: string; line?: number };
  }
  throw new Error(`expected a GateError ${code}, but nothing was thrown`);
}
