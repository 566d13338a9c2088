/**
 * Policy text → Policy. Every problem (YAML syntax, schema, unknown key, bad semver range,
 * date, glob, regex, SPDX id) is collected and thrown as ONE GateError('CONFIG_INVALID')
 * listing each as `file:line:column: path: what was expected`, so a user fixes them all
 * in one round trip.
 */
import { GateError } from '../errors.js';
import { toDefaultPolicy, toPolicy } from './defaults.js';
import { parseYamlWithPositions, toLocationMap, type ConfigIssue } from './positions.js';
import { checkSchema } from './schema.js';
import { checkSemantics } from './semantic.js';
import type { Policy } from './types.js';

export function parsePolicy(text: string, file: string): Policy {
  const doc = parseYamlWithPositions(text);
  let issues: ConfigIssue[] = doc.issues;
  // An empty file (or one holding only comments) is the default policy.
  const value = doc.value === null || doc.value === undefined ? {} : doc.value;
  if (issues.length === 0) issues = [...checkSchema(value, doc.positions), ...checkSemantics(value, doc.positions)];
  if (issues.length > 0) {
    const sorted = [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
    const lines = sorted.map((i) => `${file}:${i.line}:${i.column}: ${i.message}`);
    const first = sorted[0];
    throw new GateError('CONFIG_INVALID', `${issues.length} problem(s) in the policy file:\n${lines.join('\n')}`, {
      file,
      ...(first ? { line: first.line, column: first.column } : {}),
      fix: 'Fix each listed line; the schema is schema/provenance-gate.schema.json.',
    });
  }
  if (doc.value === null || doc.value === undefined) return { ...toDefaultPolicy(), file };
  return toPolicy(value as Record<string, unknown>, file, toLocationMap(doc.positions, file));
}
