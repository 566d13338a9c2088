import type { CommandContext } from './context.js';

/** `provenance-gate sbom` — not implemented yet. */
export async function sbomCommand(ctx: CommandContext): Promise<number> {
  ctx.stderr('provenance-gate: sbom is not implemented yet\n');
  return 2;
}
