/**
 * gh attestation verify's identity flags, checked against the certificate (never the
 * statement): --owner, --repo, --signer-workflow, --signer-repo, --signer-digest,
 * --source-ref, --source-digest, --deny-self-hosted-runners, and its default issuer.
 */
import { GateError } from '../errors.js';
import type { CertificateFacts } from '../sigstore/index.js';
import { GITHUB_ACTIONS_ISSUER } from './builder-check.js';
import type { CertificateExpectations } from './types.js';

const GITHUB = 'https://github.com/';

function mismatch(message: string, file?: string): never {
  throw new GateError('IDENTITY_MISMATCH', message, { file });
}

/** `github.com/o/r/.github/workflows/x.yml` or `o/r/…` → `https://github.com/o/r/…`. */
function toGithubUrl(s: string): string {
  const bare = s.replace(/^https?:\/\//, '');
  return bare.startsWith('github.com/') ? `https://${bare}` : `${GITHUB}${bare}`;
}

/** True when any gh-style flag asks about the certificate. */
export function hasCertificateExpectations(e: CertificateExpectations): boolean {
  return [e.owner, e.repo, e.signerWorkflow, e.signerRepo, e.signerDigest, e.sourceRef, e.sourceDigest, e.issuer].some((v) => v !== undefined) ||
    e.denySelfHostedRunners === true;
}

export function checkCertificateExpectations(cert: CertificateFacts | undefined, e: CertificateExpectations, file?: string): void {
  if (!hasCertificateExpectations(e)) return;
  if (!cert) mismatch('the bundle is signed with a key, not a certificate, so its signer identity cannot be checked', file);
  const x = cert.extensions;
  const san = cert.subjectAlternativeName;
  const ghFlags = e.owner !== undefined || e.repo !== undefined || e.signerWorkflow !== undefined || e.signerRepo !== undefined;
  const issuer = e.issuer ?? (ghFlags ? GITHUB_ACTIONS_ISSUER : undefined);
  if (issuer !== undefined && cert.issuer !== issuer) mismatch(`the OIDC issuer is '${cert.issuer}', expected '${issuer}'`, file);

  const owner = e.owner ?? e.repo?.split('/')[0];
  if (owner !== undefined) {
    const got = x.sourceRepositoryOwnerURI;
    if (got === undefined || got.toLowerCase() !== `${GITHUB}${owner}`.toLowerCase()) {
      mismatch(`the source repository owner is '${got ?? 'not stated'}', expected ${GITHUB}${owner}`, file);
    }
  }
  if (e.repo !== undefined) {
    const got = x.sourceRepositoryURI;
    if (got === undefined || got.toLowerCase() !== `${GITHUB}${e.repo}`.toLowerCase()) {
      mismatch(`the source repository is '${got ?? 'not stated'}', expected ${GITHUB}${e.repo}`, file);
    }
  }
  // Who signed: an explicit signer flag, else (gh's default) a workflow of the source repo/owner.
  if (e.signerWorkflow !== undefined) {
    const want = toGithubUrl(e.signerWorkflow);
    if (!(san === want || san.startsWith(`${want}@`))) mismatch(`the signer is ${san}, expected workflow ${want}`, file);
  } else if (e.signerRepo !== undefined) {
    const want = `${toGithubUrl(e.signerRepo)}/`;
    if (!san.toLowerCase().startsWith(want.toLowerCase())) mismatch(`the signer is ${san}, expected a workflow of ${want}`, file);
  } else if (!e.sanPinned && (e.repo !== undefined || e.owner !== undefined)) {
    const want = `${GITHUB}${e.repo ?? e.owner}/`;
    if (!san.toLowerCase().startsWith(want.toLowerCase())) {
      mismatch(`the signer is ${san}, not a workflow of ${want} (pass --signer-workflow or --signer-repo for reusable workflows)`, file);
    }
  }
  const exact = (flag: string, got: string | undefined, want: string | undefined) => {
    if (want !== undefined && got !== want) mismatch(`${flag}: the certificate says '${got ?? 'not stated'}', expected '${want}'`, file);
  };
  exact('--signer-digest', x.buildSignerDigest, e.signerDigest);
  exact('--source-ref', x.sourceRepositoryRef ?? x.githubWorkflowRef, e.sourceRef);
  exact('--source-digest', x.sourceRepositoryDigest ?? x.githubWorkflowSha, e.sourceDigest);
  if (e.denySelfHostedRunners && x.runnerEnvironment !== 'github-hosted') {
    mismatch(`the build ran on a '${x.runnerEnvironment ?? 'unknown'}' runner, and --deny-self-hosted-runners is set`, file);
  }
}
