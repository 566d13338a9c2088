/**
 * Check 4 — source consistency: the repository the provenance was built from vs the
 * `repository` the version's manifest declares. npm rejects a provenance publish whose
 * repository.url disagrees, so a mismatch on the registry means something bypassed it.
 */
import type { CheckResult, ProvenanceCheck } from '../types.js';
import { fail } from './reasons.js';

/**
 * Manifest `repository` forms → `host/owner/repo` (lower case): `git+https://…/.git`,
 * `git+ssh://git@host/o/r.git`, `git@host:o/r.git`, `github:o/r`, `o/r`,
 * `https://host/o/r/tree/main/packages/x` (monorepo directory links).
 */
export function toRepositoryKey(url: string): string | undefined {
  let u = url.trim();
  const shorthand = /^(github|gitlab|bitbucket):([^/]+\/[^/#]+)/.exec(u);
  if (shorthand) u = `${shorthand[1] === 'bitbucket' ? 'bitbucket.org' : `${shorthand[1]}.com`}/${shorthand[2]}`;
  else if (/^[\w.-]+\/[\w.-]+$/.test(u)) u = `github.com/${u}`;
  u = u
    .replace(/^git\+/, '')
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^[^@/]+@([^:/]+):/, '$1/') // scp-like git@host:o/r
    .replace(/^[^@/]+@/, '') // user@ before host
    .replace(/#.*$/, '');
  const [host, owner, repo] = u.split('/');
  if (!host || !owner || !repo) return undefined;
  return `${host}/${owner}/${repo.replace(/\.git$/, '')}`.toLowerCase();
}

export function checkSourceConsistency(provenance: ProvenanceCheck, manifestRepository: string | undefined): CheckResult {
  if (provenance.status !== 'verified' || !provenance.sourceRepo) {
    return fail('unverifiable', 'PROVENANCE_MISSING', 'no verified provenance to compare the manifest repository with');
  }
  if (!manifestRepository) return fail('missing', 'MANIFEST_NO_REPOSITORY', 'the package manifest declares no repository');
  const declared = toRepositoryKey(manifestRepository);
  const built = toRepositoryKey(provenance.sourceRepo);
  if (!declared) return fail('unverifiable', 'MANIFEST_NO_REPOSITORY', `the manifest repository "${manifestRepository}" is not a repository URL`);
  if (declared !== built) {
    return fail('invalid', 'PROVENANCE_SOURCE_MISMATCH', `built from ${provenance.sourceRepo} but the manifest declares ${manifestRepository}`);
  }
  return { status: 'verified' };
}
