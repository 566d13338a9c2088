import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/config/index.js';
import { evaluatePolicy, RULES, toVerdict } from '../../src/policy/index.js';
import { REPO_ROOT } from '../support/real-world.js';
import { aPackage, anArtifact, aVerification, NOW } from '../support/policy-builders.js';

const policy = parsePolicy(readFileSync(join(REPO_ROOT, 'fixtures/policies/full-example.yml'), 'utf8'), 'provenance-gate.yml');
const pkg = (name: string, version: string, o = {}) => aPackage({ id: `node_modules/${name}`, name, version, ...o });
const ver = (name: string, version: string, o = {}) => aVerification({ id: `node_modules/${name}`, name, version, ...o });

describe('evaluatePolicy with the README example policy', () => {
  const inventory = [
    pkg('left-pad', '1.3.0', { location: { file: 'package-lock.json', line: 40 } }),
    pkg('event-stream', '3.3.6'),
    pkg('@types/node', '24.0.0', { dev: true }),
    pkg('@myorg/ui', '2.0.0'),
    pkg('gpl-thing', '1.0.0', { license: 'GPL-3.0-only' }),
    pkg('esbuild', '0.28.2', { hasInstallScript: true, dev: true }),
    pkg('sharp', '0.34.0', { hasInstallScript: true }),
  ];
  const packages = [
    ver('left-pad', '1.3.0', { provenance: { status: 'missing' } }),
    ver('event-stream', '3.3.6'),
    ver('@types/node', '24.0.0', { provenance: { status: 'missing' } }),
    ver('@myorg/ui', '2.0.0', { provenance: { ...aVerification().provenance, sourceRepo: 'https://github.com/someone/ui' } }),
    ver('gpl-thing', '1.0.0'),
    ver('esbuild', '0.28.2'),
    ver('sharp', '0.34.0', { publishedAt: '2026-06-14T12:00:00Z' }),
  ];
  const artifacts = [anArtifact({ subject: 'dist/app-1.0.0.tgz' })];
  const findings = evaluatePolicy({ packages, inventory, artifacts }, policy, NOW);

  it('finds one violation per rule, each excepted or not as the policy says', () => {
    expect(findings.map((f) => `${f.subject} ${f.ruleId}:${f.severity}${f.exception ? ' (excepted)' : ''}`).sort()).toEqual([
      '@myorg/ui@2.0.0 sources:fail',
      'event-stream@3.3.6 deny:fail',
      'gpl-thing@1.0.0 licenses:fail',
      'left-pad@1.3.0 provenance:fail (excepted)',
      'sharp@0.34.0 install-scripts:fail',
      'sharp@0.34.0 minimum-release-age:fail',
    ]);
  });

  it('points package findings at the lockfile and offers a waiver', () => {
    const leftPad = findings.find((f) => f.subject === 'left-pad@1.3.0');
    expect(leftPad?.location).toEqual({ file: 'package-lock.json', line: 40 });
    expect(findings.every((f) => f.message.length > 0 && typeof f.fix === 'string' && typeof f.waiver === 'string')).toBe(true);
  });

  it('fails in enforce mode and passes in audit mode with the same counts', () => {
    const enforce = toVerdict(findings, { packages, artifacts }, 'enforce');
    const audit = toVerdict(findings, { packages, artifacts }, 'audit');
    expect(enforce.result).toBe('fail');
    expect(audit.result).toBe('pass');
    expect(audit.counts).toEqual(enforce.counts);
    // Counts are verification statuses; a denied but well-signed package is still "verified".
    expect(enforce.counts).toEqual({ verified: 6, missing: 1, invalid: 0, unverifiable: 0, excepted: 1 });
  });

  it('uses only catalogued rule ids', () => {
    expect(findings.filter((f) => !(f.ruleId in RULES))).toEqual([]);
  });

  it('is deterministic for the same input and clock', () => {
    expect(evaluatePolicy({ packages, inventory, artifacts }, policy, NOW)).toEqual(findings);
  });
});
