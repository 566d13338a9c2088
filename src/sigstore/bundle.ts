/** Bundle parsing: JSON → @sigstore/bundle object, with clear errors for bad input. */
import { GateError } from '../errors.js';
import type { ParsedBundle } from './types.js';

export function parseBundle(json: unknown, file?: string): ParsedBundle {
  void json;
  throw new GateError('INTERNAL', 'parseBundle: not implemented yet', { file });
}
