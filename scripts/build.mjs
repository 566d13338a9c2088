// Bundles each entry point into one self-contained ESM file under dist/.
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
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  banner: { js: banner },
  legalComments: 'linked',
  logLevel: 'warning',
  minify: false,
  sourcemap: false,
});
