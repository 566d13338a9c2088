/**
 * Policy text → Policy. Every problem (YAML syntax, schema, unknown key, bad semver range,
 * date, glob, regex, SPDX id) is collected and thrown as ONE GateError('CONFIG_INVALID')
 * listing each as `file:line:column: path: what was expected`, so a user fixes them all
 * in one round trip.
 */
import { GateError } from '../errors.js';
import { toDefaultPolicy, toPolicy } from './defaults.js';
import { parseYamlWithPositions, toLocationMap, type ParsedDocument } from './positions.js';
import { checkSchema } from './schema.js';
import { checkSemantics } from './semantic.js';
import type { Policy } from './types.js';

/** One problem in a policy file, 1-based (one annotation each, for reports). */
export interface PolicyIssue {
  file: string;
  line: number;
  column: number;
  /** `path: what was expected; got …` */
  message: string;
}

export function parsePolicy(text: string, file: string): Policy {
  const { doc, issues } = toChecked(text, file);
  if (issues.length > 0) {
    const first = issues[0];
    const lines = issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`);
    throw new GateError('CONFIG_INVALID', `${issues.length} problem(s) in the policy file:\n${lines.join('\n')}`, {
      file,
      ...(first ? { line: first.line, column: first.column } : {}),
      fix: 'Fix each listed line; the schema is schema/provenance-gate.schema.json.',
    });
  }
  // An empty file (or one holding only comments) is the default policy.
  if (doc.value === null || doc.value === undefined) return { ...toDefaultPolicy(), file };
  return toPolicy(doc.value as Record<string, unknown>, file, toLocationMap(doc.positions, file));
}

/** Every problem in a policy text, in file order; empty when parsePolicy would succeed. */
export function checkPolicyText(text: string, file: string): PolicyIssue[] {
  return toChecked(text, file).issues;
}

function toChecked(text: string, file: string): { doc: ParsedDocument; issues: PolicyIssue[] } {
  const doc = parseYamlWithPositions(text);
  let issues = doc.issues;
  if (issues.length === 0) {
    const value = doc.value ?? {};
    issues = [...checkSchema(value, doc.positions), ...checkSemantics(value, doc.positions)];
  }
  const sorted = [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
  return { doc, issues: sorted.map((i) => ({ file, ...i })) };
}
