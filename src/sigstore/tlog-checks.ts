/**
 * Consistency checks on transparency-log entries that @sigstore/verify leaves out:
 * it proves inclusion against the checkpoint's root and ignores the proof's own
 * `rootHash` / `treeSize` fields. A bundle whose proof disagrees with its signed
 * checkpoint is tampered with, so reject it (BUNDLE_TLOG_INVALID) instead of
 * silently trusting one half.
 */
import type { Bundle } from '@sigstore/bundle';
import { GateError } from '../errors.js';

export function checkTlogConsistency(bundle: Bundle, file?: string): void {
  bundle.verificationMaterial.tlogEntries.forEach((entry, i) => {
    const proof = entry.inclusionProof;
    const envelope = proof?.checkpoint?.envelope;
    if (!proof || !envelope) return;
    const [, size, root] = envelope.split('\n');
    const fail = (what: string): never => {
      throw new GateError('BUNDLE_TLOG_INVALID', `tlogEntries[${i}]: ${what}`, { file });
    };
    if (size === undefined || root === undefined) fail('checkpoint has no size / root hash');
    if (size !== proof.treeSize) fail(`inclusion proof tree size ${proof.treeSize} differs from the checkpoint's ${size}`);
    if (proof.rootHash.length > 0 && !Buffer.from(root!, 'base64').equals(Buffer.from(proof.rootHash))) {
      fail("inclusion proof root hash differs from the checkpoint's");
    }
  });
}
