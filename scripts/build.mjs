// Bundles the entry points into ESM files under dist/: the action (index.js), the CLI
// (cli.js) and the worker that verifies Sigstore bundles off the main thread.
// Code shared between them is split into dist/chunk-*.js, loaded only when a command
// needs it: a short CI step is mostly start-up, and parsing one 2.4 MB file cost more
// than `sbom` itself (≈80 ms vs ≈50 ms). Chunks stay beside the entries so the
// worker's `new URL('./attestation-worker.js', import.meta.url)` resolves from any of them.
// Deterministic output matters: CI rebuilds and diffs against the committed dist/.
import { build } from 'esbuild';

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

await build({
  entryPoints: {
    index: 'src/action.ts',
    cli: 'src/cli.ts',
    'attestation-worker': 'src/dependencies/attestation-worker.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  banner: { js: banner },
  legalComments: 'linked',
  logLevel: 'warning',
  minify: false,
  sourcemap: false,
});
