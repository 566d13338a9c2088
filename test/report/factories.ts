/**
 * Test factories for report inputs: each builds a valid value and takes overrides for the
 * one field a test is about (`aFinding({ severity: 'warn' })`). `aRunResult` assembles a
 * consistent run: packages in an inventory with lockfile lines, verifications and a verdict.
 */
import type {
  ArtifactVerification,
  Finding,
  Inventory,
  Package,
  PackageVerification,
  RunResult,
  StatusCounts,
  Verdict,
} from '../../src/types.js';

export const CWD = '/work/repo';
export const LOCKFILE = `${CWD}/package-lock.json`;
export const POLICY = `${CWD}/provenance-gate.yml`;
export const NOW = new Date('2026-11-26T08:00:00Z');

export function aPackage(overrides: Partial<Package> = {}): Package {
  const name = overrides.name ?? 'left-pad';
  const version = overrides.version ?? '1.3.0';
  return {
    id: `${name}@${version}`,
    ecosystem: 'npm',
    name,
    version,
    purl: `pkg:npm/${name.replace('@', '%40')}@${version}`,
    integrity: 'sha512-AAAA',
    resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').at(-1)}-${version}.tgz`,
    source: 'registry',
    registry: 'https://registry.npmjs.org',
    paths: [`node_modules/${name}`],
    dev: false,
    optional: false,
    bundled: false,
    direct: true,
    dependencies: [],
    license: 'MIT',
    location: { file: LOCKFILE, line: 10 },
    ...overrides,
  };
}

export function aVerification(overrides: Partial<PackageVerification> = {}): PackageVerification {
  const name = overrides.name ?? 'left-pad';
  const version = overrides.version ?? '1.3.0';
  return {
    id: `${name}@${version}`,
    name,
    version,
    purl: `pkg:npm/${name.replace('@', '%40')}@${version}`,
    signature: { status: 'verified' },
    integrity: { status: 'verified' },
    provenance: {
      status: 'verified',
      sourceRepo: `https://github.com/example/${name.split('/').at(-1)}`,
      sourceCommit: 'f00dfacecafebeef0123456789abcdef01234567',
      sourceRef: 'refs/tags/v' + version,
      builderId: 'https://github.com/actions/runner/github-hosted',
      workflow: `example/${name.split('/').at(-1)}/.github/workflows/release.yml`,
      predicateType: 'https://slsa.dev/provenance/v1',
      signerIdentity: `https://github.com/example/${name.split('/').at(-1)}/.github/workflows/release.yml@refs/tags/v${version}`,
      issuer: 'https://token.actions.githubusercontent.com',
      logIndex: '123456',
      logTime: '2026-01-02T03:04:05Z',
    },
    publishedAt: '2026-01-02T03:04:05Z',
    ...overrides,
  };
}

export function aFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'provenance',
    subject: 'left-pad@1.3.0',
    severity: 'fail',
    message: 'no provenance attestation was published for this version',
    code: 'PROVENANCE_MISSING',
    fix: 'ask the publisher to publish with --provenance, or add an exception',
    ...overrides,
  };
}

export function anArtifact(overrides: Partial<ArtifactVerification> = {}): ArtifactVerification {
  return {
    subject: 'dist/app-1.0.0.tgz',
    digest: { algorithm: 'sha256', hex: 'ab'.repeat(32) },
    status: 'verified',
    evidence: 'dist/app-1.0.0.tgz.sigstore.json',
    facts: {
      signerIdentity: 'https://github.com/myorg/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      issuer: 'https://token.actions.githubusercontent.com',
      sourceRepo: 'https://github.com/myorg/app',
      sourceCommit: '0123456789abcdef0123456789abcdef01234567',
      sourceRef: 'refs/tags/v1.0.0',
      builderId: 'https://github.com/actions/runner/github-hosted',
      predicateType: 'https://slsa.dev/provenance/v1',
    },
    ...overrides,
  };
}

