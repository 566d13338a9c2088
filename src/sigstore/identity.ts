/**
 * Identity policy, checked by the core itself: @sigstore/verify treats the SAN as an
 * unanchored pattern, which would let `https://github.com/o/r` match
 * `https://github.com/o/r-evil/...`. Exact strings compare exactly; regexes are anchored.
 */
import { GateError } from '../errors.js';
import type { CertificateFacts, IdentityPolicy } from './types.js';

export function hasIdentity(policy: IdentityPolicy | undefined): policy is IdentityPolicy {
  return !!policy && Object.values(policy).some((v) => v !== undefined);
}

/** Throws IDENTITY_MISMATCH unless every given field of `policy` matches the certificate. */
export function checkIdentity(policy: IdentityPolicy, cert: CertificateFacts | undefined, file?: string): void {
  const fail = (message: string): never => {
    throw new GateError('IDENTITY_MISMATCH', message, { file });
  };
  if (!cert) return fail('the bundle is signed with a key, not a certificate: it has no identity to check');
  const san = cert.subjectAlternativeName;
  if (policy.subjectAlternativeName !== undefined && san !== policy.subjectAlternativeName) {
    fail(`certificate identity is ${JSON.stringify(san)}, expected ${JSON.stringify(policy.subjectAlternativeName)}`);
  }
  if (policy.sanRegex !== undefined && !toAnchored(policy.sanRegex).test(san)) {
    fail(`certificate identity ${JSON.stringify(san)} does not match ^(?:${policy.sanRegex})$`);
  }
  if (policy.issuer !== undefined && cert.issuer !== policy.issuer) {
    fail(`certificate OIDC issuer is ${JSON.stringify(cert.issuer)}, expected ${JSON.stringify(policy.issuer)}`);
  }
  if (policy.issuerRegex !== undefined && !toAnchored(policy.issuerRegex).test(cert.issuer)) {
    fail(`certificate OIDC issuer ${JSON.stringify(cert.issuer)} does not match ^(?:${policy.issuerRegex})$`);
  }
}

/** `re` anchored at both ends; an invalid pattern is a usage error. */
export function toAnchored(re: string): RegExp {
  try {
    return new RegExp(`^(?:${re})$`, 'u');
  } catch (e) {
    throw new GateError('USAGE', `invalid regular expression ${JSON.stringify(re)}: ${(e as Error).message}`);
  }
}
