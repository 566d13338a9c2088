import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicyText, DEFAULTS, parsePolicy, toDefaultPolicy } from '../../src/config/index.js';
import { REPO_ROOT } from '../support/real-world.js';
import { expectGateError } from '../support/policy-builders.js';

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'fixtures/policies', name), 'utf8');

describe('parsePolicy', () => {
  describe('when the policy is the example from the README', () => {
    const policy = parsePolicy(fixture('full-example.yml'), 'full-example.yml');

    it('reads every section with its spelling', () => {
      expect(policy.mode).toBe('enforce');
      expect(policy.dependencies.provenance).toEqual({ level: 'require', scope: 'prod', include: [], exclude: ['@types/*'] });
      expect(policy.dependencies.registrySignatures.level).toBe('require');
      expect(policy.dependencies.sources[0]).toMatchObject({ package: '@myorg/*', repositories: ['github.com/myorg/*'] });
      expect(policy.dependencies.deny[0]).toMatchObject({ package: 'event-stream@3.3.6', reason: 'compromised release' });
      expect(policy.dependencies.licenses?.allow).toEqual(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC']);
      expect(policy.dependencies.minimumReleaseAge?.days).toBe(3);
      expect(policy.dependencies.installScripts).toEqual({ allow: ['esbuild'] });
      expect(policy.artifacts[0]).toMatchObject({
        path: 'dist/*.tgz',
        identity: { issuer: 'https://token.actions.githubusercontent.com', signerWorkflow: 'myorg/app/.github/workflows/release.yml' },
        sourceRepo: 'github.com/myorg/app',
        refs: ['refs/tags/v*'],
        required: true,
      });
      expect(policy.exceptions[0]).toMatchObject({ package: 'left-pad@^1.3.0', rules: ['provenance'], owner: 'platform-security' });
    });

    it('treats a date as valid through the end of that day (UTC)', () => {
      expect(policy.exceptions[0]?.expiresAt.toISOString()).toBe('2027-04-01T00:00:00.000Z');
    });

    it('keeps the policy line of each entry for findings', () => {
      expect(policy.locations['exceptions[0]']).toEqual({ file: 'full-example.yml', line: 27, column: 5 });
      expect(policy.locations['artifacts[0]']).toMatchObject({ line: 21 });
      expect(policy.locations['dependencies.deny[0].package']).toMatchObject({ line: 15, column: 7 });
    });
  });

  describe('when the policy is empty', () => {
    it.each([['empty file', ''], ['comments only', fixture('empty.yml')], ['empty mapping', '{}']])('%s: applies the documented defaults', (_n, text) => {
      const p = parsePolicy(text, 'p.yml');
      expect(p.mode).toBe('enforce');
      expect(p.dependencies.registrySignatures.level).toBe('require');
      expect(p.dependencies.provenance.level).toBe('warn');
      expect(p.dependencies.provenanceRegression).toBe('fail');
      expect(p.dependencies.sourceMismatch).toBe('warn');
      expect(p.dependencies.unverifiable).toBe('warn');
      expect(p.dependencies.trustedBuilders).toBeUndefined();
      expect(p.dependencies.licenses).toBeUndefined();
      expect(p.artifacts).toEqual([]);
      expect(p.exceptions).toEqual([]);
    });

    it('matches the built-in default policy', () => {
      const { file: _f, ...fromFile } = parsePolicy('', 'p.yml');
      expect(fromFile).toEqual(toDefaultPolicy());
    });
  });

  it('reads JSON policies too', () => {
    const p = parsePolicy(fixture('minimal.json'), 'minimal.json');
    expect(p.mode).toBe('audit');
    expect(p.dependencies.provenance).toMatchObject({ level: 'require', scope: 'prod' });
    expect(p.locations['dependencies.provenance']).toMatchObject({ line: 3 });
  });

  it.each([
    ['tag patterns become refs', 'artifacts:\n  - path: a.tgz\n    tag: ["v*", "refs/tags/release-*"]\n', ['refs/tags/v*', 'refs/tags/release-*']],
    ['ref and tag combine', 'artifacts:\n  - path: a.tgz\n    ref: refs/heads/main\n    tag: v*\n', ['refs/heads/main', 'refs/tags/v*']],
  ])('%s', (_n, text, refs) => {
    expect(parsePolicy(text, 'p.yml').artifacts[0]?.refs).toEqual(refs);
  });

  it('defaults artifacts to required and GitHub-hosted runners allowed', () => {
    const a = parsePolicy('artifacts:\n  - path: a.tgz\n', 'p.yml').artifacts[0];
    expect(a).toMatchObject({ required: true, denySelfHostedRunners: false });
  });

  it('accepts a number or an object for minimum-release-age', () => {
    expect(parsePolicy('dependencies:\n  minimum-release-age: { days: 2, scope: prod }\n', 'p.yml').dependencies.minimumReleaseAge).toMatchObject({ days: 2, scope: 'prod' });
  });

  it.each([
    ['a byte-order mark', '\uFEFFmode: audit\n'],
    ['CRLF line endings', 'mode: audit\r\ndependencies:\r\n  provenance: warn\r\n'],
    ['a $schema key (JSON editors)', '{"$schema": "./schema/provenance-gate.schema.json", "mode": "audit"}'],
  ])('accepts %s', (_n, text) => {
    expect(parsePolicy(text, 'p.yml').mode).toBe('audit');
  });

  it('positions errors correctly with CRLF line endings', () => {
    const e = expectGateError(() => parsePolicy('mode: audit\r\ndependencies:\r\n  provenance: nope\r\n', 'p.yml'), 'CONFIG_INVALID');
    expect(e.message).toContain('p.yml:3:15: dependencies.provenance: expected one of require, warn, off; got "nope"');
  });

  it('refuses an alias bomb with CONFIG_INVALID instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const e = expectGateError(() => parsePolicy(lines.join('\n'), 'bomb.yml'), 'CONFIG_INVALID');
    expect(e.message).toContain('bomb.yml:1:1: invalid YAML');
  });

  it('accepts ISO date-times with a zone as expiry', () => {
    const p = parsePolicy('exceptions:\n  - package: a\n    reason: r\n    expires: "2027-01-02T03:04:05Z"\n', 'p.yml');
    expect(p.exceptions[0]?.expiresAt.toISOString()).toBe('2027-01-02T03:04:05.000Z');
  });
});

