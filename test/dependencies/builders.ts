/** In-test builders for dependency verification: packages, stub attestations. */
import { GateError, type GateErrorCode } from '../../src/errors.js';
import type { AttestationVerifier, VerifiedAttestation } from '../../src/dependencies/attestations.js';
import { toNpmSubjectPurl } from '../../src/dependencies/provenance.js';
import type { CertificateFacts } from '../../src/sigstore/index.js';
import type { Package } from '../../src/types.js';

export function aPackage(over: Partial<Package> & { name: string; version: string }): Package {
  return {
    id: `node_modules/${over.name}`,
    ecosystem: 'npm',
    purl: toNpmSubjectPurl(over.name, over.version),
    source: 'registry',
    paths: [`node_modules/${over.name}`],
    dev: false,
    optional: false,
    bundled: false,
    direct: true,
    dependencies: [],
    location: { file: 'package-lock.json' },
    ...over,
  };
}

const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';

/**
 * A stub "bundle": the verification result itself (or a failure code), so the
 * dependency logic is tested apart from the cryptography (which the real-world and
 * test-CA tests cover).
 */
export interface StubBundle {
  result?: VerifiedAttestation;
  fail?: GateErrorCode;
}

export const stubVerifier: AttestationVerifier = async (bundle, what) => {
  const b = bundle as StubBundle;
  if (b.fail) throw new GateError(b.fail, `${what}: injected failure`);
  if (!b.result) throw new GateError('BUNDLE_MALFORMED', `${what}: not a stub bundle`);
  return b.result;
};

export interface StubProvenanceSpec {
  name: string;
  version: string;
  sha512Hex: string;
  repo?: string;
  workflow?: string;
  subjectName?: string;
  omitPublish?: boolean;
  failProvenance?: GateErrorCode;
}

/** An attestations response body: SLSA v1 provenance + npm publish attestation (stubs). */
export function aStubAttestationsBody(s: StubProvenanceSpec): unknown {
  const repo = s.repo ?? `https://github.com/acme/${s.name.replace(/^@.*\//, '')}`;
  const workflow = s.workflow ?? '.github/workflows/release.yml';
  const subject = [{ name: s.subjectName ?? toNpmSubjectPurl(s.name, s.version), digest: { sha512: s.sha512Hex } }];
  const cert: CertificateFacts = {
    subjectAlternativeName: `${repo}/${workflow}@refs/tags/v${s.version}`,
    issuer: 'https://token.actions.githubusercontent.com',
    extensions: {
      sourceRepositoryURI: repo,
      sourceRepositoryRef: `refs/tags/v${s.version}`,
      sourceRepositoryDigest: 'a'.repeat(40),
      buildSignerURI: `${repo}/${workflow}@refs/tags/v${s.version}`,
      buildConfigURI: `${repo}/${workflow}@refs/tags/v${s.version}`,
      runnerEnvironment: 'github-hosted',
    },
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2026-01-01T00:10:00Z'),
  };
  const provenance: StubBundle = s.failProvenance
    ? { fail: s.failProvenance }
    : {
        result: {
          statement: {
            type: 'https://in-toto.io/Statement/v1',
            subjects: subject,
            predicateType: SLSA_V1,
            predicate: {
              buildDefinition: {
                buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
                externalParameters: { workflow: { ref: `refs/tags/v${s.version}`, repository: repo, path: workflow } },
                resolvedDependencies: [{ uri: `git+${repo}@refs/tags/v${s.version}`, digest: { gitCommit: 'a'.repeat(40) } }],
              },
              runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' } },
            },
          },
          certificate: cert,
          logTime: '2026-01-01T00:01:00.000Z',
          logIndex: '42',
        },
      };
  const publish: StubBundle = {
    result: {
      statement: {
        type: 'https://in-toto.io/Statement/v0.1',
        subjects: subject,
        predicateType: NPM_PUBLISH,
        predicate: { name: s.name, version: s.version, registry: 'https://registry.npmjs.org' },
      },
      keyId: 'SHA256:test-npm-attestation-key',
      logTime: '2026-01-01T00:01:01.000Z',
    },
  };
  return {
    attestations: [
      { predicateType: SLSA_V1, bundle: provenance },
      ...(s.omitPublish ? [] : [{ predicateType: NPM_PUBLISH, bundle: publish }]),
    ],
  };
}
