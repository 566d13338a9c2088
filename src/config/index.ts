/** The config stage: the policy file → a validated Policy with defaults applied. */
export { parsePolicy, checkPolicyText, type PolicyIssue } from './parse.js';
export { readPolicy } from './read.js';
export { DEFAULTS, toDefaultPolicy } from './defaults.js';
export { parsePackageSpec, matchesPackageSpec, matchesGlob, matchesPathGlob, checkWorkspaceGlob } from './patterns.js';
export type * from './types.js';
