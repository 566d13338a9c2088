/**
 * Bundle parsing: JSON text or object → the @sigstore/bundle object, with a clear
 * GateError for bad input (BUNDLE_MALFORMED) and for versions we do not know
 * (BUNDLE_UNSUPPORTED). Parsing says nothing about trust; `verifyBundle` does.
 */
import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  ValidationError,
} from '@sigstore/bundle';
import { GateError } from '../errors.js';
import type { ParsedBundle } from './types.js';

const VERSIONS: Record<string, ParsedBundle['version']> = {
  [BUNDLE_V01_MEDIA_TYPE]: '0.1',
  [BUNDLE_V02_MEDIA_TYPE]: '0.2',
  [BUNDLE_V03_LEGACY_MEDIA_TYPE]: '0.3',
  [BUNDLE_V03_MEDIA_TYPE]: '0.3',
};

/** Accepts JSON text, a Buffer of JSON, or an already-parsed object. */
export function parseBundle(json: unknown, file?: string): ParsedBundle {
  const malformed = (why: string, cause?: unknown): never => {
    throw new GateError('BUNDLE_MALFORMED', `not a valid Sigstore bundle: ${why}`, { file, cause });
  };
  let obj = json;
  if (typeof json === 'string' || Buffer.isBuffer(json)) {
    try {
      obj = JSON.parse(json.toString());
    } catch (e) {
      return malformed(`invalid JSON (${(e as Error).message})`, e);
    }
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return malformed('not a JSON object');
  const mediaType = (obj as { mediaType?: unknown }).mediaType;
  if (typeof mediaType !== 'string') return malformed('no mediaType');
  const version = VERSIONS[mediaType];
  if (!version) {
    throw new GateError('BUNDLE_UNSUPPORTED', `unsupported bundle media type ${JSON.stringify(mediaType)}`, {
      file,
      fix: 'provenance-gate reads Sigstore bundles v0.1, v0.2 and v0.3',
    });
  }
  let bundle;
  try {
    bundle = bundleFromJSON(obj);
  } catch (e) {
    const fields = e instanceof ValidationError ? ` (${e.fields.join(', ')})` : ` (${(e as Error).message})`;
    return malformed(`missing or invalid fields${fields}`, e);
  }
  for (const [i, entry] of bundle.verificationMaterial.tlogEntries.entries()) {
    if (!/^\d+$/.test(entry.logIndex)) return malformed(`tlogEntries[${i}].logIndex ${entry.logIndex} is not a non-negative integer`);
  }
  const content = bundle.content.$case === 'dsseEnvelope' ? 'dsse' : 'message';
  return { mediaType, version, content, bundle, file };
}
