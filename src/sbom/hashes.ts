/**
 * Subresource-integrity strings (`sha512-<base64>`, possibly several separated by
 * spaces) → CycloneDX hash entries with hex content. Unknown algorithms and malformed
 * values are skipped: an SBOM must never claim a hash it could not read.
 */
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';

/** SRI algorithm → CycloneDX algorithm name, with the base64 length each must have. */
const ALGORITHMS: Record<string, { alg: Enums.HashAlgorithm; bytes: number }> = {
  sha1: { alg: Enums.HashAlgorithm['SHA-1'], bytes: 20 },
  sha256: { alg: Enums.HashAlgorithm['SHA-256'], bytes: 32 },
  sha384: { alg: Enums.HashAlgorithm['SHA-384'], bytes: 48 },
  sha512: { alg: Enums.HashAlgorithm['SHA-512'], bytes: 64 },
};

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Hashes recorded by an SRI string, in the order given, one per algorithm. */
export function toHashes(integrity: string | undefined): [Enums.HashAlgorithm, string][] {
  if (!integrity) return [];
  const out: [Enums.HashAlgorithm, string][] = [];
  for (const item of integrity.trim().split(/\s+/)) {
    const dash = item.indexOf('-');
    const spec = ALGORITHMS[item.slice(0, dash).toLowerCase()];
    // SRI allows `?options` after the digest; they carry nothing for us.
    const b64 = item.slice(dash + 1).split('?')[0]!;
    if (!spec || dash < 0 || !BASE64.test(b64)) continue;
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length !== spec.bytes || out.some(([alg]) => alg === spec.alg)) continue;
    out.push([spec.alg, bytes.toString('hex')]);
  }
  return out;
}
