/** npm publish attestations (predicate https://github.com/npm/attestation/tree/main/specs/publish/v0.1). */
import { GateError } from '../errors.js';
import { NPM_PUBLISH_V01, type InTotoStatement } from './types.js';

export interface NpmPublishAttestation {
  name: string;
  version: string;
  registry: string;
  /** `pkg:npm/…@…` subject name and its sha512 (hex). */
  subjectName: string;
  sha512?: string;
}

/** Reads a publish attestation statement; PROVENANCE_PREDICATE_MISMATCH / PROVENANCE_MALFORMED otherwise. */
export function parseNpmPublishPredicate(statement: InTotoStatement, file?: string): NpmPublishAttestation {
  if (statement.predicateType !== NPM_PUBLISH_V01) {
    throw new GateError('PROVENANCE_PREDICATE_MISMATCH', `predicate type is ${statement.predicateType}, expected ${NPM_PUBLISH_V01}`, { file });
  }
  const p = statement.predicate;
  const field = (k: string): string => {
    const v = p[k];
    if (typeof v !== 'string' || v === '') throw new GateError('PROVENANCE_MALFORMED', `the npm publish attestation has no ${k}`, { file });
    return v;
  };
  if (statement.subjects.length !== 1) {
    throw new GateError('PROVENANCE_MALFORMED', `an npm publish attestation has exactly one subject, got ${statement.subjects.length}`, { file });
  }
  const subject = statement.subjects[0]!;
  return { name: field('name'), version: field('version'), registry: field('registry'), subjectName: subject.name, sha512: subject.digest.sha512 };
}
