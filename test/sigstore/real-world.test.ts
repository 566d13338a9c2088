/** Interop on real bundles nobody here wrote (sigstore-python and sigstore-conformance assets). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { loadTrust, parseBundle, verifyBundle, type IdentityPolicy, type Trust } from '../../src/sigstore/index.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';

const py = (p: string) => realWorld('artifacts/sigstore-python', p);

async function outcome(trust: Trust, bundle: string, artifact: string, identity?: IdentityPolicy): Promise<string> {
  try {
    await verifyBundle(trust, parseBundle(readFileSync(bundle, 'utf8'), bundle), { path: artifact }, identity);
    return 'verified';
  } catch (e) {
    if (e instanceof GateError) return e.code;
    throw e;
  }
}

describeRealWorld('real-world bundles', () => {
  const prod = loadTrust();
  const staging = loadTrust({ trustedRoots: [realWorld('trust/staging.trusted_root.json')] });
  const WHEEL_SAN = 'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2';
  const ISSUER = 'https://token.actions.githubusercontent.com';

  it('sigstore-python GitHub release wheel: verified, with every Fulcio extension', async () => {
    const bundle = py('github-release-wheel/bundle_v3_github.whl.sigstore');
    const v = await verifyBundle(prod, parseBundle(readFileSync(bundle, 'utf8')), { path: py('github-release-wheel/bundle_v3_github.whl') }, { subjectAlternativeName: WHEEL_SAN, issuer: ISSUER });
    expect(v.certificate).toMatchObject({
      organization: 'sigstore.dev',
      extensions: {
        sourceRepositoryURI: 'https://github.com/trailofbits/rfc8785.py',
        sourceRepositoryRef: 'refs/tags/v0.1.2',
        sourceRepositoryDigest: 'd8b4a6445f38c48b9137a8099706d9b8073146e4',
        buildTrigger: 'release',
        runnerEnvironment: 'github-hosted',
        sourceRepositoryVisibilityAtSigning: 'public',
        runInvocationURI: 'https://github.com/trailofbits/rfc8785.py/actions/runs/8351058501/attempts/1',
      },
    });
    expect(v).toMatchObject({ logIndex: '79605083', logTime: new Date(1710888076 * 1000).toISOString(), trustRoot: 'public-good' });
  });

  it.each<[string, () => Trust, string, string, IdentityPolicy | undefined, string]>([
    ['wheel, other tag in the identity', () => prod, 'github-release-wheel/bundle_v3_github.whl.sigstore', 'github-release-wheel/bundle_v3_github.whl', { subjectAlternativeName: WHEEL_SAN.replace('v0.1.2', 'v0.1.3'), issuer: ISSUER }, 'IDENTITY_MISMATCH'],
    ['staging bundle with the staging root', () => staging, 'staging/bundle_v3.txt.sigstore', 'staging/bundle_v3.txt', { subjectAlternativeName: 'william@yossarian.net', issuer: 'https://github.com/login/oauth' }, 'verified'],
    ['staging bundle with the production root', () => prod, 'staging/bundle_v3.txt.sigstore', 'staging/bundle_v3.txt', undefined, 'BUNDLE_CERTIFICATE_INVALID'],
    ['CVE-2022-36056: tlog entry for other materials', () => staging, 'staging/bundle_cve_2022_36056.txt.sigstore', 'staging/bundle_cve_2022_36056.txt', undefined, 'BUNDLE_TLOG_INVALID'],
    ['Rekor v1 entry without SET and no TSA', () => prod, 'invalid/bundle_v3_no_signed_time.txt.sigstore.json', 'invalid/bundle_v3_no_signed_time.txt', undefined, 'BUNDLE_TIMESTAMP_INVALID'],
    ['nonsense media type', () => staging, 'invalid/bundle_invalid_version.txt.sigstore', 'invalid/bundle_invalid_version.txt', undefined, 'BUNDLE_UNSUPPORTED'],
    ['v0.1 with an empty certificate chain', () => prod, 'invalid/bundle_no_cert_v1.txt.sigstore', 'invalid/bundle_no_cert_v1.txt', undefined, 'BUNDLE_MALFORMED'],
    ['v0.1 without tlog entries (no signed time)', () => prod, 'invalid/bundle_no_log_entry.txt.sigstore', 'invalid/bundle_no_log_entry.txt', undefined, 'BUNDLE_TIMESTAMP_INVALID'],
  ])('sigstore-python: %s → %s', async (_name, trust, bundle, artifact, identity, expected) => {
    expect(await outcome(trust(), py(bundle), py(artifact), identity)).toBe(expected);
  });

  // The conformance cases as indexed in artifacts-cases.json (sigstore-js/go/python verdicts).
  const VERIFICATION_CODES = ['BUNDLE_MALFORMED', 'BUNDLE_UNSUPPORTED', 'BUNDLE_SIGNATURE_INVALID', 'BUNDLE_CERTIFICATE_INVALID', 'BUNDLE_TLOG_INVALID', 'BUNDLE_TIMESTAMP_INVALID', 'ARTIFACT_DIGEST_MISMATCH', 'IDENTITY_MISMATCH'];
  type Check = { expect: string; 'certificate-identity'?: string; 'certificate-oidc-issuer'?: string };
  type Case = { id: string; dir: string; checks: Check[]; files: Array<{ role: string; file: string }> };
  const confCases = (JSON.parse(readFileSync(realWorld('artifacts-cases.json'), 'utf8')) as Case[]).filter((c) => c.dir.startsWith('sigstore-conformance/'));
  it.each(confCases.flatMap((c) => c.checks.map((check, i) => [`${c.id} #${i + 1} ${check.expect}`, c, check] as const)))('%s', async (_name, c, check) => {
    const file = (role: string) => c.files.find((f) => f.role === role)?.file;
    const root = file('trusted_root');
    const trust = root ? loadTrust({ trustedRoots: [realWorld('artifacts', root)] }) : prod;
    const identity = check['certificate-identity'] ? { subjectAlternativeName: check['certificate-identity'], issuer: check['certificate-oidc-issuer'] } : undefined;
    const got = await outcome(trust, realWorld('artifacts', file('bundle')!), realWorld('artifacts', file('artifact')!), identity);
    if (check.expect.startsWith('PASS')) expect(got).toBe('verified');
    else expect(VERIFICATION_CODES).toContain(got);
  });

  it('conformance DSSE happy path: payload is the in-toto statement naming the artifact', async () => {
    const dir = realWorld('sigstore-conformance/bundle-verify/happy-path-intoto-in-dsse-v3');
    const v = await verifyBundle(prod, parseBundle(readFileSync(`${dir}/bundle.sigstore.json`, 'utf8')), { path: realWorld('sigstore-conformance/bundle-verify/a.txt') });
    expect(v.payloadType).toBe('application/vnd.in-toto+json');
    expect(JSON.parse(v.payload!.toString()).predicateType).toMatch(/slsa\.dev\/provenance/);
  });
});
