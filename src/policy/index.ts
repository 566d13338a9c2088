/** The policy stage: facts + policy + clock → findings → verdict. Pure functions only. */
export { evaluatePolicy, type PolicyInput } from './evaluate.js';
export { toVerdict, toStatusCounts, isBlocking, type CountsInput } from './verdict.js';
export { artifactRequirementsFor } from './artifacts.js';
export { checkLicense } from './licenses.js';
export type { PolicyCode } from './model.js';
export { RULES, type RuleId, type RuleHelp } from './rules.js';
