/**
 * The collapsed per-subject tables of the job summary: every package with its signature
 * and provenance status and where it was built from, and every artifact. Failing and
 * odd statuses sort first so the interesting rows are at the top of long tables.
 */
import type { ArtifactVerification, CheckStatus, PackageVerification } from '../types.js';
import { escapeCell, renderCode, renderLink, renderTable } from './markdown.js';

const ICON: Record<CheckStatus, string> = { verified: '✅', missing: '❔', invalid: '❌', unverifiable: '⚠️' };
const RANK: Record<CheckStatus, number> = { invalid: 0, unverifiable: 1, missing: 2, verified: 3 };

export function renderPackageTable(packages: PackageVerification[]): string {
  const sorted = [...packages].sort(
    (a, b) =>
      Math.min(RANK[a.signature.status], RANK[a.provenance.status]) - Math.min(RANK[b.signature.status], RANK[b.provenance.status]) ||
      a.name.localeCompare(b.name) ||
      a.version.localeCompare(b.version),
  );
  const rows = sorted.map((p) => [
    renderCode(`${p.name}@${p.version}`),
    renderStatus(p.signature.status, p.signature.reason?.code),
    renderStatus(p.provenance.status, p.provenance.reason?.code),
    renderSource(p.provenance.sourceRepo, p.provenance.sourceCommit),
  ]);
  return renderTable(['Package', 'Signature', 'Provenance', 'Built from'], rows);
}

export function renderArtifactTable(artifacts: ArtifactVerification[]): string {
  const rows = artifacts.map((a) => [
    renderCode(a.subject),
    renderStatus(a.status, a.reason?.code),
    renderSource(a.facts.sourceRepo, a.facts.sourceCommit),
    a.facts.signerIdentity ? renderCode(a.facts.signerIdentity) : '',
    renderCode(`${a.digest.algorithm}:${a.digest.hex.slice(0, 12)}…`),
  ]);
  return renderTable(['Artifact', 'Status', 'Built from', 'Signer', 'Digest'], rows);
}

function renderStatus(status: CheckStatus, code: string | undefined): string {
  return `${ICON[status]} ${status}${code ? ` (${renderCode(code)})` : ''}`;
}

/** `owner/repo@abcdef1`, linked to the commit when the repository is on a known forge. */
function renderSource(repo: string | undefined, commit: string | undefined): string {
  if (!repo) return '';
  const https = /^https?:\/\//.test(repo) ? repo.replace(/\.git$/, '') : `https://${repo.replace(/^git\+/, '').replace(/\.git$/, '')}`;
  const short = https.replace(/^https?:\/\/(github\.com|gitlab\.com)\//, '');
  const text = escapeCell(commit ? `${short}@${commit.slice(0, 7)}` : short);
  const url = commit && /^https:\/\/(github\.com|gitlab\.com)\//.test(https) ? `${https}/commit/${commit}` : https;
  return renderLink(text, url);
}
