/** The trusted_root.json of a test instance (same shape as Sigstore's public-good one). */
import { spkiOf } from './certs.js';
import type { TestLog } from './log.js';

export interface TrustedRootParts {
  organization: string;
  /** validFor.start of every key and CA. */
  start: Date;
  /** Rekor v1-style and v2-style logs. */
  tlogs: TestLog[];
  ctlog?: TestLog;
  /** [intermediate, root] DER. */
  caChain: Buffer[];
  /** [TSA leaf, TSA root] DER. */
  tsaChain?: Buffer[];
}

export function toTrustedRoot(p: TrustedRootParts): Record<string, unknown> {
  const start = p.start.toISOString();
  const logJson = (log: TestLog) => ({
    baseUrl: log.baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: spkiOf(log.key.publicKey).toString('base64'), keyDetails: log.keyDetails, validFor: { start } },
    logId: { keyId: log.logId.toString('base64') },
  });
  const chain = (ders: Buffer[]) => ({ certificates: ders.map((d) => ({ rawBytes: d.toString('base64') })) });
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: p.tlogs.map(logJson),
    certificateAuthorities: [
      {
        subject: { organization: p.organization, commonName: `${p.organization} intermediate` },
        uri: 'https://fulcio.provenance-gate.test',
        certChain: chain(p.caChain),
        validFor: { start },
      },
    ],
    ctlogs: p.ctlog ? [logJson(p.ctlog)] : [],
    timestampAuthorities: p.tsaChain
      ? [{ subject: { organization: p.organization, commonName: 'test TSA' }, uri: 'https://tsa.provenance-gate.test', certChain: chain(p.tsaChain), validFor: { start } }]
      : [],
  };
}
