/** Certificate identity facts: SAN, OIDC issuer, organisation and every Fulcio extension. */
import { GateError } from '../errors.js';
import type { CertificateFacts } from './types.js';

export function readCertificateFacts(der: Uint8Array): CertificateFacts {
  void der;
  throw new GateError('INTERNAL', 'readCertificateFacts: not implemented yet');
}
