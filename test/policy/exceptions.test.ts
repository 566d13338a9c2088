import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageVerification } from '../../src/types.js';
import { REPO_ROOT } from '../support/real-world.js';
import { aPackage, anArtifact, aVerification, findingsFor, NOW, toRuleSeverities } from '../support/policy-builders.js';

const provMissing = { provenance: { status: 'missing' as const } };
const sigMissing = { signature: { status: 'missing' as const } };
const exception = (pkg: string, extra = '', expires = '2027-03-31') =>
  `exceptions:\n  - package: "${pkg}"\n${extra}    reason: "publisher has no provenance yet; SEC-123"\n    expires: "${expires}"\n    owner: platform-security\n`;
const REQUIRE = 'dependencies: { provenance: require }\n';

type Row = [name: string, policy: string, name_: string, version: string, v: Partial<PackageVerification>, expected: string[]];

describe('evaluatePolicy: exceptions', () => {
  it.each<Row>([
    ['matches by semver range', REQUIRE + exception('left-pad@^1.3.0'), 'left-pad', '1.3.0', provMissing, ['provenance:fail:excepted']],
    ['range does not cover the version', REQUIRE + exception('left-pad@^1.4.0'), 'left-pad', '1.3.0', provMissing, ['exception-stale:warn', 'provenance:fail']],
    ['a bare name covers every version', REQUIRE + exception('left-pad'), 'left-pad', '9.0.0', provMissing, ['provenance:fail:excepted']],
    ['scoped name with range', REQUIRE + exception('@scope/pkg@~2.1.0'), '@scope/pkg', '2.1.3', provMissing, ['provenance:fail:excepted']],
    ['scoped name, other package in scope', REQUIRE + exception('@scope/pkg@~2.1.0'), '@scope/other', '2.1.3', provMissing, ['exception-stale:warn', 'provenance:fail']],
    ['scope glob', REQUIRE + exception('@scope/*'), '@scope/other', '2.1.3', provMissing, ['provenance:fail:excepted']],
    ['rules subset covers the listed rule', REQUIRE + exception('left-pad', '    rules: [provenance]\n'), 'left-pad', '1.3.0', provMissing, ['provenance:fail:excepted']],
    [
      'rules subset leaves other rules failing',
      REQUIRE + exception('left-pad', '    rules: [provenance]\n'),
      'left-pad',
      '1.3.0',
      { ...provMissing, ...sigMissing },
      ['provenance:fail:excepted', 'registry-signatures:fail'],
    ],
    ['rules subset naming another rule is stale', REQUIRE + exception('left-pad', '    rules: [licenses]\n'), 'left-pad', '1.3.0', provMissing, ['exception-stale:warn', 'provenance:fail']],
    ['rules omitted covers every rule', REQUIRE + exception('left-pad'), 'left-pad', '1.3.0', { ...provMissing, ...sigMissing }, ['provenance:fail:excepted', 'registry-signatures:fail:excepted']],
    ['covers warnings too', exception('left-pad'), 'left-pad', '1.3.0', provMissing, ['provenance:warn:excepted']],
    ['stale when nothing fails', exception('left-pad'), 'left-pad', '1.3.0', {}, ['exception-stale:warn']],
    ['expired: the finding is back and the exception fails', REQUIRE + exception('left-pad', '', '2026-06-14'), 'left-pad', '1.3.0', provMissing, ['exception-expired:fail', 'provenance:fail']],
    ['expired and unused still fails', exception('left-pad', '', '2026-06-14'), 'left-pad', '1.3.0', {}, ['exception-expired:fail']],
    ['valid through the whole expiry day', REQUIRE + exception('left-pad', '', '2026-06-15'), 'left-pad', '1.3.0', provMissing, ['provenance:fail:excepted']],
    ['date-time expiry just passed', REQUIRE + exception('left-pad', '', '2026-06-15T11:59:59Z'), 'left-pad', '1.3.0', provMissing, ['exception-expired:fail', 'provenance:fail']],
  ])('%s', (_name, policy, name, version, v, expected) => {
    const findings = findingsFor(policy, { inventory: [aPackage({ name, version })], packages: [aVerification({ name, version, ...v })] });
    expect(toRuleSeverities(findings)).toEqual(expected);
  });

  it('records reason, expiry, owner and the policy line on the waived finding', () => {
    const [f] = findingsFor(REQUIRE + exception('left-pad@^1.3.0'), { packages: [aVerification(provMissing)] });
    expect(f?.exception).toEqual({
      reason: 'publisher has no provenance yet; SEC-123',
      expires: '2027-03-31',
      owner: 'platform-security',
      location: { file: 'provenance-gate.yml', line: 3, column: 5 },
    });
  });

  describe('when the exception has expired', () => {
    it('fails with POLICY_EXCEPTION_EXPIRED at the policy line, relative to the injected clock', () => {
      const text = readFileSync(join(REPO_ROOT, 'fixtures/policies/expired-exception.yml'), 'utf8');
      const before = findingsFor(text, { packages: [aVerification(provMissing)] }, new Date('2026-01-31T23:59:59Z'));
      expect(toRuleSeverities(before)).toEqual(['provenance:fail:excepted']);
      const after = findingsFor(text, { packages: [aVerification(provMissing)] }, new Date('2026-02-01T00:00:00Z'));
      const expired = after.find((f) => f.ruleId === 'exception-expired');
      expect(expired).toMatchObject({ severity: 'fail', code: 'POLICY_EXCEPTION_EXPIRED', location: { line: 4 } });
      expect(expired?.message).toContain('expired on 2026-01-31');
      expect(expired?.fix).toContain('platform-security');
    });
  });

  describe('when the exception matched nothing', () => {
    it('warns with POLICY_EXCEPTION_STALE and says which line to remove', () => {
      const text = readFileSync(join(REPO_ROOT, 'fixtures/policies/stale-exception.yml'), 'utf8');
      const [f] = findingsFor(text);
      expect(f).toMatchObject({ ruleId: 'exception-stale', severity: 'warn', code: 'POLICY_EXCEPTION_STALE', location: { line: 2 } });
      expect(f?.fix).toContain('line 2');
    });
  });

  describe('for artifacts', () => {
    const policy = (glob: string, rules = '') => `artifacts:\n  - path: "dist/*.tgz"\n    source-repo: github.com/myorg/app\nexceptions:\n  - artifact: "${glob}"\n${rules}    reason: r\n    expires: "2027-01-01"\n`;
    const bad = anArtifact({ facts: { ...anArtifact().facts, sourceRepo: 'https://github.com/fork/app' } });

    it.each([
      ['glob matches', policy('dist/*.tgz'), ['artifact-source:fail:excepted']],
      ['glob does not match', policy('out/*'), ['artifact-source:fail', 'exception-stale:warn']],
      ['rules subset', policy('dist/*', '    rules: [artifact-identity]\n'), ['artifact-source:fail', 'exception-stale:warn']],
    ])('%s', (_n, text, expected) => {
      expect(toRuleSeverities(findingsFor(text, { packages: [], inventory: [], artifacts: [bad] }))).toEqual(expected);
    });

    it('never waives a package finding with an artifact exception', () => {
      const text = `${REQUIRE}exceptions:\n  - artifact: "**"\n    reason: r\n    expires: "2027-01-01"\n`;
      expect(toRuleSeverities(findingsFor(text, { packages: [aVerification(provMissing)] }))).toEqual(['exception-stale:warn', 'provenance:fail']);
    });
  });

  it('offers the exact waiver YAML, expiring 30 days after the run', () => {
    const [f] = findingsFor(REQUIRE, { inventory: [aPackage({ name: '@scope/pkg', version: '2.1.0' })], packages: [aVerification({ name: '@scope/pkg', version: '2.1.0', ...provMissing })] });
    expect(f?.waiver).toBe(
      [
        '  - package: "@scope/pkg@2.1.0"',
        '    rules: [provenance]',
        '    reason: "<why this is acceptable; link the tracking issue>"',
        '    expires: "2026-07-15"',
        '    owner: "<team or person>"',
      ].join('\n'),
    );
    expect(NOW.toISOString()).toBe('2026-06-15T12:00:00.000Z');
  });

  it('the offered waiver, pasted into the policy, waives the finding', () => {
    const [f] = findingsFor(REQUIRE, { packages: [aVerification(provMissing)] });
    const text = `${REQUIRE}exceptions:\n${(f?.waiver ?? '').replace('"<team or person>"', 'me')}\n`;
    expect(toRuleSeverities(findingsFor(text, { packages: [aVerification(provMissing)] }))).toEqual(['provenance:fail:excepted']);
  });
});
