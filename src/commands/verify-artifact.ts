import type { CommandContext } from './context.js';

/** `provenance-gate verify-artifact` — not implemented yet. */
export async function verifyArtifactCommand(ctx: CommandContext): Promise<number> {
  ctx.stderr('provenance-gate: verify-artifact is not implemented yet\n');
  return 2;
}
