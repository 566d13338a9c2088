/** In-toto statements: parse the (trusted) DSSE payload and bind it to an artifact digest. */
import { GateError } from '../errors.js';
import { IN_TOTO_STATEMENT_V01, IN_TOTO_STATEMENT_V1, type InTotoStatement, type InTotoSubject } from './types.js';

const STATEMENT_TYPES = new Set([IN_TOTO_STATEMENT_V01, IN_TOTO_STATEMENT_V1]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses an in-toto statement (v0.1 or v1) from a DSSE payload. Anything that is not
 * a well-formed statement is PROVENANCE_MALFORMED, naming `file` when given.
 */
export function parseStatement(payload: Buffer | string, file?: string): InTotoStatement {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof payload === 'string' ? payload : payload.toString('utf8'));
  } catch (e) {
    throw new GateError('PROVENANCE_MALFORMED', `the DSSE payload is not JSON: ${(e as Error).message}`, { file, cause: e });
  }
  if (!isRecord(doc)) throw new GateError('PROVENANCE_MALFORMED', 'the in-toto statement is not a JSON object', { file });
  const type = doc._type;
  if (typeof type !== 'string' || !STATEMENT_TYPES.has(type)) {
    throw new GateError('PROVENANCE_MALFORMED', `unknown in-toto statement type ${JSON.stringify(type)}`, { file });
  }
  if (!Array.isArray(doc.subject) || doc.subject.length === 0) {
    throw new GateError('PROVENANCE_MALFORMED', 'the in-toto statement has no subjects', { file });
  }
  const subjects = doc.subject.map((s, i) => toSubject(s, i, file));
  if (typeof doc.predicateType !== 'string' || doc.predicateType === '') {
    throw new GateError('PROVENANCE_MALFORMED', 'the in-toto statement has no predicateType', { file });
  }
  const predicate = doc.predicate === undefined ? {} : doc.predicate;
  if (!isRecord(predicate)) throw new GateError('PROVENANCE_MALFORMED', 'the in-toto predicate is not an object', { file });
  return { type, subjects, predicateType: doc.predicateType, predicate };
}

function toSubject(raw: unknown, index: number, file?: string): InTotoSubject {
  if (!isRecord(raw) || !isRecord(raw.digest)) {
    throw new GateError('PROVENANCE_MALFORMED', `in-toto subject #${index + 1} has no digest`, { file });
  }
  const digest: Record<string, string> = {};
  for (const [alg, hex] of Object.entries(raw.digest)) {
    if (typeof hex !== 'string') throw new GateError('PROVENANCE_MALFORMED', `in-toto subject #${index + 1}: digest ${alg} is not a string`, { file });
    digest[alg.toLowerCase()] = hex.toLowerCase();
  }
  return { name: typeof raw.name === 'string' ? raw.name : '', digest };
}

/** The subject whose digest equals one of `digests` (same algorithm), if any. */
export function findSubject(
  statement: InTotoStatement,
  digests: ReadonlyArray<{ algorithm: string; hex: string }>,
): InTotoSubject | undefined {
  return statement.subjects.find((s) => digests.some((d) => s.digest[d.algorithm] === d.hex.toLowerCase()));
}

/** Like findSubject, but a missing subject is PROVENANCE_SUBJECT_MISMATCH. */
export function checkSubject(
  statement: InTotoStatement,
  digests: ReadonlyArray<{ algorithm: string; hex: string }>,
  file?: string,
): InTotoSubject {
  const found = findSubject(statement, digests);
  if (found) return found;
  const want = digests.map((d) => `${d.algorithm}:${d.hex}`).join(' or ');
  const have = statement.subjects.map((s) => s.name || Object.entries(s.digest).map(([a, h]) => `${a}:${h.slice(0, 12)}…`)[0]).join(', ');
  throw new GateError('PROVENANCE_SUBJECT_MISMATCH', `no subject of the statement has digest ${want} (subjects: ${have})`, {
    file,
    fix: 'this evidence is for another artifact (or the artifact changed after it was built)',
  });
}
