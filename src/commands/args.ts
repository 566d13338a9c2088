import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GateError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs in strict mode, with its TypeError turned into a USAGE error
 * (exit 2) that names the command, so a typo never runs a half-configured check.
 */
export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new GateError('USAGE', `${command}: ${message}`, { fix: `Run 'provenance-gate ${command} --help'.` });
  }
}

/** A positive integer flag value, or a USAGE error naming the flag. */
export function toPositiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new GateError('USAGE', `--${flag} must be a positive integer, got '${value}'`);
  return n;
}
