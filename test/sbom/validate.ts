/** Schema validation of SBOM text with the CycloneDX library's strict JSON validator. */
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { expect } from 'vitest';

const validators = new Map<string, Validation.JsonStrictValidator>();

/** Fails the test with the schema errors when `text` is not a valid CycloneDX `version` document. */
export async function expectValidBom(text: string, version: '1.5' | '1.6' = '1.6'): Promise<void> {
  let v = validators.get(version);
  if (!v) {
    v = new Validation.JsonStrictValidator(version === '1.5' ? Spec.Version.v1dot5 : Spec.Version.v1dot6);
    validators.set(version, v);
  }
  const errors = await v.validate(text);
  expect(errors, JSON.stringify(errors)?.slice(0, 2000)).toBeNull();
}
