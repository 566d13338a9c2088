/**
 * Validates a parsed policy against schema/provenance-gate.schema.json (the same file editors
 * use for completion) and turns ajv's errors into one sentence per problem, each saying what
 * was expected. Unknown keys are errors: a misspelt rule must never be silently ignored.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schema/provenance-gate.schema.json' with { type: 'json' };
import { toChildPath, type ConfigIssue, type NodePosition, toLocation } from './positions.js';

let compiled: ValidateFunction | undefined;

function toValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, strictRequired: false });
    // Our own annotation: the sentence shown when a value fits none of a key's shapes.
    ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Every schema problem in `value`, positioned; empty when it conforms. */
export function checkSchema(value: unknown, positions: Map<string, NodePosition>): ConfigIssue[] {
  const validate = toValidator();
  if (validate(value)) return [];
  const errors = toReportable(validate.errors ?? []);
  return errors.map((e) => toIssue(e, positions));
}

/** Drops errors that only restate another one (if/then bookkeeping, branches of a failed oneOf, repeated type errors). */
function toReportable(errors: ErrorObject[]): ErrorObject[] {
  const combos = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const typed = new Set<string>();
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (combos.some((c) => c !== e && c.instancePath === e.instancePath && e.schemaPath.startsWith(`${c.schemaPath}/`))) continue;
    if (e.keyword === 'type') {
      if (typed.has(e.instancePath)) continue;
      typed.add(e.instancePath);
    } else if ([...typed].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))) {
      continue;
    }
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function toPolicyPath(instancePath: string): string {
  let path = '';
  for (const raw of instancePath.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = toChildPath(path, /^\d+$/.test(seg) ? Number(seg) : seg);
  }
  return path;
}

function toIssue(e: ErrorObject, positions: Map<string, NodePosition>): ConfigIssue {
  let path = toPolicyPath(e.instancePath);
  let which: 'key' | 'value' = 'value';
  let message: string;
  const expected = (e.parentSchema as Record<string, unknown> | undefined)?.['x-expected'];
  const got = describe(e.data);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys((e.parentSchema as { properties?: object }).properties ?? {}).filter((k) => k !== '$schema');
      path = toChildPath(path, extra);
      which = 'key';
      message = `unknown key "${extra}"; expected one of: ${known.join(', ')}`;
      break;
    }
    case 'required':
      message = `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`;
      break;
    case 'enum':
      message = `expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(String).join(', ')}; got ${got}`;
      break;
    case 'type':
      message = `expected ${typeof expected === 'string' ? expected : toArticle(String((e.params as { type: unknown }).type))}; got ${got}`;
      break;
    case 'minLength':
      message = 'expected a non-empty string';
      break;
    case 'minimum':
      message = `expected a number >= ${String((e.params as { limit: number }).limit)}; got ${got}`;
      break;
    case 'minItems':
      message = `expected at least ${String((e.params as { limit: number }).limit)} item(s)`;
      break;
    case 'oneOf':
    case 'anyOf':
    case 'not':
      message = `expected ${typeof expected === 'string' ? expected : 'a different shape'}`;
      break;
    default:
      message = e.message ?? `failed ${e.keyword}`;
  }
  const at = toLocation(positions, path, which);
  return { line: at.line, column: at.column, message: `${path === '' ? '(top level)' : path}: ${message}` };
}

function toArticle(type: string): string {
  return type.split(',').map((t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : `a ${t}`)).join(' or ');
}

function describe(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'object') return 'a mapping';
  if (typeof data === 'string') return JSON.stringify(data);
  return `${typeof data} ${String(data)}`;
}
