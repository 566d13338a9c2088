/**
 * The exact YAML a user pastes under `exceptions:` to waive a finding. The expiry it
 * suggests is 30 days from the run's clock, so waivers are reviewed, not forgotten.
 */
import type { Target } from './model.js';

const SUGGESTED_DAYS = 30;

export function renderWaiver(target: Target, ruleId: string, now: Date): string {
  const expires = new Date(now.getTime() + SUGGESTED_DAYS * 86_400_000).toISOString().slice(0, 10);
  const subject = target.kind === 'package' ? `package: "${target.name}@${target.version}"` : `artifact: "${target.path}"`;
  return [
    `  - ${subject}`,
    `    rules: [${ruleId}]`,
    '    reason: "<why this is acceptable; link the tracking issue>"',
    `    expires: "${expires}"`,
    '    owner: "<team or person>"',
  ].join('\n');
}
