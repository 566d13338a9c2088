/**
 * License rules with SPDX expressions evaluated properly: an expression is expanded into
 * its alternatives (OR) of license sets (AND); it passes when at least one alternative has
 * every license allowed and none denied. So `MIT OR GPL-3.0-only` passes with MIT allowed,
 * `MIT AND GPL-3.0-only` does not. Single-id comparison uses spdx-satisfies, which knows
 * `+` ranges and `-only`/`-or-later`.
 */
import parseSpdx from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';
import type { LicenseRule } from '../config/types.js';
import { isSelected } from './matching.js';
import { isOwnCode, type DependencySubject, type Draft } from './model.js';

type DraftInput = Omit<Draft, 'target' | 'subject' | 'location'>;

interface Leaf {
  license: string;
  plus?: true;
  exception?: string;
}
type Node = Leaf | { left: Node; conjunction: 'and' | 'or'; right: Node };

export type LicenseOutcome = { ok: true } | { ok: false; offending: string[] } | { unknown: string };

/** Decides one license expression against allow/deny lists. */
export function checkLicense(expression: string | undefined, allow?: string[], deny?: string[]): LicenseOutcome {
  if (expression === undefined || expression.trim() === '') return { unknown: 'no license recorded' };
  let tree: Node;
  try {
    tree = parseSpdx(expression.trim()) as Node;
  } catch {
    return { unknown: `"${expression}" is not an SPDX expression` };
  }
  const alternatives = toAlternatives(tree);
  // The lockfile's license text is untrusted: cap the expansion instead of going exponential.
  if (alternatives === undefined) return { unknown: `"${expression}" is too complex to evaluate` };
  const offending = new Set<string>();
  for (const alternative of alternatives) {
    const bad = alternative.map(toText).filter((id) => (allow && !satisfies(id, allow)) || (deny && satisfies(id, deny)));
    if (bad.length === 0) return { ok: true };
    bad.forEach((b) => offending.add(b));
  }
  return { ok: false, offending: [...offending] };
}

const outcomes = new WeakMap<LicenseRule, Map<string, LicenseOutcome>>();

export function evaluateLicenses(s: DependencySubject, rule: LicenseRule | undefined): DraftInput[] {
  if (!rule || (!rule.allow && !rule.deny) || isOwnCode(s) || !isSelected(s, rule)) return [];
  // A lockfile repeats a few dozen license strings thousands of times: decide each once per rule.
  let cache = outcomes.get(rule);
  if (!cache) outcomes.set(rule, (cache = new Map()));
  const key = s.license ?? '';
  let outcome = cache.get(key);
  if (!outcome) cache.set(key, (outcome = checkLicense(s.license, rule.allow, rule.deny)));
  if ('ok' in outcome && outcome.ok) return [];
  const lists = [rule.allow ? `allowed: ${rule.allow.join(', ')}` : '', rule.deny ? `denied: ${rule.deny.join(', ')}` : '']
    .filter(Boolean)
    .join('; ');
  if ('unknown' in outcome) {
    if (rule.unknown === 'off') return [];
    return [
      {
        ruleId: 'licenses',
        severity: rule.unknown,
        code: 'POLICY_LICENSE_UNKNOWN',
        message: `License of ${s.key} cannot be evaluated: ${outcome.unknown} (${lists}).`,
        fix: 'Check the package\'s license by hand; waive it with the license you found in the reason.',
      },
    ];
  }
  const offending = 'offending' in outcome ? outcome.offending : [];
  return [
    {
      ruleId: 'licenses',
      severity: 'fail',
      code: 'POLICY_LICENSE_NOT_ALLOWED',
      message: `License "${s.license ?? ''}" of ${s.key} is not acceptable: every choice includes ${offending.join(', ')} (${lists}).`,
      fix: 'Replace the package, or add the license to dependencies.licenses.allow if your legal review accepts it.',
    },
  ];
}

const MAX_ALTERNATIVES = 1024;

/** `(A OR B) AND C` → [[A, C], [B, C]]; undefined past MAX_ALTERNATIVES. */
function toAlternatives(node: Node): Leaf[][] | undefined {
  if (!('conjunction' in node)) return [[node]];
  const left = toAlternatives(node.left);
  const right = toAlternatives(node.right);
  if (!left || !right) return undefined;
  const size = node.conjunction === 'or' ? left.length + right.length : left.length * right.length;
  if (size > MAX_ALTERNATIVES) return undefined;
  if (node.conjunction === 'or') return [...left, ...right];
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}

function toText(leaf: Leaf): string {
  return `${leaf.license}${leaf.plus ? '+' : ''}${leaf.exception ? ` WITH ${leaf.exception}` : ''}`;
}
