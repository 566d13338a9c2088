/**
 * argv → one command → exit code. Everything else lives in the commands; this file
 * only dispatches and turns unexpected errors into one line and exit 2.
 */
import type { Command, CommandContext } from './commands/context.js';
import { renderError, toExitCode } from './errors.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

// Commands load lazily: `sbom` should not pay for parsing the Sigstore stack, and a
// short-lived CI step is mostly start-up time.
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  check: {
    load: async () => (await import('./commands/check.js')).checkCommand,
    summary: 'run everything the policy asks (default command)',
  },
  sbom: { load: async () => (await import('./commands/sbom.js')).sbomCommand, summary: 'write the CycloneDX SBOM only' },
  'verify-artifact': {
    load: async () => (await import('./commands/verify-artifact.js')).verifyArtifactCommand,
    summary: 'verify files against Sigstore bundles / SLSA provenance',
  },
  'verify-bundle': {
    load: async () => (await import('./commands/verify-bundle.js')).verifyBundleCommand,
    summary: 'sigstore-conformance client protocol',
  },
  'verify-npm-package': {
    load: async () => (await import('./commands/verify-npm-package.js')).verifyNpmPackageCommand,
    summary: 'slsa-verifier verify-npm-package drop-in',
  },
};

export function renderHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    `${TOOL_NAME} ${TOOL_VERSION} — SBOM, Sigstore/SLSA verification and a policy gate`,
    '',
    `usage: ${TOOL_NAME} [command] [flags]     (${TOOL_NAME} COMMAND --help for its flags)`,
    '',
    'commands:',
    ...lines,
    '',
    'exit codes: 0 pass, 1 policy violation / verification failed, 2 usage, config or input error',
    '',
  ].join('\n');
}

export async function main(argv: string[], ctx: Omit<CommandContext, 'argv'>): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V') {
    ctx.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (first === undefined ? false : first === '--help' || first === '-h' || first === 'help') {
    ctx.stdout(renderHelp());
    return 0;
  }
  // No command, or a flag first: the default command is `check`.
  const named = first !== undefined && !first.startsWith('-') ? COMMANDS[first] : undefined;
  if (first !== undefined && !first.startsWith('-') && !named) {
    ctx.stderr(`${TOOL_NAME}: USAGE: unknown command '${first}'\n\n${renderHelp()}`);
    return 2;
  }
  const command = named ?? COMMANDS.check!;
  const args = named ? rest : argv;
  try {
    const runCommand = await command.load();
    return await runCommand({ ...ctx, argv: args });
  } catch (e) {
    ctx.stderr(`${renderError(e)}\n`);
    if (process.env.PROVENANCE_GATE_DEBUG && e instanceof Error) ctx.stderr(`${e.stack}\n`);
    return toExitCode(e);
  }
}
