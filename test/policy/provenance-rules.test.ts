import { describe, expect, it } from 'vitest';
import type { PackageVerification } from '../../src/types.js';
import { aPackage, aVerification, findingsFor, toRuleSeverities } from '../support/policy-builders.js';

const base = aVerification();
const withProv = (o: Partial<PackageVerification['provenance']>): Partial<PackageVerification> => ({ provenance: { ...base.provenance, ...o } });
const regression = { regression: { kind: 'missing' as const, previousVersion: '1.2.0', message: 'left-pad@1.3.0 has no provenance; 1.2.0 had it' }, provenance: { status: 'missing' as const } };
const mismatch = { sourceConsistency: { status: 'invalid' as const, reason: { code: 'PROVENANCE_SOURCE_MISMATCH', message: 'manifest says github.com/other/left-pad' } } };

type Row = [name: string, policy: string, verification: Partial<PackageVerification>, expected: string[]];

describe('evaluatePolicy: provenance facts', () => {
  it.each<Row>([
    ['regression, default fail', '', regression, ['provenance-regression:fail', 'provenance:warn']],
    ['regression, warn', 'dependencies: { provenance-regression: warn }', regression, ['provenance-regression:warn', 'provenance:warn']],
    ['regression, off', 'dependencies: { provenance-regression: off, provenance: off }', regression, []],
    ['source changed while provenance verifies', '', { regression: { kind: 'source-changed', previousVersion: '1.2.0', message: 'source moved' } }, ['provenance-regression:fail']],
    ['source mismatch, default warn', '', mismatch, ['source-mismatch:warn']],
    ['source mismatch, fail', 'dependencies: { source-mismatch: fail }', mismatch, ['source-mismatch:fail']],
    ['source mismatch, off', 'dependencies: { source-mismatch: off }', mismatch, []],
    ['trusted builder matches', 'dependencies: { trusted-builders: ["https://github.com/actions/runner/github-hosted"] }', {}, []],
    ['trusted builder glob matches', 'dependencies: { trusted-builders: ["https://github.com/actions/runner/*"] }', {}, []],
    ['builder not trusted', 'dependencies: { trusted-builders: ["https://cloudbuild.googleapis.com/GoogleHostedWorker"] }', {}, ['trusted-builders:fail']],
    [
      'versionless pattern accepts any version of the builder',
      'dependencies: { trusted-builders: ["https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml"] }',
      withProv({ builderId: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml@refs/tags/v2.0.0' }),
      [],
    ],
    [
      'versioned pattern rejects another version',
      'dependencies: { trusted-builders: ["https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml@refs/tags/v1.*"] }',
      withProv({ builderId: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/builder_nodejs_slsa3.yml@refs/tags/v2.0.0' }),
      ['trusted-builders:fail'],
    ],
    ['provenance without builder id', 'dependencies: { trusted-builders: ["x"] }', withProv({ builderId: undefined }), ['trusted-builders:fail']],
    ['trusted builders are not asked of packages without provenance', 'dependencies: { trusted-builders: ["x"] }', { provenance: { status: 'missing' } }, ['provenance:warn']],
  ])('%s', (_name, policy, v, expected) => {
    expect(toRuleSeverities(findingsFor(policy, { packages: [aVerification(v)] }))).toEqual(expected);
  });
});

describe('evaluatePolicy: sources', () => {
  const org = (o: Partial<PackageVerification> = {}) => aVerification({ name: '@myorg/ui', version: '2.0.0', id: 'ui', ...o });
  const orgPkg = aPackage({ name: '@myorg/ui', version: '2.0.0', id: 'ui' });
  const sources = (extra = '') => `dependencies:\n  sources:\n    - package: "@myorg/*"\n      repositories: ["github.com/myorg/*"]\n${extra}`;
  const prov = (repo: string, workflow = 'myorg/ui/.github/workflows/release.yml') =>
    ({ provenance: { ...base.provenance, sourceRepo: repo, workflow } }) as Partial<PackageVerification>;

  it.each<Row>([
    ['from an allowed repository (https form)', sources(), prov('https://github.com/myorg/ui'), []],
    ['from an allowed repository (git+ form, other case)', sources(), prov('git+https://github.com/MyOrg/UI.git'), []],
    ['from another repository', sources(), prov('https://github.com/evil/ui'), ['sources:fail']],
    ['from a look-alike owner', sources(), prov('https://github.com/myorg-evil/ui'), ['sources:fail']],
    ['without provenance', sources(), { provenance: { status: 'missing' } }, ['provenance:warn', 'sources:fail']],
    ['from the allowed workflow', sources('      workflows: ["myorg/*/.github/workflows/release.yml"]\n'), prov('https://github.com/myorg/ui'), []],
    [
      'from the allowed workflow written as a SLSA path with a ref',
      sources('      workflows: ["myorg/*/.github/workflows/release.yml"]\n'),
      prov('https://github.com/myorg/ui', '.github/workflows/release.yml@refs/heads/main'),
      [],
    ],
    ['from another workflow', sources('      workflows: ["myorg/*/.github/workflows/release.yml"]\n'), prov('https://github.com/myorg/ui', 'myorg/ui/.github/workflows/ci.yml'), ['sources:fail']],
  ])('%s', (_name, policy, v, expected) => {
    expect(toRuleSeverities(findingsFor(policy, { packages: [org(v)], inventory: [orgPkg] }))).toEqual(expected);
  });

  it('does not apply to packages outside the pattern', () => {
    expect(findingsFor(sources(), { packages: [aVerification({ provenance: { status: 'missing' } })] }).map((f) => f.ruleId)).toEqual(['provenance']);
  });

  it('says what was expected and what was found', () => {
    const [f] = findingsFor(sources(), { packages: [org(prov('https://github.com/evil/ui'))], inventory: [orgPkg] });
    expect(f?.code).toBe('POLICY_SOURCE_NOT_ALLOWED');
    expect(f?.message).toContain('github.com/myorg/*');
    expect(f?.message).toContain('https://github.com/evil/ui');
  });
});
