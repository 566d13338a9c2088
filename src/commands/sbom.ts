/**
 * `provenance-gate sbom` — lockfiles → CycloneDX SBOM, nothing else (no network).
 * The file is written atomically: on any error no partial SBOM is left behind.
 */
import { resolve } from 'node:path';
import { GateError } from '../errors.js';
import { readInventories } from '../inventory/index.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { renderBomChunks, toBom, type BomFormat, type OmitType, type SpecVersion } from '../sbom/index.js';
import { parseCommandArgs } from './args.js';
import type { CommandContext } from './context.js';

const HELP = `usage: provenance-gate sbom [flags]

Write a CycloneDX SBOM from npm lockfiles alone (no node_modules, no network).

  --lockfile FILE           lockfile to read (repeatable); default: discover in the working directory
  -o, --output-file FILE    write the SBOM there (atomically); default: standard output
  --sbom FILE               same as --output-file
  --spec-version 1.5|1.6    CycloneDX version (default 1.6)
  --output-format json|xml  (default json)
  --omit dev|optional       leave out dev-only / optional-only packages (repeatable)
  --reproducible            no timestamp or serial number; byte-identical output for the same input
  -h, --help                this text

exit codes: 0 written, 2 usage or input error (missing/invalid lockfile, stale package.json, …)
`;

export async function sbomCommand(ctx: CommandContext): Promise<number> {
  const { values } = parseCommandArgs('sbom', ctx.argv, {
    help: { type: 'boolean', short: 'h' },
    lockfile: { type: 'string', multiple: true },
    'output-file': { type: 'string', short: 'o' },
    sbom: { type: 'string' },
    'spec-version': { type: 'string' },
    'output-format': { type: 'string' },
    omit: { type: 'string', multiple: true },
    reproducible: { type: 'boolean' },
  });
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const specVersion = oneOf<SpecVersion>('spec-version', values['spec-version'], ['1.5', '1.6'], '1.6');
  const format = oneOf<BomFormat>('output-format', values['output-format'], ['json', 'xml'], 'json');
  const omit = (values.omit ?? []).map((o) => oneOf<OmitType>('omit', o, ['dev', 'optional'], 'dev'));
  if (values['output-file'] !== undefined && values.sbom !== undefined && values['output-file'] !== values.sbom) {
    throw new GateError('USAGE', '--output-file and --sbom name different files; give one');
  }
  const output = values['output-file'] ?? values.sbom;

  const inventories = await readInventories(values.lockfile ?? [], { cwd: ctx.cwd });
  const reproducible = values.reproducible === true;
  const { bom } = toBom(inventories, { omit, reproducible, now: ctx.now() });
  const chunks = await renderBomChunks(bom, { specVersion, format });
  if (output === undefined || output === '-') writeBatched(chunks, ctx.stdout);
  else await writeFileAtomic(resolve(ctx.cwd, output), chunks);
  return 0;
}

/** Few large writes instead of one per component. */
function writeBatched(chunks: Iterable<string>, write: (text: string) => void): void {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 1 << 20) {
      write(pending);
      pending = '';
    }
  }
  if (pending) write(pending);
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new GateError('USAGE', `--${flag} must be ${allowed.join(' or ')}, got '${value}'`);
}
