/** Identity policy is anchored: no prefix, suffix or substring of the SAN/issuer passes. */
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { loadTrust, parseBundle, verifyBundle, type IdentityPolicy, type ParsedBundle, type Trust } from '../../src/sigstore/index.js';
import { createTestInstance } from '../support/test-ca/index.js';

const DATA = Buffer.from('x');
const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0';
const EVIL = 'https://github.com/octo-org/octo-repo-evil/.github/workflows/release.yml@refs/tags/v1.0.0';
const ISSUER = 'https://token.actions.githubusercontent.com';

let trust: Trust;
let good: ParsedBundle;
let evil: ParsedBundle;
beforeAll(async () => {
  const ca = await createTestInstance();
  trust = loadTrust({ trustedRootDocuments: [ca.trustedRoot] });
  good = parseBundle(ca.signMessage(DATA, { san: SAN }).json);
  evil = parseBundle(ca.signMessage(DATA, { san: EVIL, issuer: `${ISSUER}.evil.example` }).json);
});

async function outcome(bundle: ParsedBundle, identity: IdentityPolicy): Promise<string> {
  try {
    await verifyBundle(trust, bundle, { data: DATA }, identity);
    return 'verified';
  } catch (e) {
    if (e instanceof GateError) return e.code;
    throw e;
  }
}

describe('identity anchoring', () => {
  it.each<[string, IdentityPolicy, 'good' | 'evil', string]>([
    ['exact SAN and issuer', { subjectAlternativeName: SAN, issuer: ISSUER }, 'good', 'verified'],
    ['SAN prefix', { subjectAlternativeName: 'https://github.com/octo-org/octo-repo' }, 'good', 'IDENTITY_MISMATCH'],
    ['SAN with different case', { subjectAlternativeName: SAN.toUpperCase() }, 'good', 'IDENTITY_MISMATCH'],
    ['regex matching the whole SAN', { sanRegex: 'https://github\\.com/octo-org/octo-repo/\\.github/workflows/.+@refs/tags/v.*' }, 'good', 'verified'],
    ['regex matching only a substring', { sanRegex: 'octo-org/octo-repo' }, 'good', 'IDENTITY_MISMATCH'],
    ['regex prefix without .*', { sanRegex: 'https://github\\.com/octo-org/octo-repo/' }, 'good', 'IDENTITY_MISMATCH'],
    ['regex alternation cannot escape the anchors', { sanRegex: 'nothing|octo-repo' }, 'good', 'IDENTITY_MISMATCH'],
    ['repo-name prefix attack (exact)', { subjectAlternativeName: SAN }, 'evil', 'IDENTITY_MISMATCH'],
    ['repo-name prefix attack (regex)', { sanRegex: 'https://github\\.com/octo-org/octo-repo.*' }, 'evil', 'verified'],
    ['repo-name prefix attack (regex with slash)', { sanRegex: 'https://github\\.com/octo-org/octo-repo/.*' }, 'evil', 'IDENTITY_MISMATCH'],
    ['issuer suffix attack', { issuer: ISSUER }, 'evil', 'IDENTITY_MISMATCH'],
    ['issuer regex is anchored', { issuerRegex: 'https://token\\.actions\\.githubusercontent\\.com' }, 'evil', 'IDENTITY_MISMATCH'],
    ['issuer regex full match', { issuerRegex: 'https://token\\.actions\\.githubusercontent\\.com' }, 'good', 'verified'],
    ['invalid regex is a usage error', { sanRegex: '(' }, 'good', 'USAGE'],
  ])('%s', async (_name, identity, which, expected) => {
    expect(await outcome(which === 'good' ? good : evil, identity)).toBe(expected);
  });
});
