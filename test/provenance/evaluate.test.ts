/**
 * Every provenance rule on synthetic statements + certificate facts (no crypto here;
 * test/artifacts covers the same rules end to end with the test CA).
 */
import { describe, expect, it } from 'vitest';
import { isGateError } from '../../src/errors.js';
import {
  DEFAULT_TRUSTED_BUILDERS,
  evaluateStatement,
  parseStatement,
  type ProvenanceExpectations,
  type StatementPolicy,
} from '../../src/provenance/index.js';
import type { CertificateFacts } from '../../src/sigstore/index.js';
import { BUILD, DELEGATOR, GENERATOR, NODEJS_BUILDER, toByobV1, toCert, toGenericV02, toGithubV1, toPayload } from './fixtures.js';

function policy(expectations: ProvenanceExpectations = {}, over: Partial<StatementPolicy> = {}): StatementPolicy {
  return { mode: 'provenance', expectations, trustedBuilders: DEFAULT_TRUSTED_BUILDERS, identityPinned: false, ...over };
}

function codeOf(statement: unknown, cert: CertificateFacts | undefined, p: StatementPolicy): string {
  try {
    evaluateStatement(parseStatement(toPayload(statement)), cert, p);
    return 'OK';
  } catch (e) {
    if (!isGateError(e)) throw e;
    return e.code;
  }
}

const GH_SIGNER = `https://github.com/${BUILD.repo}/${BUILD.workflowPath}@${BUILD.ref}`;
const REUSABLE = 'https://github.com/other-org/shared/.github/workflows/publish.yml@refs/tags/v3.0.0';

describe('evaluateStatement: slsa-github-generator generic (v0.2)', () => {
  const cert = toCert();
  it.each<[string, ProvenanceExpectations, string]>([
    ['no flags: default trusted builder', {}, 'OK'],
    ['--source-uri github.com/o/r', { sourceUri: 'github.com/octo-org/octo-repo' }, 'OK'],
    ['--source-uri with https://', { sourceUri: 'https://github.com/octo-org/octo-repo' }, 'OK'],
    ['--source-uri other repo', { sourceUri: 'github.com/octo-org/octo-repoA' }, 'PROVENANCE_SOURCE_MISMATCH'],
    ['--source-uri prefix only', { sourceUri: 'github.com/octo-org/octo' }, 'PROVENANCE_SOURCE_MISMATCH'],
    ['--source-tag exact', { sourceTag: 'v1.2.3' }, 'OK'],
    ['--source-tag other', { sourceTag: 'v1.2.4' }, 'PROVENANCE_REF_MISMATCH'],
    ['--source-versioned-tag v1', { sourceVersionedTag: 'v1' }, 'OK'],
    ['--source-versioned-tag v2', { sourceVersionedTag: 'v2' }, 'PROVENANCE_REF_MISMATCH'],
    ['--source-branch from base_ref', { sourceBranch: 'main' }, 'OK'],
    ['--source-branch other', { sourceBranch: 'dev' }, 'PROVENANCE_REF_MISMATCH'],
    ['--builder-id name', { builderId: GENERATOR }, 'OK'],
    ['--builder-id @v2.1.0', { builderId: `${GENERATOR}@v2.1.0` }, 'OK'],
    ['--builder-id @refs/tags/v2.1.0', { builderId: `${GENERATOR}@refs/tags/v2.1.0` }, 'OK'],
    ['--builder-id @v2.0.0', { builderId: `${GENERATOR}@v2.0.0` }, 'PROVENANCE_BUILDER_MISMATCH'],
    ['--builder-id other workflow', { builderId: GENERATOR.replace('generic', 'other') }, 'PROVENANCE_BUILDER_MISMATCH'],
    ['--predicate-type v1 only', { predicateTypes: ['https://slsa.dev/provenance/v1'] }, 'PROVENANCE_PREDICATE_MISMATCH'],
  ])('%s → %s', (_name, exp, code) => {
    expect(codeOf(toGenericV02(), cert, policy(exp))).toBe(code);
  });

  it('a branch build has a branch but no tag', () => {
    const b = { ref: 'refs/heads/main', trigger: 'workflow_dispatch' };
    expect(codeOf(toGenericV02(b), toCert(b), policy({ sourceBranch: 'main' }))).toBe('OK');
    expect(codeOf(toGenericV02(b), toCert(b), policy({ sourceTag: 'v1.2.3' }))).toBe('PROVENANCE_REF_MISMATCH');
    expect(codeOf(toGenericV02(b), toCert(b), policy({ sourceVersionedTag: 'v1' }))).toBe('PROVENANCE_REF_MISMATCH');
  });

  it('a tag pushed without base_ref has no branch', () => {
    expect(codeOf(toGenericV02({ baseRef: null }), cert, policy({ sourceBranch: 'main' }))).toBe('PROVENANCE_REF_MISMATCH');
  });

  it.each<[string, Record<string, string>, string]>([
    ['all inputs equal', { version: '1.0', dry: 'true' }, 'OK'],
    ['a value differs', { version: '2.0' }, 'PROVENANCE_WORKFLOW_INPUTS_MISMATCH'],
    ['an input is missing', { missing: 'x' }, 'PROVENANCE_WORKFLOW_INPUTS_MISMATCH'],
  ])('--build-workflow-input: %s → %s', (_n, inputs, code) => {
    const b = { ref: 'refs/heads/main', trigger: 'workflow_dispatch', inputs: { version: '1.0', dry: true } };
    expect(codeOf(toGenericV02(b), toCert(b), policy({ workflowInputs: inputs }))).toBe(code);
  });

  it.each<[string, string]>([
    ['refs/heads/main', 'PROVENANCE_BUILDER_UNTRUSTED'],
    ['refs/tags/v2.1.0-rc.1', 'PROVENANCE_BUILDER_UNTRUSTED'],
    ['refs/tags/v2.1', 'PROVENANCE_BUILDER_UNTRUSTED'],
    ['refs/tags/v2.1.0', 'OK'],
  ])('the generator referenced at %s → %s (slsa-verifier version rule)', (ref, code) => {
    const b = { signer: `${GENERATOR}@${ref}` };
    expect(codeOf(toGenericV02(b), toCert(b), policy({ builderId: GENERATOR }))).toBe(code);
  });

  it('an unknown reusable workflow needs --builder-id or a pinned signer', () => {
    const b = { signer: REUSABLE };
    expect(codeOf(toGenericV02(b), toCert(b), policy())).toBe('PROVENANCE_BUILDER_UNTRUSTED');
    expect(codeOf(toGenericV02(b), toCert(b), policy({ builderId: REUSABLE.split('@')[0] }))).toBe('OK');
    expect(codeOf(toGenericV02(b), toCert(b), policy({}, { identityPinned: true }))).toBe('OK');
    expect(codeOf(toGenericV02(b), toCert(b), policy({}, { trustedBuilders: [...DEFAULT_TRUSTED_BUILDERS, { id: REUSABLE.split('@')[0]!, kind: 'reusable-workflow' }] }))).toBe('OK');
  });

  it('a certificate from another OIDC issuer is no workflow identity', () => {
    const c = { ...cert, issuer: 'https://accounts.google.com' };
    expect(codeOf(toGenericV02(), c, policy())).toBe('PROVENANCE_BUILDER_UNTRUSTED');
  });
});

