// Builds dist/ (committed; CI rebuilds it and fails when it differs): the action
// (index.js), the CLI (cli.js) and the worker that verifies Sigstore bundles off the
// main thread. Output must be deterministic, and dist/ must hold nothing else: esbuild
// never removes old chunks, so the folder is emptied first (CI then sees a stale chunk
// as a deleted file).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { toBuildOptions } from './build-options.mjs';

rmSync('dist', { recursive: true, force: true });
await build(toBuildOptions('dist'));
