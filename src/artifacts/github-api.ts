/**
 * GitHub artifact attestations by digest: `GET /repos/{owner}/{repo}/attestations/sha256:{hex}`
 * (or `/orgs/{owner}/…` for --owner alone), following `Link: rel="next"` pages.
 * 404 means "no attestations"; 401/403 is a token problem (exit 2); anything else
 * that is not a page of attestations is a bad response.
 */
import { GateError } from '../errors.js';
import { toEvidenceItem, type EvidenceItem } from './evidence-file.js';

export interface GithubAttestationsOptions {
  /** `owner/repo` (gh --repo) … */
  repo?: string;
  /** … or an owner / organisation (gh --owner). */
  owner?: string;
  token?: string;
  /** Default https://api.github.com (GITHUB_API_URL in Actions, a fake server in tests). */
  apiUrl?: string;
  /** Page size (max 100). */
  perPage?: number;
  /** Safety stop for runaway pagination. */
  maxPages?: number;
  fetch?: typeof fetch;
}

function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/** The bundles GitHub holds for `sha256:<hex>`, as evidence items labelled `github:<scope>#n`. */
export async function fetchGithubAttestations(hex: string, options: GithubAttestationsOptions): Promise<EvidenceItem[]> {
  const base = (options.apiUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const scope = options.repo ? `repos/${options.repo}` : options.owner ? `orgs/${options.owner}` : undefined;
  if (!scope) throw new GateError('USAGE', '--github-attestations needs --repo OWNER/REPO or --owner OWNER');
  const doFetch = options.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'provenance-gate' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const label = `github:${options.repo ?? options.owner}`;
  let url: string | undefined = `${base}/${scope}/attestations/sha256:${hex}?per_page=${options.perPage ?? 100}`;
  const items: EvidenceItem[] = [];
  for (let page = 0; url !== undefined; page++) {
    if (page >= (options.maxPages ?? 50)) throw new GateError('GITHUB_API_BAD_RESPONSE', `more than ${options.maxPages ?? 50} pages of attestations`, { file: url });
    let res: Response;
    try {
      res = await doFetch(url, { headers });
    } catch (e) {
      throw new GateError('GITHUB_API_UNREACHABLE', `cannot reach the GitHub API: ${(e as Error).message}`, { file: url, cause: e });
    }
    if (res.status === 404) return items;
    if (res.status === 401 || res.status === 403) {
      throw new GateError('GITHUB_API_UNAUTHORIZED', `the GitHub API refused the request (HTTP ${res.status})`, {
        file: url,
        fix: 'set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository’s attestations',
      });
    }
    if (!res.ok) throw new GateError('GITHUB_API_BAD_RESPONSE', `the GitHub API answered HTTP ${res.status}`, { file: url });
    let body: unknown;
    try {
      body = await res.json();
    } catch (e) {
      throw new GateError('GITHUB_API_BAD_RESPONSE', 'the GitHub API answered with invalid JSON', { file: url, cause: e });
    }
    const list = (body as { attestations?: unknown } | null)?.attestations;
    if (!Array.isArray(list)) throw new GateError('GITHUB_API_BAD_RESPONSE', 'the GitHub API answer has no attestations list', { file: url });
    for (const a of list) {
      const bundle = (a as { bundle?: unknown } | null)?.bundle;
      if (bundle !== undefined && bundle !== null) items.push(toEvidenceItem(bundle, `${label}#${items.length + 1}`));
    }
    url = nextLink(res.headers.get('link'));
    // The token goes only where it was meant to go.
    if (url !== undefined && new URL(url, base).origin !== new URL(base).origin) {
      throw new GateError('GITHUB_API_BAD_RESPONSE', `the next page points to another host (${url})`, { file: base });
    }
  }
  return items;
}
