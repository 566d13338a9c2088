/**
 * The provenance flags of slsa-verifier, with its semantics: source repository (trigger
 * and first material must both name it, with the same ref), tag, versioned tag, branch,
 * workflow inputs, predicate type. Each absent expectation is not checked.
 */
import { GateError } from '../errors.js';
import { branchFromRef, normalizeRepository, parseGitUri, tagFromRef } from './git-uri.js';
import { DEFAULT_PREDICATE_TYPES, type ProvenanceExpectations, type SlsaProvenance } from './types.js';
import { checkVersionedTag } from './versioned-tag.js';

export function checkPredicateType(predicateType: string, expected: readonly string[] | undefined, file?: string): void {
  const allowed = expected ?? DEFAULT_PREDICATE_TYPES;
  if (!allowed.includes(predicateType)) {
    throw new GateError('PROVENANCE_PREDICATE_MISMATCH', `predicate type is ${predicateType}, expected ${allowed.join(' or ')}`, { file });
  }
}

/** Runs every expectation that is set; the first failure throws with its code. */
export function checkProvenanceExpectations(prov: SlsaProvenance, expected: ProvenanceExpectations, file?: string): void {
  if (expected.sourceUri !== undefined) checkSourceUri(prov, expected.sourceUri, file);
  if (expected.sourceBranch !== undefined) checkBranch(prov, expected.sourceBranch, file);
  if (expected.sourceTag !== undefined) {
    const tag = requireTag(prov, file);
    if (tag !== expected.sourceTag) refMismatch(`the source tag is '${tag}', expected '${expected.sourceTag}'`, file);
  }
  if (expected.sourceVersionedTag !== undefined) {
    const problem = checkVersionedTag(requireTag(prov, file), expected.sourceVersionedTag);
    if (problem) refMismatch(problem, file);
  }
  if (expected.workflowInputs !== undefined && Object.keys(expected.workflowInputs).length > 0) {
    checkWorkflowInputs(prov, expected.workflowInputs, file);
  }
}

function refMismatch(message: string, file?: string): never {
  throw new GateError('PROVENANCE_REF_MISMATCH', message, { file });
}

function checkSourceUri(prov: SlsaProvenance, expectedUri: string, file?: string): void {
  const want = normalizeRepository(expectedUri);
  const mismatch = (what: string, uri: string | undefined): never => {
    throw new GateError('PROVENANCE_SOURCE_MISMATCH', `the ${what} is ${uri ?? 'not stated'}, expected ${want}`, { file });
  };
  if (!prov.triggerUri) mismatch('source repository', undefined);
  const trigger = parseGitUri(prov.triggerUri!);
  if (trigger.repository !== want) mismatch('source repository', trigger.repository);
  if (prov.materialUri) {
    const material = parseGitUri(prov.materialUri);
    if (material.repository !== want) mismatch('first material', material.repository);
    // The build must have fetched what triggered it (slsa-verifier: trigger and material agree).
    if (material.ref !== undefined && trigger.ref !== undefined && material.ref !== trigger.ref) {
      throw new GateError('PROVENANCE_SOURCE_MISMATCH', `the trigger ref ${trigger.ref} and the material ref ${material.ref} differ`, { file });
    }
  }
}

function requireTag(prov: SlsaProvenance, file?: string): string {
  const tag = tagFromRef(prov.sourceRef);
  if (tag === undefined) refMismatch(`the build ran on '${prov.sourceRef ?? 'an unknown ref'}', not on a tag`, file);
  return tag;
}

function checkBranch(prov: SlsaProvenance, expected: string, file?: string): void {
  // A tag push records the branch it came from in the event's base_ref (null when unknown).
  const branch = branchFromRef(prov.sourceRef) ?? (tagFromRef(prov.sourceRef) !== undefined ? branchFromRef(prov.baseRef) : undefined);
  if (branch === undefined) refMismatch(`no source branch is recorded for '${prov.sourceRef ?? 'an unknown ref'}'`, file);
  if (branch !== expected) refMismatch(`the source branch is '${branch}', expected '${expected}'`, file);
}

function checkWorkflowInputs(prov: SlsaProvenance, expected: Record<string, string>, file?: string): void {
  const inputs = prov.workflowInputs;
  for (const [k, v] of Object.entries(expected)) {
    const got = inputs?.[k];
    const text = typeof got === 'string' ? got : got === undefined || got === null ? undefined : JSON.stringify(got);
    if (text !== v) {
      throw new GateError(
        'PROVENANCE_WORKFLOW_INPUTS_MISMATCH',
        text === undefined ? `workflow input '${k}' is not recorded, expected '${v}'` : `workflow input ${k}='${text}', expected '${v}'`,
        { file },
      );
    }
  }
}
