/**
 * The pipeline, top to bottom, nothing else:
 * inventory → SBOM → evidence + verify (dependencies, artifacts) → policy → reports.
 */
import { GateError } from './errors.js';
import type { RunOptions, RunResult } from './types.js';

export async function run(_options: RunOptions): Promise<RunResult> {
  throw new GateError('INTERNAL', 'the check pipeline is being assembled');
}
