import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBlocking, toVerdict } from '../../src/policy/index.js';
import type { Finding } from '../../src/types.js';
import { REPO_ROOT } from '../support/real-world.js';
import { anArtifact, aVerification } from '../support/policy-builders.js';

const finding = (o: Partial<Finding>): Finding => ({ ruleId: 'provenance', subject: 'left-pad@1.3.0', severity: 'fail', message: 'm', ...o });
const waived = { reason: 'r', expires: '2027-01-01' };
const none = { packages: [], artifacts: [] };

describe('toVerdict', () => {
  it.each<[string, Finding[], 'enforce' | 'audit', 'pass' | 'fail']>([
    ['no findings', [], 'enforce', 'pass'],
    ['a failing finding', [finding({})], 'enforce', 'fail'],
    ['only warnings and info', [finding({ severity: 'warn' }), finding({ severity: 'info' })], 'enforce', 'pass'],
    ['a waived failure', [finding({ exception: waived })], 'enforce', 'pass'],
    ['an expired exception', [finding({ ruleId: 'exception-expired', code: 'POLICY_EXCEPTION_EXPIRED' })], 'enforce', 'fail'],
    ['audit mode never fails', [finding({}), finding({ ruleId: 'exception-expired' })], 'audit', 'pass'],
  ])('%s → %s', (_n, findings, mode, result) => {
    const v = toVerdict(findings, none, mode);
    expect(v.result).toBe(result);
    expect(v.mode).toBe(mode);
    expect(v.findings).toBe(findings);
  });

  it('audit mode reports the same findings it would fail on', () => {
    const findings = [finding({})];
    expect(toVerdict(findings, none, 'audit').findings).toEqual(toVerdict(findings, none, 'enforce').findings);
  });

  it('isBlocking: only un-waived failures block', () => {
    expect([finding({}), finding({ severity: 'warn' }), finding({ exception: waived })].map(isBlocking)).toEqual([true, false, false]);
  });

  it('always counts every subject by status', () => {
    const packages = [
      aVerification({ name: 'a' }),
      aVerification({ name: 'b', provenance: { status: 'missing' } }),
      aVerification({ name: 'c', signature: { status: 'invalid' }, provenance: { status: 'missing' } }),
      aVerification({ name: 'd', signature: { status: 'unverifiable' }, provenance: { status: 'missing' } }),
      aVerification({ name: 'e', provenance: { status: 'missing' } }),
      aVerification({ name: 'a' }),
    ];
    const artifacts = [anArtifact(), anArtifact({ subject: 'dist/b.tgz', status: 'invalid' })];
    const findings = [finding({ subject: 'e@1.3.0', exception: waived })];
    expect(toVerdict(findings, { packages, artifacts }, 'enforce').counts).toEqual({ verified: 2, missing: 1, invalid: 2, unverifiable: 1, excepted: 1 });
  });

  it('does not count a subject as excepted while something about it still blocks', () => {
    const findings = [finding({ exception: waived }), finding({ ruleId: 'deny' })];
    const v = toVerdict(findings, { packages: [aVerification({ provenance: { status: 'missing' } })], artifacts: [] }, 'enforce');
    expect(v.counts).toMatchObject({ missing: 1, excepted: 0 });
    expect(v.result).toBe('fail');
  });
});

describe('src/policy stays pure', () => {
  const dir = join(REPO_ROOT, 'src/policy');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))('%s imports no I/O and reads no clock', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).not.toMatch(/from ['"](node:)?(fs|fs\/promises|http|https|net|child_process)['"]/);
    expect(text).not.toMatch(/@actions\/core/);
    expect(text).not.toMatch(/\bfetch\(|process\.env|Date\.now\(|new Date\(\)/);
  });
});

describe('the rule catalogue', () => {
  it('lists every waivable rule id the schema accepts, plus the exception rules', async () => {
    const { RULES } = await import('../../src/policy/index.js');
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema/provenance-gate.schema.json'), 'utf8'));
    const waivable: string[] = schema.definitions.exception.properties.rules.items.enum;
    expect(Object.keys(RULES).sort()).toEqual([...waivable, 'exception-expired', 'exception-stale'].sort());
  });
});
