import { describe, expect, it } from 'vitest';
import { artifactRequirementsFor } from '../../src/policy/index.js';
import type { ArtifactVerification, ProvenanceFacts } from '../../src/types.js';
import { aPolicy, anArtifact, findingsFor, toRuleSeverities } from '../support/policy-builders.js';

const entry = (extra: string) => `artifacts:\n  - path: "dist/*.tgz"\n${extra}`;
const ISSUER = 'https://token.actions.githubusercontent.com';
const facts = (o: Partial<ProvenanceFacts>): Partial<ArtifactVerification> => ({ facts: { ...anArtifact().facts, ...o } });

type Row = [name: string, policy: string, artifact: Partial<ArtifactVerification>, expected: string[]];

describe('evaluatePolicy: artifacts', () => {
  it.each<Row>([
    ['verified, no requirements', entry(''), {}, []],
    ['signer workflow matches', entry(`    identity: { issuer: "${ISSUER}", signer-workflow: "myorg/app/.github/workflows/release.yml" }\n`), {}, []],
    ['signer workflow differs', entry(`    identity: { issuer: "${ISSUER}", signer-workflow: "myorg/app/.github/workflows/ci.yml" }\n`), {}, ['artifact-identity:fail']],
    ['issuer differs', entry(`    identity: { issuer: "https://accounts.google.com", signer-workflow: "myorg/app/.github/workflows/release.yml" }\n`), {}, ['artifact-identity:fail']],
    ['exact SAN', entry(`    identity: { issuer: "${ISSUER}", san: "https://github.com/myorg/app/.github/workflows/release.yml@refs/tags/v1.0.0" }\n`), {}, []],
    ['exact SAN differs', entry(`    identity: { issuer: "${ISSUER}", san: "https://github.com/myorg/app/.github/workflows/release.yml@refs/heads/main" }\n`), {}, ['artifact-identity:fail']],
    ['SAN regex matches', entry(`    identity: { issuer: "${ISSUER}", san-regex: "https://github\\\\.com/myorg/app/.*" }\n`), {}, []],
    ['SAN regex is anchored', entry(`    identity: { issuer: "${ISSUER}", san-regex: "myorg/app" }\n`), {}, ['artifact-identity:fail']],
    ['no SAN stated', entry(`    identity: { issuer: "${ISSUER}", san-regex: ".*" }\n`), facts({ signerIdentity: undefined }), ['artifact-identity:fail']],
    ['source repo matches', entry('    source-repo: github.com/myorg/app\n'), {}, []],
    ['source repo differs', entry('    source-repo: github.com/myorg/app\n'), facts({ sourceRepo: 'https://github.com/myorg/app-fork' }), ['artifact-source:fail']],
    ['ref matches', entry('    ref: "refs/tags/v*"\n'), {}, []],
    ['ref differs', entry('    ref: "refs/tags/v*"\n'), facts({ sourceRef: 'refs/heads/main' }), ['artifact-source:fail']],
    ['tag pattern', entry('    tag: "v1.*"\n'), {}, []],
    ['builder allowed', entry('    builder-ids: ["https://github.com/actions/runner/github-hosted"]\n'), {}, []],
    ['builder not allowed', entry('    builder-ids: ["https://github.com/slsa-framework/*"]\n'), {}, ['artifact-builder:fail']],
    ['predicate type matches', entry('    predicate-type: "https://slsa.dev/provenance/v1"\n'), {}, []],
    ['predicate type differs', entry('    predicate-type: "https://slsa.dev/provenance/v0.2"\n'), {}, ['artifact-predicate-type:fail']],
    ['self-hosted runner denied', entry('    deny-self-hosted-runners: true\n'), facts({ runnerEnvironment: 'self-hosted' }), ['artifact-runner:fail']],
    ['self-hosted runner allowed by default', entry(''), facts({ runnerEnvironment: 'self-hosted' }), []],
    ['invalid signature', entry(''), { status: 'invalid', reason: { code: 'BUNDLE_SIGNATURE_INVALID', message: 'bad sig' } }, ['artifact-signature:fail']],
    ['verifier found an identity mismatch', entry(''), { status: 'invalid', reason: { code: 'IDENTITY_MISMATCH', message: 'x' } }, ['artifact-identity:fail']],
    ['verifier found a source mismatch', entry(''), { status: 'invalid', reason: { code: 'PROVENANCE_SOURCE_MISMATCH', message: 'x' } }, ['artifact-source:fail']],
    ['missing bundle, required by default', entry(''), { status: 'missing' }, ['artifact-missing:fail']],
    ['missing bundle, not required', entry('    required: false\n'), { status: 'missing' }, ['artifact-missing:warn']],
    ['unverifiable, required', entry(''), { status: 'unverifiable', reason: { code: 'PROVENANCE_UNVERIFIABLE_OFFLINE', message: 'x' } }, ['artifact-signature:fail']],
    ['unverifiable, not required', entry('    required: false\n'), { status: 'unverifiable' }, ['artifact-signature:warn']],
    ['artifact outside every entry, invalid', '', { subject: 'other/a.bin', status: 'invalid' }, ['artifact-signature:fail']],
    ['artifact outside every entry, missing', '', { subject: 'other/a.bin', status: 'missing' }, ['artifact-missing:warn']],
  ])('%s', (_name, policy, a, expected) => {
    expect(toRuleSeverities(findingsFor(policy, { packages: [], inventory: [], artifacts: [anArtifact(a)] }))).toEqual(expected);
  });

  describe('when a required entry matches no artifact', () => {
    it('fails with artifact-missing at the policy line', () => {
      const findings = findingsFor(entry(''), { packages: [], inventory: [], artifacts: [anArtifact({ subject: 'build/x.bin' })] });
      expect(findings).toEqual([
        expect.objectContaining({ ruleId: 'artifact-missing', severity: 'fail', code: 'POLICY_ARTIFACT_NOT_FOUND', subject: 'dist/*.tgz', location: { file: 'provenance-gate.yml', line: 2, column: 5 } }),
      ]);
    });

    it('passes when it is not required', () => {
      expect(findingsFor(entry('    required: false\n'), { packages: [], inventory: [], artifacts: [] })).toEqual([]);
    });
  });

  it('says what was expected and what the evidence says', () => {
    const [f] = findingsFor(entry('    ref: "refs/tags/v*"\n'), { packages: [], inventory: [], artifacts: [anArtifact(facts({ sourceRef: 'refs/heads/dev' }))] });
    expect(f?.message).toContain('refs/tags/v*');
    expect(f?.message).toContain('refs/heads/dev');
    expect(f?.location?.line).toBe(2);
  });
});

