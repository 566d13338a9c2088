/**
 * Where the evidence for an artifact is: `--bundle` files when given, else the files
 * beside it named after it, else shared `*.intoto.jsonl` provenance in its directory
 * (slsa-github-generator's `multiple.intoto.jsonl`) whose subjects list its digest.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Suffixes tried beside `<file>`, in order. */
export const EVIDENCE_SUFFIXES = ['.sigstore.json', '.sigstore', '.bundle', '.intoto.jsonl'] as const;

/** Shared provenance files considered per directory (more are ignored: a directory of provenance is not evidence discovery). */
const MAX_SHARED_FILES = 64;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Evidence files named after the artifact that exist. */
export async function findEvidenceBeside(artifactPath: string): Promise<string[]> {
  const found: string[] = [];
  for (const suffix of EVIDENCE_SUFFIXES) {
    if (await isFile(artifactPath + suffix)) found.push(artifactPath + suffix);
  }
  return found;
}

/** `gh attestation download` names its file after the digest: `sha256:<hex>.jsonl` in `dir`. */
export async function findDownloadedAttestations(dir: string, sha256Hex: string): Promise<string[]> {
  const path = join(dir, `sha256:${sha256Hex}.jsonl`);
  return (await isFile(path)) ? [path] : [];
}

/**
 * `*.intoto.jsonl` files in the artifact's directory that are not named after
 * another file there (those belong to that file) — candidates for shared provenance.
 */
export async function findSharedProvenance(artifactPath: string): Promise<string[]> {
  const dir = dirname(artifactPath);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const present = new Set(names);
  const own = basename(artifactPath);
  return names
    .filter((n) => n.endsWith('.intoto.jsonl') && n !== `${own}.intoto.jsonl`)
    .filter((n) => !present.has(n.slice(0, -'.intoto.jsonl'.length)))
    .sort()
    .slice(0, MAX_SHARED_FILES)
    .map((n) => join(dir, n));
}
