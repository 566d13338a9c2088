/**
 * Validators for the official schemas the reports must meet: SARIF 2.1.0 (as shipped by
 * Microsoft's SARIF SDK in @microsoft/jest-sarif), our own report schema, and CycloneDX
 * (through @cyclonedx/cyclonedx-library's strict JSON validator).
 */
import { readFileSync } from 'node:fs';
import { Validation, Spec } from '@cyclonedx/cyclonedx-library';
import { Ajv, type ErrorObject } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS; its plugin is also exported as `.default`, which types and runtime agree on.
const addFormats = ajvFormats.default;

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/**
 * SARIF 2.1.0 schema (draft-04). Ajv 8 reads it once the draft-04 `id` becomes `$id`;
 * `unicodeRegExp: false` because one of its patterns (`language`) is not valid under the
 * `u` flag — a known defect of the published schema, not of our output.
 */
const sarifSchema = (() => {
  const { $schema: _s, id, ...rest } = readJson('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $id: id as string, ...rest });
})();

const reportSchema = (() => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(readJson('../../schema/report.schema.json'));
})();

function toMessages(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Schema errors of a SARIF log ([] when valid). */
export function validateSarif(log: unknown): string[] {
  return sarifSchema(JSON.parse(JSON.stringify(log))) ? [] : toMessages(sarifSchema.errors);
}

/** Schema errors of a JSON report ([] when valid). */
export function validateReport(report: unknown): string[] {
  return reportSchema(JSON.parse(JSON.stringify(report))) ? [] : toMessages(reportSchema.errors);
}

/** Schema errors of a CycloneDX JSON document for `version` ([] when valid). */
export async function validateBom(json: string, version = Spec.Version.v1dot6): Promise<unknown[]> {
  const error = await new Validation.JsonStrictValidator(version).validate(json);
  return error === null ? [] : [error];
}
