/**
 * `provenance-gate sbom` — lockfiles → CycloneDX SBOM, nothing else (no network).
 * The file is written atomically: on any error no partial SBOM is left behind.
 */
import { join, resolve } from 'node:path';
import { GateError } from '../errors.js';
import { readProjectInventories } from '../inventory/workspaces.js';
import type { Inventory } from '../types.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import {
  renderBomChunks,
  toBom,
  toInventoryJsonChunks,
  type BomFormat,
  type OmitType,
  type SpecVersion,
  type ToBomOptions,
} from '../sbom/index.js';
import { parseCommandArgs } from './args.js';
import type { CommandContext } from './context.js';

const HELP = `usage: provenance-gate sbom [flags]

Write a CycloneDX SBOM from lockfiles alone (package-lock.json, npm-shrinkwrap.json,
pnpm-lock.yaml, yarn.lock, bun.lock; no node_modules, no network).

  --lockfile FILE           lockfile to read (repeatable); default: every lockfile in the working
                            directory and in the workspaces it declares
  --per-workspace           one SBOM per project (the root, then each workspace as the root
                            component) into --output-dir, named <name>.cdx.json
  -o, --output-file FILE    write the SBOM there (atomically); default: standard output
  --sbom FILE               same as --output-file
  --output-dir DIR          where --per-workspace writes its SBOMs
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
    'per-workspace': { type: 'boolean' },
    'output-dir': { type: 'string' },
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

  const perWorkspace = values['per-workspace'] === true;
  if (perWorkspace && (output !== undefined || values['output-dir'] === undefined)) {
    throw new GateError('USAGE', '--per-workspace writes one file per project: give --output-dir DIR (and no --output-file)');
  }
  const inventories = await readProjectInventories(values.lockfile ?? [], { cwd: ctx.cwd, perWorkspace });
  const reproducible = values.reproducible === true;
  if (perWorkspace) {
    for (const [file, inv] of toWorkspaceFiles(inventories, format)) {
      const path = join(resolve(ctx.cwd, values['output-dir']!), file);
      await writeFileAtomic(path, await toChunks([inv], { omit, reproducible, now: ctx.now(), specVersion, format }));
      ctx.stdout(`${path}\n`);
    }
    return 0;
  }
  const chunks = await toChunks(inventories, { omit, reproducible, now: ctx.now(), specVersion, format });
  if (output === undefined || output === '-') writeBatched(chunks, ctx.stdout);
  else await writeFileAtomic(resolve(ctx.cwd, output), chunks);
  return 0;
}

/** `@fx/a` → `fx-a.cdx.json`; a repeated name gets `-2`, `-3`. */
function toWorkspaceFiles(inventories: Inventory[], format: BomFormat): [string, Inventory][] {
  const used = new Map<string, number>();
  return inventories.map((inv) => {
    const base = inv.root.name.replace(/^@/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'project';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return [`${n > 1 ? `${base}-${n}` : base}.cdx.${format}`, inv];
  });
}

/**
 * JSON straight from the inventories (same bytes as the library model, see direct.ts:
 * a quarter of the cost); XML through the library model.
 */
async function toChunks(inventories: Inventory[], o: ToBomOptions & { specVersion: SpecVersion; format: BomFormat }): Promise<Iterable<string>> {
  if (o.format === 'json') return toInventoryJsonChunks(inventories, o);
  return renderBomChunks(toBom(inventories, o).bom, { specVersion: o.specVersion, format: o.format });
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
