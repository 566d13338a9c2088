import { describe, expect, it } from 'vitest';
import type { Package, PackageVerification } from '../../src/types.js';
import { aPackage, aVerification, findingsFor, toRuleSeverities } from '../support/policy-builders.js';

const reason = (code: string) => ({ code, message: `${code} happened` });
const sigInvalid = { signature: { status: 'invalid' as const, reason: reason('REGISTRY_SIGNATURE_INVALID') } };
const sigMissing = { signature: { status: 'missing' as const } };
const sigUnverifiable = { signature: { status: 'unverifiable' as const, reason: reason('REGISTRY_UNREACHABLE') } };
const provMissing = { provenance: { status: 'missing' as const } };
const provInvalid = { provenance: { status: 'invalid' as const, reason: reason('BUNDLE_SIGNATURE_INVALID') } };

type Row = [name: string, policy: string, verification: Partial<PackageVerification>, pkg: Partial<Package>, expected: string[]];

describe('evaluatePolicy: registry signatures, integrity, provenance', () => {
  it.each<Row>([
    ['everything verified, default policy', '', {}, {}, []],
    ['invalid signature, default', '', sigInvalid, {}, ['registry-signatures:fail']],
    ['invalid signature fails even under warn', 'dependencies: { registry-signatures: warn }', sigInvalid, {}, ['registry-signatures:fail']],
    ['invalid signature, level off', 'dependencies: { registry-signatures: off }', sigInvalid, {}, []],
    ['missing signature, default require', '', sigMissing, {}, ['registry-signatures:fail']],
    ['missing signature, warn', 'dependencies: { registry-signatures: warn }', sigMissing, {}, ['registry-signatures:warn']],
    ['unverifiable signature, default', '', sigUnverifiable, {}, ['registry-signatures:warn']],
    ['unverifiable signature, unverifiable: fail', 'dependencies: { unverifiable: fail }', sigUnverifiable, {}, ['registry-signatures:fail']],
    ['unverifiable signature, unverifiable: info', 'dependencies: { unverifiable: info }', sigUnverifiable, {}, ['registry-signatures:info']],
    [
      'bundled dependency: covered by its parent, shown as info',
      'dependencies: { unverifiable: fail }',
      { signature: { status: 'unverifiable', reason: reason('PACKAGE_BUNDLED') }, integrity: { status: 'unverifiable', reason: reason('PACKAGE_BUNDLED') }, provenance: { status: 'unverifiable', reason: reason('PACKAGE_BUNDLED') } },
      { bundled: true },
      ['integrity:info', 'provenance:info', 'registry-signatures:info'],
    ],
    [
      'git dependency: every check unverifiable',
      '',
      { signature: { status: 'unverifiable', reason: reason('PACKAGE_NOT_FROM_REGISTRY') }, integrity: { status: 'unverifiable', reason: reason('PACKAGE_NOT_FROM_REGISTRY') }, provenance: { status: 'unverifiable', reason: reason('PACKAGE_NOT_FROM_REGISTRY') } },
      { source: 'git' },
      ['integrity:warn', 'provenance:warn', 'registry-signatures:warn'],
    ],
    ['integrity mismatch', '', { integrity: { status: 'invalid', reason: reason('REGISTRY_INTEGRITY_MISMATCH') } }, {}, ['integrity:fail']],
    ['integrity not recorded', '', { integrity: { status: 'missing' } }, {}, ['integrity:warn']],
    ['missing provenance, default warn', '', provMissing, {}, ['provenance:warn']],
    ['missing provenance, require', 'dependencies: { provenance: require }', provMissing, {}, ['provenance:fail']],
    ['invalid provenance fails under warn', '', provInvalid, {}, ['provenance:fail']],
    ['missing provenance, off', 'dependencies: { provenance: off }', provMissing, {}, []],
    ['scope prod skips a dev package', 'dependencies: { provenance: { level: require, scope: prod } }', provMissing, { dev: true }, []],
    ['scope prod checks a prod package', 'dependencies: { provenance: { level: require, scope: prod } }', provMissing, {}, ['provenance:fail']],
    ['scope dev skips a prod package', 'dependencies: { provenance: { level: require, scope: dev } }', provMissing, {}, []],
    ['scope dev checks a dev package', 'dependencies: { provenance: { level: require, scope: dev } }', provMissing, { dev: true }, ['provenance:fail']],
    ['exclude by name glob', 'dependencies: { provenance: { level: require, exclude: ["left-*"] } }', provMissing, {}, []],
    ['exclude by name@range outside the range', 'dependencies: { provenance: { level: require, exclude: ["left-pad@2"] } }', provMissing, {}, ['provenance:fail']],
    ['include only other packages', 'dependencies: { provenance: { level: require, include: ["@myorg/*"] } }', provMissing, {}, []],
    ['a level object without level keeps the default', 'dependencies: { provenance: { scope: all } }', provMissing, {}, ['provenance:warn']],
    ['workspace packages are this repo: not checked', 'dependencies: { provenance: require }', { ...sigMissing, ...provMissing }, { source: 'workspace' }, []],
  ])('%s', (_name, policy, v, pkg, expected) => {
    const findings = findingsFor(policy, { packages: [aVerification(v)], inventory: [aPackage(pkg)] });
    expect(toRuleSeverities(findings)).toEqual(expected);
  });

  it('passes the verifier reason code through and points at the lockfile line', () => {
    const [f] = findingsFor('', { packages: [aVerification(sigInvalid)] });
    expect(f).toMatchObject({
      ruleId: 'registry-signatures',
      subject: 'left-pad@1.3.0',
      code: 'REGISTRY_SIGNATURE_INVALID',
      location: { file: 'package-lock.json', line: 12 },
    });
    expect(f?.message).toContain('REGISTRY_SIGNATURE_INVALID happened');
    expect(f?.fix).toBeTypeOf('string');
  });

  it('uses PROVENANCE_MISSING when the verifier gave no reason', () => {
    const [f] = findingsFor('dependencies: { provenance: require }', { packages: [aVerification(provMissing)] });
    expect(f).toMatchObject({ code: 'PROVENANCE_MISSING', severity: 'fail' });
    expect(f?.message).toContain('requires');
  });

  describe('when a package has no verification result at all', () => {
    it('reports every check as not run (never a silent pass)', () => {
      const findings = findingsFor('', { packages: [], inventory: [aPackage()] });
      expect(toRuleSeverities(findings)).toEqual(['integrity:warn', 'provenance:warn', 'registry-signatures:warn']);
      expect(findings.every((f) => f.code === 'POLICY_CHECK_NOT_RUN')).toBe(true);
    });
  });

  describe('when one release is installed at several paths', () => {
    it('reports it once, as prod if any path is prod', () => {
      const inventory = [aPackage({ id: 'a', dev: true }), aPackage({ id: 'b', dev: false, paths: ['node_modules/x/node_modules/left-pad'] })];
      const packages = [aVerification({ id: 'a', ...provMissing }), aVerification({ id: 'b', ...provMissing })];
      const findings = findingsFor('dependencies: { provenance: { level: require, scope: prod } }', { packages, inventory });
      expect(toRuleSeverities(findings)).toEqual(['provenance:fail']);
    });

    it('keeps the worst result when the copies disagree', () => {
      const inventory = [aPackage({ id: 'a' }), aPackage({ id: 'b' })];
      const packages = [aVerification({ id: 'a' }), aVerification({ id: 'b', ...sigInvalid })];
      expect(toRuleSeverities(findingsFor('', { packages, inventory }))).toEqual(['registry-signatures:fail']);
    });
  });
});
