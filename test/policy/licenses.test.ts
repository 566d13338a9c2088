import { describe, expect, it } from 'vitest';
import { checkLicense } from '../../src/policy/index.js';
import { aPackage, findingsFor, toRuleSeverities } from '../support/policy-builders.js';

const ALLOW = ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC'];

describe('checkLicense', () => {
  it.each<[string, string | undefined, string[] | undefined, string[] | undefined, 'ok' | 'bad' | 'unknown']>([
    ['allowed id', 'MIT', ALLOW, undefined, 'ok'],
    ['id not allowed', 'GPL-3.0-only', ALLOW, undefined, 'bad'],
    ['OR with one allowed choice', 'MIT OR GPL-3.0-only', ALLOW, undefined, 'ok'],
    ['OR with no allowed choice', 'GPL-2.0-only OR GPL-3.0-only', ALLOW, undefined, 'bad'],
    ['AND with one license not allowed', 'MIT AND GPL-3.0-only', ALLOW, undefined, 'bad'],
    ['AND with all allowed', 'MIT AND ISC', ALLOW, undefined, 'ok'],
    ['parenthesised', '(MIT OR GPL-3.0-only) AND Apache-2.0', ALLOW, undefined, 'ok'],
    ['parenthesised with no good choice', '(GPL-2.0-only OR LGPL-3.0-only) AND MIT', ALLOW, undefined, 'bad'],
    ['plus range allowed', 'GPL-3.0-only', ['GPL-2.0+'], undefined, 'ok'],
    ['or-later in allow list', 'GPL-3.0-or-later', ['GPL-2.0-or-later'], undefined, 'ok'],
    ['WITH exception needs listing', 'Apache-2.0 WITH LLVM-exception', ALLOW, undefined, 'bad'],
    ['WITH exception listed', 'Apache-2.0 WITH LLVM-exception', ['Apache-2.0 WITH LLVM-exception'], undefined, 'ok'],
    ['denied id', 'GPL-3.0-only', undefined, ['GPL-3.0-only'], 'bad'],
    ['deny list with an escape hatch', 'MIT OR GPL-3.0-only', undefined, ['GPL-3.0-only'], 'ok'],
    ['or-later counts as denied when its base is', 'GPL-3.0-or-later', undefined, ['GPL-3.0-only'], 'bad'],
    ['allowed but also denied', 'MIT', ['MIT'], ['MIT'], 'bad'],
    ['LicenseRef', 'LicenseRef-Proprietary', ALLOW, undefined, 'bad'],
    ['no license', undefined, ALLOW, undefined, 'unknown'],
    ['free text', 'SEE LICENSE IN LICENSE.md', ALLOW, undefined, 'unknown'],
    ['UNLICENSED', 'UNLICENSED', ALLOW, undefined, 'unknown'],
    ['lower-case id is not SPDX', 'mit', ALLOW, undefined, 'unknown'],
  ])('%s', (_name, expression, allow, deny, expected) => {
    const outcome = checkLicense(expression, allow, deny);
    const got = 'unknown' in outcome ? 'unknown' : outcome.ok ? 'ok' : 'bad';
    expect(got).toBe(expected);
  });

  it('refuses to expand a pathological expression', () => {
    const expr = Array.from({ length: 12 }, (_, i) => `(MIT OR LicenseRef-a${i})`).join(' AND ');
    expect(checkLicense(expr, ['MIT'])).toHaveProperty('unknown');
  });
});

describe('evaluatePolicy: licenses', () => {
  it.each<[string, string, string | undefined, string[]]>([
    ['allowed', 'dependencies: { licenses: { allow: [MIT] } }', 'MIT', []],
    ['not allowed', 'dependencies: { licenses: { allow: [MIT] } }', 'GPL-3.0-only', ['licenses:fail']],
    ['OR expression passes with MIT allowed', 'dependencies: { licenses: { allow: [MIT] } }', 'MIT OR GPL-3.0-only', []],
    ['unknown warns by default', 'dependencies: { licenses: { allow: [MIT] } }', undefined, ['licenses:warn']],
    ['unknown can fail', 'dependencies: { licenses: { allow: [MIT], unknown: fail } }', 'Custom', ['licenses:fail']],
    ['unknown can be off', 'dependencies: { licenses: { allow: [MIT], unknown: off } }', undefined, []],
    ['denied', 'dependencies: { licenses: { deny: [AGPL-3.0-only] } }', 'AGPL-3.0-only', ['licenses:fail']],
    ['no lists, no check', 'dependencies: { licenses: { unknown: fail } }', undefined, []],
    ['excluded package', 'dependencies: { licenses: { allow: [MIT], exclude: [left-pad] } }', 'GPL-3.0-only', []],
    ['not checked without the key', '', 'GPL-3.0-only', []],
  ])('%s', (_name, policy, license, expected) => {
    const pkg = aPackage(license === undefined ? {} : { license });
    if (license === undefined) delete pkg.license;
    expect(toRuleSeverities(findingsFor(policy, { inventory: [pkg] }))).toEqual(expected);
  });

  it('names the offending license and the allow-list', () => {
    const [f] = findingsFor('dependencies: { licenses: { allow: [MIT, ISC] } }', { inventory: [aPackage({ license: 'MIT AND GPL-3.0-only' })] });
    expect(f?.code).toBe('POLICY_LICENSE_NOT_ALLOWED');
    expect(f?.message).toContain('GPL-3.0-only');
    expect(f?.message).toContain('allowed: MIT, ISC');
  });
});