export function anInventory(packages: Package[], overrides: Partial<Inventory> = {}): Inventory {
  return {
    lockfile: LOCKFILE,
    format: 'npm',
    lockfileVersion: '3',
    root: { id: 'root', name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0', dependencies: packages.map((p) => p.id) },
    packages,
    ...overrides,
  };
}

/** Counts consistent with the verifications (excepted from the findings). */
export function toCounts(packages: PackageVerification[], artifacts: ArtifactVerification[], findings: Finding[]): StatusCounts {
  const counts: StatusCounts = { verified: 0, missing: 0, invalid: 0, unverifiable: 0, excepted: 0 };
  const excepted = new Set(findings.filter((f) => f.exception).map((f) => f.subject));
  for (const p of packages) {
    if (excepted.has(`${p.name}@${p.version}`)) counts.excepted++;
    else {
      const worst = [p.signature.status, p.provenance.status].find((s) => s !== 'verified') ?? 'verified';
      counts[worst]++;
    }
  }
  for (const a of artifacts) counts[excepted.has(a.subject) ? 'excepted' : a.status]++;
  return counts;
}

export interface RunResultSpec {
  packages?: { pkg: Partial<Package>; verification?: Partial<PackageVerification> }[];
  artifacts?: ArtifactVerification[];
  findings?: Finding[];
  mode?: Verdict['mode'];
  result?: Verdict['result'];
  policyFile?: string | null;
}

export function aRunResult(spec: RunResultSpec = {}): RunResult {
  const entries = spec.packages ?? [{ pkg: {} }];
  const pkgs = entries.map((e, i) => aPackage({ location: { file: LOCKFILE, line: 10 + i * 12 }, ...e.pkg }));
  const verifications = entries.map((e, i) => aVerification({ name: pkgs[i]!.name, version: pkgs[i]!.version, ...e.verification }));
  const artifacts = spec.artifacts ?? [];
  const findings = spec.findings ?? [];
  const failing = findings.some((f) => f.severity === 'fail' && !f.exception);
  const mode = spec.mode ?? 'enforce';
  return {
    inventories: [anInventory(pkgs)],
    packages: verifications,
    artifacts,
    verdict: {
      result: spec.result ?? (failing && mode === 'enforce' ? 'fail' : 'pass'),
      mode,
      counts: toCounts(verifications, artifacts, findings),
      findings,
    },
    files: {},
    policyFile: spec.policyFile === null ? undefined : (spec.policyFile ?? POLICY),
  };
}

/** A realistic failing run: one missing provenance, one invalid signature, a warning, a waiver, an artifact. */
export function aFailingRun(): RunResult {
  return aRunResult({
    packages: [
      { pkg: { name: 'left-pad', version: '1.3.0' }, verification: { provenance: { status: 'missing', reason: { code: 'PROVENANCE_MISSING', message: 'no attestation published' } } } },
      { pkg: { name: '@scope/evil', version: '2.0.1' }, verification: { signature: { status: 'invalid', reason: { code: 'REGISTRY_SIGNATURE_INVALID', message: 'signature does not match' } } } },
      { pkg: { name: 'chalk', version: '5.3.0' } },
      { pkg: { name: 'debug', version: '4.3.4' }, verification: { provenance: { status: 'missing', reason: { code: 'PROVENANCE_MISSING', message: 'no attestation published' } } } },
    ],
    artifacts: [anArtifact()],
    findings: [
      aFinding(),
      aFinding({ ruleId: 'registry-signatures', subject: '@scope/evil@2.0.1', message: 'registry signature does not verify with key SHA256:jl3b… | tampered?', code: 'REGISTRY_SIGNATURE_INVALID', fix: 'reinstall from the public registry and review the lockfile diff' }),
      aFinding({ ruleId: 'source-mismatch', subject: 'chalk@5.3.0', severity: 'warn', message: 'provenance names github.com/other/chalk, manifest says github.com/chalk/chalk', code: 'PROVENANCE_SOURCE_MISMATCH', fix: undefined }),
      aFinding({ subject: 'debug@4.3.4', exception: { reason: 'publisher has no provenance yet; SEC-123', expires: '2027-03-31', owner: 'platform-security', location: { file: POLICY, line: 31 } } }),
      aFinding({ ruleId: 'exception-expired', subject: 'ms@2.1.3', message: 'exception expired on 2026-10-01', code: 'POLICY_EXCEPTION_EXPIRED', fix: 'renew it with a reason and a new date, or remove it', location: { file: POLICY, line: 40, column: 5 } }),
    ],
  });
}
