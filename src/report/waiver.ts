/**
 * The waiver a person would add to accept failing findings: entries for the policy's
 * `exceptions:` list, so that accepting a risk is a reviewed, time-boxed change rather
 * than a disabled rule. The policy states the exact entry in `Finding.waiver` when it
 * can; otherwise one is built here with a placeholder reason and an expiry 30 days out.
 */
import type { Finding } from '../types.js';

/** Rules that a waiver cannot address: the exception itself is the problem. */
const NOT_WAIVABLE = new Set(['exception-expired', 'exception-stale', 'exceptions']);
const WAIVER_DAYS = 30;

/** YAML for `exceptions:` covering the un-waived failing findings, or '' when none qualify. */
export function renderWaiverYaml(findings: Finding[], artifactSubjects: ReadonlySet<string>, now: Date): string {
  const entries = new Set<string>();
  const bySubject = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.exception || f.severity !== 'fail') continue;
    if (f.waiver) {
      entries.add(indent(f.waiver));
      continue;
    }
    if (NOT_WAIVABLE.has(f.ruleId) || f.code?.startsWith('POLICY_EXCEPTION')) continue;
    const rules = bySubject.get(f.subject) ?? new Set<string>();
    rules.add(f.ruleId);
    bySubject.set(f.subject, rules);
  }
  const expires = new Date(now.getTime() + WAIVER_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const [subject, rules] of bySubject) {
    const key = artifactSubjects.has(subject) ? 'artifact' : 'package';
    entries.add(
      [
        `  - ${key}: ${JSON.stringify(subject)}`,
        `    rules: [${[...rules].sort().join(', ')}]`,
        '    reason: "TODO: why accepting this is right, and the ticket that tracks it"',
        `    expires: "${expires}"`,
        '    owner: TODO',
      ].join('\n'),
    );
  }
  return entries.size === 0 ? '' : ['exceptions:', ...entries].join('\n');
}

/** A list entry from the policy, re-indented to sit under `exceptions:` (2 spaces). */
function indent(yaml: string): string {
  const lines = yaml.replace(/^exceptions:\s*\n/, '').replace(/\s+$/, '').split('\n');
  const common = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => `  ${l.slice(common)}`).join('\n');
}
