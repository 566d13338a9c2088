import { describe, expect, it } from 'vitest';
import type { Package, PackageVerification } from '../../src/types.js';
import { aPackage, aVerification, findingsFor, NOW, toRuleSeverities } from '../support/policy-builders.js';

type Row = [name: string, policy: string, pkg: Partial<Package>, verification: Partial<PackageVerification>, expected: string[]];

const deny = (spec: string) => `dependencies:\n  deny:\n    - package: "${spec}"\n      reason: "compromised release"\n`;
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

describe('evaluatePolicy: deny, install scripts, minimum release age', () => {
  it.each<Row>([
    ['denied exact version', deny('event-stream@3.3.6'), { name: 'event-stream', version: '3.3.6' }, { name: 'event-stream', version: '3.3.6' }, ['deny:fail']],
    ['other version of a denied package', deny('event-stream@3.3.6'), { name: 'event-stream', version: '3.3.5' }, { name: 'event-stream', version: '3.3.5' }, []],
    ['denied by range', deny('left-pad@<2'), {}, {}, ['deny:fail']],
    ['denied by name, every version', deny('left-pad'), {}, {}, ['deny:fail']],
    ['denied scoped package', deny('@bad/pkg@~2.1.0'), { name: '@bad/pkg', version: '2.1.9' }, { name: '@bad/pkg', version: '2.1.9' }, ['deny:fail']],
    ['install script not allowed', 'dependencies: { install-scripts: { allow: [esbuild] } }', { hasInstallScript: true }, {}, ['install-scripts:fail']],
    ['install script allowed', 'dependencies: { install-scripts: { allow: [left-pad] } }', { hasInstallScript: true }, {}, []],
    ['install script known only to the registry', 'dependencies: { install-scripts: { allow: [] } }', {}, { hasInstallScript: true }, ['install-scripts:fail']],
    ['install scripts not checked without the key', '', { hasInstallScript: true }, {}, []],
    ['no install script', 'dependencies: { install-scripts: { allow: [] } }', {}, {}, []],
    ['published too recently', 'dependencies: { minimum-release-age: 3 }', {}, { publishedAt: hoursAgo(30) }, ['minimum-release-age:fail']],
    ['published just long enough ago', 'dependencies: { minimum-release-age: 3 }', {}, { publishedAt: hoursAgo(72) }, []],
    ['fractional days', 'dependencies: { minimum-release-age: 0.5 }', {}, { publishedAt: hoursAgo(11) }, ['minimum-release-age:fail']],
    ['publish time unknown', 'dependencies: { minimum-release-age: 3 }', {}, { publishedAt: undefined }, ['minimum-release-age:warn']],
    ['age rule does not apply to a git source (no publish time exists)', 'dependencies: { minimum-release-age: 3 }', { source: 'git' }, { publishedAt: undefined }, []],
    ['age rule scoped to prod skips dev', 'dependencies: { minimum-release-age: { days: 3, scope: prod } }', { dev: true }, { publishedAt: hoursAgo(1) }, []],
    ['age rule excludes our own scope', 'dependencies: { minimum-release-age: { days: 3, exclude: ["left-*"] } }', {}, { publishedAt: hoursAgo(1) }, []],
  ])('%s', (_name, policy, pkg, v, expected) => {
    expect(toRuleSeverities(findingsFor(policy, { inventory: [aPackage(pkg)], packages: [aVerification(v)] }))).toEqual(expected);
  });

  it('states the reason for a denied package', () => {
    const [f] = findingsFor(deny('left-pad@^1'));
    expect(f).toMatchObject({ ruleId: 'deny', code: 'POLICY_PACKAGE_DENIED', subject: 'left-pad@1.3.0' });
    expect(f?.message).toContain('compromised release');
  });

  it('says when a too-new release becomes eligible (relative to the injected clock)', () => {
    const [f] = findingsFor('dependencies: { minimum-release-age: 3 }', { packages: [aVerification({ publishedAt: hoursAgo(24) })] });
    expect(f?.code).toBe('POLICY_RELEASE_TOO_NEW');
    expect(f?.fix).toContain('2026-06-17T12:00:00.000Z');
  });
});
