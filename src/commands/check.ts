import type { CommandContext } from './context.js';

/** `provenance-gate check` — not implemented yet. */
export async function checkCommand(ctx: CommandContext): Promise<number> {
  ctx.stderr('provenance-gate: check is not implemented yet\n');
  return 2;
}
