import type { CommandContext } from './context.js';

/** `provenance-gate verify-npm-package` — not implemented yet. */
export async function verifyNpmPackageCommand(ctx: CommandContext): Promise<number> {
  ctx.stderr('provenance-gate: verify-npm-package is not implemented yet\n');
  return 2;
}
