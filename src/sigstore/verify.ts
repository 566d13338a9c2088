/** verifyBundle: the one entry point that turns a parsed bundle into trusted facts. */
import { GateError } from '../errors.js';
import type { Trust } from './trust.js';
import type { ArtifactInput, IdentityPolicy, ParsedBundle, VerifiedBundle } from './types.js';

export async function verifyBundle(
  trust: Trust,
  bundle: ParsedBundle,
  artifact?: ArtifactInput,
  identity?: IdentityPolicy,
): Promise<VerifiedBundle> {
  void trust; void bundle; void artifact; void identity;
  throw new GateError('INTERNAL', 'verifyBundle: not implemented yet');
}
