// Builds dist/ (committed; CI rebuilds it and fails when it differs): the action
// (index.js), the CLI (cli.js) and the worker that verifies Sigstore bundles off the
// main thread. Output must be deterministic.
import { build } from 'esbuild';
import { toBuildOptions } from './build-options.mjs';

await build(toBuildOptions('dist'));