describe('the schema file', () => {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema/provenance-gate.schema.json'), 'utf8'));
  it('states the same defaults as the loader', () => {
    const deps = schema.definitions.dependencies.properties;
    expect(schema.properties.mode.default).toBe(DEFAULTS.mode);
    expect(deps['registry-signatures'].default).toBe(DEFAULTS['registry-signatures']);
    expect(deps.provenance.default).toBe(DEFAULTS.provenance);
    expect(deps.unverifiable.default).toBe(DEFAULTS.unverifiable);
    expect(deps['provenance-regression'].default).toBe(DEFAULTS['provenance-regression']);
    expect(deps['source-mismatch'].default).toBe(DEFAULTS['source-mismatch']);
    expect(deps.licenses.properties.unknown.default).toBe(DEFAULTS['licenses.unknown']);
    expect(schema.definitions.artifact.properties.required.default).toBe(DEFAULTS['artifact.required']);
    expect(schema.definitions.artifact.properties['deny-self-hosted-runners'].default).toBe(DEFAULTS['artifact.deny-self-hosted-runners']);
  });
});

describe('when the policy is invalid', () => {
  it.each([
    ['unknown-key.yml', '3:3', 'unknown key "provenence-regression"'],
    ['unknown-top-level-key.yml', '2:1', 'unknown key "dependency"'],
    ['bad-yaml-syntax.yml', '3:1', 'invalid YAML'],
    ['bad-level.yml', '2:24', 'expected one of require, warn, off; got "requre"'],
    ['bad-semver-range.yml', '3:16', 'expected a semver range'],
    ['bad-date.yml', '4:14', 'expected a date YYYY-MM-DD'],
    ['bad-glob.yml', '2:11', 'expected a valid glob'],
    ['bad-regex.yml', '5:18', 'expected a valid regular expression'],
    ['bad-spdx-id.yml', '3:18', 'expected an SPDX license id'],
    ['path-escapes-workspace.yml', '2:11', 'escapes it with ".."'],
    ['missing-reason.yml', '2:5', 'missing required key "reason"'],
    ['both-package-and-artifact.yml', '2:5', 'exactly one of package'],
    ['duplicate-key.yml', '2:1', 'Map keys must be unique'],
  ])('%s fails with CONFIG_INVALID at %s', (name, at, expected) => {
    const e = expectGateError(() => parsePolicy(fixture(name), name), 'CONFIG_INVALID');
    const line = e.message.split('\n').find((l) => l.startsWith(`${name}:${at}: `));
    expect(line, e.message).toBeDefined();
    expect(line).toContain(expected);
  });

  it('lists every problem at once, in file order, each with file:line:column', () => {
    const e = expectGateError(() => parsePolicy(fixture('many-errors.yml'), 'many-errors.yml'), 'CONFIG_INVALID');
    const lines = e.message.split('\n').slice(1);
    expect(lines.map((l) => l.split(': ')[0])).toEqual([
      'many-errors.yml:1:7',
      'many-errors.yml:3:33',
      'many-errors.yml:4:24',
      'many-errors.yml:6:5',
      'many-errors.yml:7:13',
      'many-errors.yml:8:14',
    ]);
    expect(e.line).toBe(1);
  });

  it('checkPolicyText returns the same problems as data (one annotation each)', () => {
    const issues = checkPolicyText(fixture('many-errors.yml'), 'many-errors.yml');
    expect(issues).toHaveLength(6);
    expect(issues[0]).toEqual({ file: 'many-errors.yml', line: 1, column: 7, message: 'mode: expected one of enforce, audit; got "enforc"' });
    expect(checkPolicyText(fixture('full-example.yml'), 'full-example.yml')).toEqual([]);
  });

  it.each([
    ['a list at the top level', '- a\n', '1:1', 'expected a mapping'],
    ['a scalar at the top level', 'enforce\n', '1:1', 'expected a mapping'],
    ['a number where a level goes', 'dependencies:\n  provenance: 5\n', '2:15', 'expected require, warn or off, or an object'],
    ['an unknown key inside a level object', 'dependencies:\n  provenance: { level: warn, scop: prod }\n', '2:30', 'unknown key "scop"'],
    ['a bad scope', 'dependencies:\n  provenance: { scope: test }\n', '2:24', 'expected one of prod, dev, all'],
    ['an unknown rule id in an exception', 'exceptions:\n  - package: a\n    rules: [nope]\n    reason: r\n    expires: "2027-01-01"\n', '3:13', 'got "nope"'],
    ['an identity with two SAN forms', 'artifacts:\n  - path: a\n    identity: { issuer: i, san: a, san-regex: b }\n', '3:15', 'san | san-regex | signer-workflow'],
    ['an identity without issuer', 'artifacts:\n  - path: a\n    identity: { san: a }\n', '3:15', 'missing required key "issuer"'],
    ['an absolute artifact path', 'artifacts:\n  - path: /etc/passwd\n', '2:11', 'absolute path'],
    ['a bundle outside the workspace', 'artifacts:\n  - path: a\n    bundle: ../../b.json\n', '3:13', 'escapes it'],
    ['a license expression in a list', 'dependencies:\n  licenses: { deny: ["MIT OR ISC"] }\n', '2:22', 'single SPDX license id'],
    ['a negative release age', 'dependencies:\n  minimum-release-age: -2\n', '2:24', 'expected a number >= 0'],
    ['a release age as text', 'dependencies:\n  minimum-release-age: "3d"\n', '2:24', 'a number of days'],
    ['an empty package name', 'dependencies:\n  deny:\n    - package: "@1.0.0"\n      reason: r\n', '3:16', 'expected a package name'],
    ['a bad exclude pattern', 'dependencies:\n  provenance: { level: warn, exclude: ["@types/*@^1..2"] }\n', '2:40', 'expected a semver range'],
    ['a bad sources package pattern', 'dependencies:\n  sources:\n    - package: "my org/*"\n', '3:16', 'expected a package name'],
    ['a boolean where a list goes', 'dependencies:\n  trusted-builders: true\n', '2:21', 'a list of patterns'],
    ['a scoped name with a bad range', 'exceptions:\n  - package: "@scope/pkg@~x.y"\n    reason: r\n    expires: "2027-01-01"\n', '2:14', 'expected a semver range after "@scope/pkg@"'],
  ])('%s fails with CONFIG_INVALID at the right line:column', (_n, text, at, expected) => {
    const e = expectGateError(() => parsePolicy(text, 'p.yml'), 'CONFIG_INVALID');
    const line = e.message.split('\n').find((l) => l.startsWith(`p.yml:${at}: `));
    expect(line, e.message).toBeDefined();
    expect(line).toContain(expected);
  });
});
