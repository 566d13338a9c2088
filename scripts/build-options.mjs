// The esbuild options that make dist/, shared by the build and by tests/benchmarks that
// bundle into a scratch folder — so what they test is built exactly like what ships.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const banner = [
  '#!/usr/bin/env node',
  // Bundled CommonJS dependencies call require(); ESM has none, so provide one.
  "import { createRequire as __pgCreateRequire } from 'node:module';",
  'const require = __pgCreateRequire(import.meta.url);',
  // Some bundled CommonJS code reads __dirname/__filename at load time.
  "import { fileURLToPath as __pgFileURLToPath } from 'node:url';",
  "import { dirname as __pgDirname } from 'node:path';",
  'const __filename = __pgFileURLToPath(import.meta.url);',
  'const __dirname = __pgDirname(__filename);',
].join('\n');

/** Every entry point that ships, by output name. */
export const ENTRY_POINTS = {
  index: join(ROOT, 'src/action.ts'),
  cli: join(ROOT, 'src/cli.ts'),
  'attestation-worker': join(ROOT, 'src/dependencies/attestation-worker.ts'),
};

/**
 * Options for bundling `entryPoints` (default: all of them) into `outdir`.
 * Shared code is split into chunk-*.js files loaded only when a command needs it: a short
 * CI step is mostly start-up, and parsing one 2.4 MB file cost more than `sbom` itself
 * (≈80 ms vs ≈50 ms). Chunks stay beside the entries so the worker's
 * `new URL('./attestation-worker.js', import.meta.url)` resolves from any of them.
 */
export function toBuildOptions(outdir, entryPoints = ENTRY_POINTS) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    banner: { js: banner },
    // dist/ carries only the version, not all of package.json (see src/version.ts).
    define: { __PROVENANCE_GATE_VERSION__: JSON.stringify(version) },
    legalComments: 'linked',
    logLevel: 'warning',
    minify: false,
    sourcemap: false,
  };
}
