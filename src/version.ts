import { createRequire } from 'node:module';

/** Set by scripts/build.mjs, so dist/ carries only the version, not all of package.json. */
declare const __PROVENANCE_GATE_VERSION__: string | undefined;

export const TOOL_NAME = 'provenance-gate';
export const TOOL_VERSION: string =
  typeof __PROVENANCE_GATE_VERSION__ === 'string'
    ? __PROVENANCE_GATE_VERSION__
    : (createRequire(import.meta.url)('../package.json') as { version: string }).version;
