/**
 * Interop: the SLSA provenance of real npm attestations (v0.2 `npm/cli/gha@v0` and v1
 * `github-actions-buildtypes/workflow/v1`) parses, agrees with its certificate, and
 * names a trusted builder (the package repository's own workflow) — so H4's npm
 * verification can rely on these functions without false alarms.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkProvenanceAgainstCertificate, DEFAULT_TRUSTED_BUILDERS, evaluateStatement, parseStatement, toSlsaProvenance } from '../../src/provenance/index.js';
import { readCertificateFacts } from '../../src/sigstore/index.js';
import { describeRealWorld, HAS_REAL_WORLD, realWorld } from '../support/real-world.js';

interface Attestation {
  predicateType: string;
  bundle: { dsseEnvelope: { payload: string }; verificationMaterial: { certificate?: { rawBytes: string }; x509CertificateChain?: { certificates: Array<{ rawBytes: string }> } } };
}

const ROWS: Array<{ name: string; att: Attestation }> = [];
if (HAS_REAL_WORLD) {
  const { cases } = JSON.parse(readFileSync(realWorld('npm-attestation-cases.json'), 'utf8')) as { cases: Array<{ id: string; attestationsFile?: string }> };
  for (const c of cases) {
    let body: { attestations?: Attestation[] };
    try {
      body = JSON.parse(readFileSync(realWorld('npm', c.attestationsFile ?? ''), 'utf8'));
    } catch {
      continue;
    }
    for (const att of body.attestations ?? []) if (att.predicateType.startsWith('https://slsa.dev/provenance/')) ROWS.push({ name: c.id, att });
  }
}

describeRealWorld('real npm provenance statements', () => {
  it('has cases', () => {
    expect(ROWS.length).toBeGreaterThan(0);
  });
  it.each(ROWS)('$name: parses, agrees with its certificate, trusted builder', ({ att }) => {
    const vm = att.bundle.verificationMaterial;
    const raw = vm.certificate?.rawBytes ?? vm.x509CertificateChain?.certificates[0]?.rawBytes ?? '';
    const cert = readCertificateFacts(Buffer.from(raw, 'base64'));
    const statement = parseStatement(Buffer.from(att.bundle.dsseEnvelope.payload, 'base64'));
    const prov = toSlsaProvenance(statement);
    expect(prov.repository).toMatch(/^github\.com\/[^/]+\/[^/]+$/);
    expect(prov.sourceCommit).toMatch(/^[0-9a-f]{40}$/);
    expect(() => checkProvenanceAgainstCertificate(prov, cert)).not.toThrow();
    const facts = evaluateStatement(statement, cert, { mode: 'provenance', expectations: { sourceUri: prov.repository }, trustedBuilders: DEFAULT_TRUSTED_BUILDERS, identityPinned: false });
    expect(facts.sourceRepo).toBe(`https://${prov.repository}`);
    // Forge one field: the same statement with another commit must be caught.
    const forged = { ...prov, sourceCommit: 'f'.repeat(40) };
    expect(() => checkProvenanceAgainstCertificate(forged, cert)).toThrow(expect.objectContaining({ code: 'PROVENANCE_CERTIFICATE_MISMATCH' }));
  });
});
