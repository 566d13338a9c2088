/** Test-CA bundles for artifact tests: a consistent build (statement + certificate) per call. */
import { createHash } from 'node:crypto';
import { createTestInstance, IN_TOTO, type MintedBundle, type TestInstance } from '../support/test-ca/index.js';
import { BUILD, type Build } from '../provenance/fixtures.js';

export { IN_TOTO };

let instance: Promise<TestInstance> | undefined;
/** One instance per test file (setup ~75 ms). */
export function testInstance(): Promise<TestInstance> {
  instance ??= createTestInstance();
  return instance;
}

export function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}
export function sha512(data: Buffer | string): string {
  return createHash('sha512').update(data).digest('hex');
}

/** Certificate extensions matching `toCert(build)` in test/provenance/fixtures.ts. */
export function toExtensions(b: Partial<Build> = {}) {
  const x = { ...BUILD, ...b };
  return {
    buildSignerURI: x.signer,
    runnerEnvironment: x.runner,
    sourceRepositoryURI: `https://github.com/${x.repo}`,
    sourceRepositoryDigest: x.commit,
    sourceRepositoryRef: x.ref,
    sourceRepositoryOwnerURI: `https://github.com/${x.repo.split('/')[0]}`,
    buildConfigURI: `https://github.com/${x.repo}/${x.workflowPath}@${x.ref}`,
    buildTrigger: x.trigger,
  };
}

/** Signs `statement` as the build `b` (certificate SAN = b.signer). */
export async function mintStatement(statement: unknown, b: Partial<Build> = {}, version?: '0.1' | '0.2' | '0.3'): Promise<MintedBundle> {
  const ca = await testInstance();
  const x = { ...BUILD, ...b };
  return ca.signDsse(IN_TOTO, Buffer.from(JSON.stringify(statement)), { san: x.signer, extensions: toExtensions(b), version });
}
