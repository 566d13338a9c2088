/** Trust roots: the embedded public-good root, custom trusted_root.json files, managed keys. */
import { GateError } from '../errors.js';
import type { TrustOptions } from './types.js';

/** The name `VerifiedBundle.trustRoot` carries for the embedded public-good root. */
export const PUBLIC_GOOD = 'public-good';

/** Opaque trust built once by `loadTrust` and reused for every bundle (stateless, cheap to share). */
export interface Trust {
  /** Names of the roots, in the order they are tried. */
  readonly roots: readonly string[];
  readonly keyCount: number;
}

export function loadTrust(options: TrustOptions = {}): Trust {
  void options;
  throw new GateError('INTERNAL', 'loadTrust: not implemented yet');
}
