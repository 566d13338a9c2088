/**
 * Interop: every check of ../shared/real-world/artifacts-cases.json, run through the
 * verify-artifact CLI with the reference tool's flags mapped to ours. Same verdict as
 * slsa-verifier / gh attestation verify / the sigstore clients; `online` cases (legacy
 * envelopes without log data) must be reported unverifiable, never verified.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { describeRealWorld, HAS_REAL_WORLD, realWorld } from '../support/real-world.js';

interface CaseFile {
  role: string;
  file: string;
  gzipped?: boolean;
  observed?: Array<{ san?: string; oidc_issuer?: string; subjects?: Array<{ digest: Record<string, string> }> }>;
}
interface Check extends Record<string, unknown> {
  tool: string;
  expect: string;
  error?: string;
}
interface Case {
  id: string;
  trust: string;
  online: boolean | string;
  files: CaseFile[];
  checks: Check[];
}

const CASES: Case[] = HAS_REAL_WORLD ? JSON.parse(readFileSync(realWorld('artifacts-cases.json'), 'utf8')) : [];
const WORK = HAS_REAL_WORLD ? mkdtempSync(join(tmpdir(), 'pg-rw-')) : '';

/** Gzipped artifacts are stored compressed; the reference tools saw the original bytes. */
function toArtifactPath(f: CaseFile): string {
  const path = realWorld('artifacts', f.file);
  if (!f.gzipped) return path;
  const out = join(WORK, `${f.file.replace(/[/]/g, '_')}`.replace(/\.gz$/, ''));
  writeFileSync(out, gunzipSync(readFileSync(path)));
  return out;
}

const FLAG: Record<string, string> = {
  'source-uri': '--source-uri',
  'source-tag': '--source-tag',
  'source-branch': '--source-branch',
  'source-versioned-tag': '--source-versioned-tag',
  'builder-id': '--builder-id',
  owner: '--owner',
  repo: '--repo',
  'signer-workflow': '--signer-workflow',
  'signer-repo': '--signer-repo',
  'certificate-identity': '--cert-identity',
  'certificate-oidc-issuer': '--cert-oidc-issuer',
  'source-repository-ref': '--source-ref',
  'source-repository-digest': '--source-digest',
};

function toArgv(c: Case, check: Check): string[] {
  const argv = ['verify-artifact'];
  const evidence = c.files.filter((f) => f.role === 'provenance' || f.role === 'bundle');
  for (const f of evidence) argv.push('--bundle', realWorld('artifacts', f.file));
  const artifacts = c.files.filter((f) => f.role === 'artifact');
  for (const f of artifacts) argv.push(toArtifactPath(f));
  if (artifacts.length === 0) {
    const digest = evidence[0]?.observed?.[0]?.subjects?.[0]?.digest.sha256;
    argv.push('--digest', `sha256:${digest}`);
  }
  for (const [k, v] of Object.entries(check)) {
    if (FLAG[k]) argv.push(FLAG[k], String(v));
    if (k === 'build-workflow-input') for (const [ik, iv] of Object.entries(v as Record<string, string>)) argv.push('--build-workflow-input', `${ik}=${iv}`);
    if (k === 'source-repository-uri') argv.push('--repo', String(v).replace('https://github.com/', ''));
    if (k === 'runner-environment' && v === 'github-hosted') argv.push('--deny-self-hosted-runners');
  }
  // The sigstore clients always require a signer; where the reference gave none, pin the observed one.
  if (check.tool.startsWith('sigstore bundle verify') && check['certificate-identity'] === undefined) {
    const seen = evidence[0]?.observed?.[0];
    if (seen?.san) argv.push('--cert-identity', seen.san, '--cert-oidc-issuer', seen.oidc_issuer ?? '');
    else argv.push('--cert-identity-regex', '.*');
  }
  const productionRoot = (check.error ?? '').includes('production root');
  const root = c.files.find((f) => f.role === 'trusted_root');
  if (root) argv.push('--trusted-root', realWorld('artifacts', root.file));
  else if (c.trust.startsWith('staging') && !productionRoot) argv.push('--trusted-root', realWorld('trust', 'staging.trusted_root.json'));
  return argv;
}

/** slsa-verifier's PASS-only-in-testing-mode is a FAIL in production. */
function expectsPass(check: Check): boolean {
  return check.expect.startsWith('PASS') && !check.expect.includes('only with SLSA_VERIFIER_TESTING');
}

/** The reason code family each reference error maps to. */
function expectedCode(c: Case, check: Check): RegExp {
  const error = check.error ?? '';
  if (c.online) return /^PROVENANCE_UNVERIFIABLE_OFFLINE$/;
  if (/ErrorMismatch(Branch|Tag|VersionedTag)|ErrorInvalidRef/.test(error)) return /^PROVENANCE_REF_MISMATCH$/;
  if (error.includes('ErrorMismatchSource')) return /^PROVENANCE_SOURCE_MISMATCH$/;
  if (error.includes('ErrorMismatchWorkflowInputs')) return /^PROVENANCE_WORKFLOW_INPUTS_MISMATCH$/;
  if (error.includes('ErrorUntrustedReusableWorkflow')) return /^PROVENANCE_(BUILDER_MISMATCH|BUILDER_UNTRUSTED|CERTIFICATE_MISMATCH)$/;
  if (/SAN/.test(error)) return /^IDENTITY_MISMATCH$/;
  return /^(BUNDLE_[A-Z_]+|ARTIFACT_DIGEST_MISMATCH)$/;
}

const ROWS = CASES.flatMap((c) => c.checks.map((check, i) => ({ name: `${c.id} #${i + 1} ${check.expect.split(' ')[0]}${check.error ? ` (${check.error})` : ''}`, c, check })));

describeRealWorld('artifacts-cases.json: same verdict as the reference tools', () => {
  it('has every case', () => {
    expect(CASES.length).toBe(45);
  });
  it.each(ROWS)('$name', async ({ c, check }) => {
    const argv = toArgv(c, check);
    const json = join(WORK, `${c.id}-${basename(String(Math.random()))}.json`);
    const r = await runCli([...argv, '--json', json]);
    expect(r.stderr).not.toMatch(/INTERNAL|at .*\.ts:\d+/);
    const report = (() => {
      try {
        return JSON.parse(readFileSync(json, 'utf8')) as { artifacts: Array<{ status: string; reason?: { code: string }; facts: { builderId?: string } }> };
      } catch {
        return { artifacts: [] };
      }
    })();
    const detail = `${argv.join(' ')}\n${r.stdout}${r.stderr}`;
    if (c.online) {
      // Legacy envelopes: never verified, whatever the flags; the log entry is online only.
      expect(r.code, detail).toBe(1);
      expect(report.artifacts.length, detail).toBeGreaterThan(0);
      for (const a of report.artifacts) {
        expect(a.status, detail).toBe('unverifiable');
        expect(a.reason?.code).toBe('PROVENANCE_UNVERIFIABLE_OFFLINE');
      }
    } else if (expectsPass(check)) {
      expect(r.code, detail).toBe(0);
      for (const a of report.artifacts) expect(a.status).toBe('verified');
      if (typeof check['expected-out-builder-id'] === 'string') expect(report.artifacts[0]?.facts.builderId).toBe(check['expected-out-builder-id']);
    } else {
      expect(r.code, detail).not.toBe(0);
      expect(report.artifacts.length, detail).toBeGreaterThan(0);
      for (const a of report.artifacts) {
        expect(a.status, detail).not.toBe('verified');
        expect(a.reason?.code, detail).toMatch(expectedCode(c, check));
      }
    }
  });
});
