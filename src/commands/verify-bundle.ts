import type { CommandContext } from './context.js';

/** `provenance-gate verify-bundle` — not implemented yet. */
export async function verifyBundleCommand(ctx: CommandContext): Promise<number> {
  ctx.stderr('provenance-gate: verify-bundle is not implemented yet\n');
  return 2;
}