describe('evaluateStatement: the statement must agree with its certificate', () => {
  it.each<[string, Partial<typeof BUILD>]>([
    ['source repository', { repo: 'evil/octo-repo' }],
    ['source commit', { commit: 'c'.repeat(40) }],
    ['source ref', { ref: 'refs/tags/v9.9.9' }],
    ['trigger', { trigger: 'pull_request' }],
    ['workflow', { workflowPath: '.github/workflows/evil.yml' }],
    ['builder', { signer: `${GENERATOR.replace('generic', 'go')}@refs/tags/v2.1.0` }],
  ])('%s claimed differently → PROVENANCE_CERTIFICATE_MISMATCH', (_what, forged) => {
    expect(codeOf(toGenericV02(forged), toCert(), policy())).toBe('PROVENANCE_CERTIFICATE_MISMATCH');
  });

  it('runner environment claimed differently → PROVENANCE_CERTIFICATE_MISMATCH', () => {
    const signer = GH_SIGNER;
    expect(codeOf(toGithubV1({ runner: 'github-hosted' }), toCert({ signer, runner: 'self-hosted' }), policy())).toBe('PROVENANCE_CERTIFICATE_MISMATCH');
  });

  it('falls back to the deprecated v1 extensions (.2 .3 .5 .6)', () => {
    const old: CertificateFacts = {
      ...toCert(),
      extensions: { issuer: BUILD.signer, githubWorkflowRepository: 'evil/octo-repo', githubWorkflowSha: BUILD.commit, githubWorkflowRef: BUILD.ref, githubWorkflowTrigger: 'push' },
    };
    old.issuer = 'https://token.actions.githubusercontent.com';
    expect(codeOf(toGenericV02(), old, policy())).toBe('PROVENANCE_CERTIFICATE_MISMATCH');
    old.extensions.githubWorkflowRepository = BUILD.repo;
    expect(codeOf(toGenericV02(), old, policy())).toBe('OK');
  });

  it('signature mode reports but does not interpret a disagreeing predicate', () => {
    const facts = evaluateStatement(parseStatement(toPayload(toGenericV02({ repo: 'evil/x' }))), toCert(), policy({}, { mode: 'signature' }));
    expect(facts.sourceRepo).toBe(`https://github.com/${BUILD.repo}`);
    expect(facts.builderId).toBeUndefined();
    expect(facts.predicateType).toBe('https://slsa.dev/provenance/v0.2');
  });
});

