/**
 * Certificate identity facts: SAN, OIDC issuer, issuer organisation and every Fulcio
 * extension (OIDs 1.3.6.1.4.1.57264.1.*, https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md).
 * Extensions .1–.6 hold raw UTF-8 bytes; .8 onwards hold a DER UTF8String.
 */
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import type { CertificateFacts, FulcioExtensions } from './types.js';

const FULCIO = '1.3.6.1.4.1.57264.1.';
const OID_ORGANIZATION = '2.5.4.10';
const OID_USERNAME_SAN = '1.3.6.1.4.1.57264.1.7';

/** Extension number → field name, and whether the value is raw (v1) or DER (v2). */
const FIELDS: Record<number, [keyof FulcioExtensions, 'raw' | 'der']> = {
  1: ['issuerV1', 'raw'],
  2: ['githubWorkflowTrigger', 'raw'],
  3: ['githubWorkflowSha', 'raw'],
  4: ['githubWorkflowName', 'raw'],
  5: ['githubWorkflowRepository', 'raw'],
  6: ['githubWorkflowRef', 'raw'],
  8: ['issuerV2', 'der'],
  9: ['buildSignerURI', 'der'],
  10: ['buildSignerDigest', 'der'],
  11: ['runnerEnvironment', 'der'],
  12: ['sourceRepositoryURI', 'der'],
  13: ['sourceRepositoryDigest', 'der'],
  14: ['sourceRepositoryRef', 'der'],
  15: ['sourceRepositoryIdentifier', 'der'],
  16: ['sourceRepositoryOwnerURI', 'der'],
  17: ['sourceRepositoryOwnerIdentifier', 'der'],
  18: ['buildConfigURI', 'der'],
  19: ['buildConfigDigest', 'der'],
  20: ['buildTrigger', 'der'],
  21: ['runInvocationURI', 'der'],
  22: ['sourceRepositoryVisibilityAtSigning', 'der'],
};

/** Reads the facts from a DER certificate (or an already parsed one). */
export function readCertificateFacts(cert: Uint8Array | X509Certificate): CertificateFacts {
  const x509 = cert instanceof X509Certificate ? cert : X509Certificate.parse(Buffer.from(cert));
  const extensions = readFulcioExtensions(x509);
  const san = x509.extSubjectAltName;
  return {
    subjectAlternativeName: san?.uri ?? san?.rfc822Name ?? san?.otherName(OID_USERNAME_SAN) ?? '',
    issuer: extensions.issuer ?? '',
    organization: readOrganization(x509.tbsCertificate.subs[3]),
    extensions,
    notBefore: x509.notBefore,
    notAfter: x509.notAfter,
  };
}

const OID_EKU = '2.5.29.37';
const OID_CODE_SIGNING = '1.3.6.1.5.5.7.3.3';

/**
 * The signing-certificate profile @sigstore/verify leaves unchecked (sigstore-python and
 * sigstore-go check it): an end-entity certificate for code signing — not a CA, with
 * the codeSigning extended key usage and (if key usage is present) digitalSignature.
 * Returns the problem, or undefined.
 */
export function checkLeafProfile(x509: X509Certificate): string | undefined {
  if (x509.extBasicConstraints?.isCA) return 'the signing certificate is a CA certificate';
  const eku = x509.extension(OID_EKU);
  let usages: string[] = [];
  try {
    usages = eku ? ASN1Obj.parseBuffer(Buffer.from(eku.value)).subs.map((o) => o.toOID()) : [];
  } catch {
    return 'the signing certificate has an unreadable extended key usage';
  }
  if (!usages.includes(OID_CODE_SIGNING)) return 'the signing certificate is not for code signing (no codeSigning extended key usage)';
  const ku = x509.extKeyUsage;
  if (ku && !ku.digitalSignature) return 'the signing certificate\'s key usage does not allow digital signatures';
  return undefined;
}

export function readFulcioExtensions(x509: X509Certificate): FulcioExtensions {
  const out: FulcioExtensions = {};
  for (const ext of x509.extensions) {
    const oid = ext.subs[0]?.toOID();
    if (!oid?.startsWith(FULCIO)) continue;
    const field = FIELDS[Number(oid.slice(FULCIO.length))];
    if (!field) continue;
    // extnValue is the last element (after the optional `critical` BOOLEAN).
    const octets = ext.subs[ext.subs.length - 1]!.value;
    out[field[0]] = field[1] === 'raw' ? octets.toString('utf8') : readDerString(octets);
  }
  const issuer = out.issuerV2 ?? out.issuerV1;
  if (issuer !== undefined) out.issuer = issuer;
  return out;
}

function readDerString(octets: Buffer): string {
  try {
    return ASN1Obj.parseBuffer(Buffer.from(octets)).value.toString('utf8');
  } catch {
    return octets.toString('utf8'); // tolerate a raw value where DER was expected
  }
}

/** The O= attribute of a Name, if any. */
function readOrganization(name: ASN1Obj | undefined): string | undefined {
  try {
    for (const rdn of name?.subs ?? []) {
      for (const atv of rdn.subs) {
        if (atv.subs[0]?.toOID() === OID_ORGANIZATION) return atv.subs[1]?.value.toString('utf8');
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}
