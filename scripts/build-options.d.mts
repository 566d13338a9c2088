import type { BuildOptions } from 'esbuild';

export declare const ENTRY_POINTS: Record<'index' | 'cli' | 'attestation-worker', string>;
export declare function toBuildOptions(outdir: string, entryPoints?: Record<string, string>): BuildOptions;