describe('artifactRequirementsFor', () => {
  const policy = aPolicy(
    `artifacts:\n  - path: "dist/*.tgz"\n    bundle: dist/app.sigstore.json\n    identity: { issuer: "${ISSUER}", san-regex: "^https://github.com/myorg/.*$" }\n    tag: v*\n    builder-ids: [b]\n    predicate-type: p\n    deny-self-hosted-runners: true\n  - path: "**/*.bin"\n`,
  );

  it('returns the matching entries as plain data', () => {
    expect(artifactRequirementsFor('dist/app.tgz', policy)).toEqual([
      {
        path: 'dist/*.tgz',
        bundle: 'dist/app.sigstore.json',
        identity: { issuer: ISSUER, sanRegex: '^https://github.com/myorg/.*$' },
        refs: ['refs/tags/v*'],
        builderIds: ['b'],
        predicateType: 'p',
        denySelfHostedRunners: true,
        required: true,
        policyPath: 'artifacts[0]',
      },
    ]);
    expect(artifactRequirementsFor('out/x.bin', policy).map((r) => r.path)).toEqual(['**/*.bin']);
    expect(artifactRequirementsFor('x.txt', policy)).toEqual([]);
  });

  it('returns copies the caller cannot use to change the policy', () => {
    const [r] = artifactRequirementsFor('dist/app.tgz', policy);
    r?.builderIds?.push('evil');
    expect(policy.artifacts[0]?.builderIds).toEqual(['b']);
  });
});