describe('evaluateStatement: GitHub artifact attestations (actions.github.io workflow/v1)', () => {
  const signer = GH_SIGNER;
  it('the repository’s own workflow is trusted out of the box', () => {
    expect(codeOf(toGithubV1(), toCert({ signer }), policy({ sourceUri: 'github.com/octo-org/octo-repo' }))).toBe('OK');
  });
  it('a reusable workflow of another repository must be named', () => {
    const b = { signer: REUSABLE };
    expect(codeOf(toGithubV1(b), toCert(b), policy({ sourceUri: 'github.com/octo-org/octo-repo' }))).toBe('PROVENANCE_BUILDER_UNTRUSTED');
    expect(codeOf(toGithubV1(b), toCert(b), policy({ builderId: 'https://github.com/other-org/shared/.github/workflows/publish.yml' }))).toBe('OK');
  });
  it('reports the facts', () => {
    const facts = evaluateStatement(parseStatement(toPayload(toGithubV1())), toCert({ signer }), policy());
    expect(facts).toMatchObject({
      builderId: signer,
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      sourceRepo: 'https://github.com/octo-org/octo-repo',
      sourceRef: BUILD.ref,
      sourceCommit: BUILD.commit,
      signerIdentity: signer,
      issuer: 'https://token.actions.githubusercontent.com',
      workflow: 'octo-org/octo-repo/.github/workflows/release.yml',
    });
  });
});

describe('evaluateStatement: BYOB delegators', () => {
  const delegated = { signer: `${DELEGATOR}@refs/tags/v2.1.0` };
  it.each<[string, string, ProvenanceExpectations, string]>([
    ['slsa-github-generator tool at a release tag', `${NODEJS_BUILDER}@refs/tags/v2.1.0`, {}, 'OK'],
    ['tool at main', `${NODEJS_BUILDER}@refs/heads/main`, {}, 'PROVENANCE_BUILDER_UNTRUSTED'],
    ['tool without version', NODEJS_BUILDER, {}, 'PROVENANCE_BUILDER_UNTRUSTED'],
    ['third-party tool, not named', 'https://github.com/acme/tools/.github/workflows/build.yml@refs/tags/v1.0.0', {}, 'PROVENANCE_BUILDER_UNTRUSTED'],
    ['third-party tool, named', 'https://github.com/acme/tools/.github/workflows/build.yml@refs/tags/v1.0.0', { builderId: 'https://github.com/acme/tools/.github/workflows/build.yml' }, 'OK'],
    ['--builder-id names another tool', `${NODEJS_BUILDER}@refs/tags/v2.1.0`, { builderId: 'https://github.com/acme/tools/.github/workflows/build.yml' }, 'PROVENANCE_BUILDER_MISMATCH'],
  ])('%s → %s', (_n, tool, exp, code) => {
    expect(codeOf(toByobV1(tool, delegated), toCert(delegated), policy(exp))).toBe(code);
  });

  it('reports the tool workflow as the builder', () => {
    const facts = evaluateStatement(parseStatement(toPayload(toByobV1(`${NODEJS_BUILDER}@refs/tags/v2.1.0`, delegated))), toCert(delegated), policy());
    expect(facts.builderId).toBe(`${NODEJS_BUILDER}@refs/tags/v2.1.0`);
  });

  it('the delegator itself must be at a release tag', () => {
    const b = { signer: `${DELEGATOR}@refs/heads/main` };
    expect(codeOf(toByobV1(`${NODEJS_BUILDER}@refs/tags/v2.1.0`, b), toCert(b), policy())).toBe('PROVENANCE_BUILDER_UNTRUSTED');
  });
});

describe('parseStatement: malformed statements', () => {
  it.each<[string, unknown]>([
    ['not JSON', 'nope'],
    ['an array', []],
    ['unknown _type', { _type: 'x', subject: [{ digest: { sha256: 'a' } }], predicateType: 'p' }],
    ['no subjects', { _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'p' }],
    ['a subject without digest', { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'a' }], predicateType: 'p' }],
    ['a non-string digest', { _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: 1 } }], predicateType: 'p' }],
    ['no predicateType', { _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: 'a' } }] }],
    ['a non-object predicate', { _type: 'https://in-toto.io/Statement/v1', subject: [{ digest: { sha256: 'a' } }], predicateType: 'p', predicate: 3 }],
  ])('%s → PROVENANCE_MALFORMED', (_n, doc) => {
    const payload = typeof doc === 'string' ? Buffer.from(doc) : toPayload(doc);
    expect(() => parseStatement(payload, 'x.json')).toThrow(expect.objectContaining({ code: 'PROVENANCE_MALFORMED', file: 'x.json' }));
  });

  it('SLSA without builder id → PROVENANCE_MALFORMED', () => {
    const s = toGithubV1();
    (s.predicate.runDetails as { builder?: unknown }).builder = undefined;
    expect(codeOf(s, toCert({ signer: GH_SIGNER }), policy())).toBe('PROVENANCE_MALFORMED');
  });
});
