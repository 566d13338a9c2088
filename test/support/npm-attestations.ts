/**
 * npm attestations minted with the test CA (test/support/test-ca): the body of
 * `GET /-/npm/v1/attestations/<name>@<version>` — SLSA v1 provenance as the npm CLI
 * writes it (Fulcio-like certificate with GitHub Actions extensions) and the npm
 * publish attestation (signed with the instance's managed key, standing in for the
 * registry's `npm:attestations` key).
 */
import { createHash, createPublicKey } from 'node:crypto';
import type { RegistryKey } from '../../src/registry/types.js';
import type { TestInstance } from './test-ca/index.js';

const NPM_PUBLISH = 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';

export interface NpmAttestationSpec {
  name: string;
  version: string;
  /** Lower-case hex sha512 of the tarball. */
  sha512Hex: string;
  /** `https://github.com/o/r` */
  repo: string;
  workflow?: string;
  commit?: string;
  /** Certificate facts that differ from the statement (negative tests). */
  certRepo?: string;
  /** Sign the publish attestation with a certificate instead of the npm key. */
  publishWithCertificate?: boolean;
}

/** Trust for verifying these bundles: the instance's root and its managed key as npm key. */
export function toTestNpmTrust(ca: TestInstance, keyWindow: { notBefore?: string; expires?: string } = {}): {
  trustedRootDocuments: unknown[];
  npmAttestationKeys: RegistryKey[];
} {
  const der = createPublicKey(ca.managedKeyPem).export({ type: 'spki', format: 'der' });
  // The test CA's key hint (what the bundles carry) is the base64 sha256 of the SPKI.
  const keyid = createHash('sha256').update(der).digest('base64');
  return { trustedRootDocuments: [ca.trustedRoot], npmAttestationKeys: [{ keyid, key: der.toString('base64'), ...keyWindow }] };
}

export function mintNpmAttestations(ca: TestInstance, s: NpmAttestationSpec): { attestations: Array<{ predicateType: string; bundle: unknown }> } {
  const workflow = s.workflow ?? '.github/workflows/release.yml';
  const ref = `refs/tags/v${s.version}`;
  const commit = s.commit ?? createHash('sha1').update(`${s.name}@${s.version}`).digest('hex');
  const subject = [{ name: `pkg:npm/${s.name.replace(/^@/, '%40')}@${s.version}`, digest: { sha512: s.sha512Hex } }];
  const path = s.repo.replace(/^https:\/\/github\.com\//, '');
  const provenance = {
    _type: 'https://in-toto.io/Statement/v1',
    subject,
    predicateType: SLSA_V1,
    predicate: {
      buildDefinition: {
        buildType: 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
        externalParameters: { workflow: { ref, repository: s.repo, path: workflow } },
        internalParameters: { github: { event_name: 'push', repository_id: '1', repository_owner_id: '2' } },
        resolvedDependencies: [{ uri: `git+${s.repo}@${ref}`, digest: { gitCommit: commit } }],
      },
      runDetails: { builder: { id: 'https://github.com/actions/runner/github-hosted' }, metadata: { invocationId: `${s.repo}/actions/runs/1/attempts/1` } },
    },
  };
  const certRepo = s.certRepo ?? s.repo;
  const certPath = certRepo.replace(/^https:\/\/github\.com\//, '');
  const signer = `${certRepo}/${workflow}@${ref}`;
  const extensions = {
    githubWorkflowTrigger: 'push',
    githubWorkflowSha: commit,
    githubWorkflowRepository: certPath,
    githubWorkflowRef: ref,
    buildSignerURI: signer,
    buildSignerDigest: commit,
    runnerEnvironment: 'github-hosted',
    sourceRepositoryURI: certRepo,
    sourceRepositoryDigest: commit,
    sourceRepositoryRef: ref,
    sourceRepositoryIdentifier: '1',
    sourceRepositoryOwnerIdentifier: '2',
    buildConfigURI: signer,
    buildConfigDigest: commit,
    buildTrigger: 'push',
  };
  void path;
  const prov = ca.signDsse('application/vnd.in-toto+json', JSON.stringify(provenance), { san: signer, extensions });
  const publishStatement = {
    _type: 'https://in-toto.io/Statement/v0.1',
    subject,
    predicateType: NPM_PUBLISH,
    predicate: { name: s.name, version: s.version, registry: 'https://registry.npmjs.org' },
  };
  const publish = ca.signDsse('application/vnd.in-toto+json', JSON.stringify(publishStatement), s.publishWithCertificate ? { san: signer, extensions } : { withKey: true });
  return {
    attestations: [
      { predicateType: NPM_PUBLISH, bundle: publish.bundle },
      { predicateType: SLSA_V1, bundle: prov.bundle },
    ],
  };
}
