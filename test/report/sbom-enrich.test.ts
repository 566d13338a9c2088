import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { enrichBom } from '../../src/report/index.js';
import type { RunResult } from '../../src/types.js';
import { aFailingRun } from './factories.js';
import { validateBom } from './schemas.js';

/** A Bom shaped like the SBOM stage's: one library component per package, bom-ref = Package.id. */
function toBom(result: RunResult): Models.Bom {
  const bom = new Models.Bom();
  for (const p of result.inventories[0]!.packages) {
    bom.components.add(new Models.Component(Enums.ComponentType.Library, p.name, { version: p.version, bomRef: p.id }));
  }
  return bom;
}

function toJson(bom: Models.Bom): string {
  return new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)).serialize(bom, { sortLists: true, space: 2 });
}

interface JsonComponent {
  'bom-ref': string;
  properties?: { name: string; value: string }[];
  externalReferences?: { type: string; url: string; comment?: string }[];
}

function component(json: string, ref: string): JsonComponent {
  return (JSON.parse(json) as { components: JsonComponent[] }).components.find((c) => c['bom-ref'] === ref)!;
}

function property(c: JsonComponent, name: string): string[] {
  return (c.properties ?? []).filter((p) => p.name === name).map((p) => p.value);
}

describe('enrichBom', () => {
  it('produces an SBOM that validates against the CycloneDX 1.6 schema', async () => {
    const run = aFailingRun();
    const bom = toBom(run);
    expect(enrichBom(bom, run)).toBe(4);
    expect(await validateBom(toJson(bom))).toEqual([]);
  });

  it('the CycloneDX validator rejects an invalid document (so a pass above means something)', async () => {
    const broken = JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components: [{ type: 'nope', name: 'x' }] });
    expect((await validateBom(broken)).length).toBe(1);
  });

  it('states signature and provenance status per component, by bom-ref', () => {
    const run = aFailingRun();
    const bom = toBom(run);
    enrichBom(bom, run);
    const json = toJson(bom);
    const evil = component(json, '@scope/evil@2.0.1');
    expect(property(evil, 'provenance-gate:signature')).toEqual(['invalid']);
    expect(property(evil, 'provenance-gate:signature:reason')).toEqual(['REGISTRY_SIGNATURE_INVALID']);
    expect(property(evil, 'provenance-gate:finding')).toEqual(['fail:registry-signatures']);
    const leftPad = component(json, 'left-pad@1.3.0');
    expect(property(leftPad, 'provenance-gate:provenance')).toEqual(['missing']);
    expect(leftPad.externalReferences ?? []).toEqual([]);
    // Facts of an unverified provenance are not stated as the component's origin.
    expect(property(leftPad, 'provenance-gate:source-repo')).toEqual([]);
  });

  it('names the verified source commit as a vcs reference, with build-meta and attestation', () => {
    const run = aFailingRun();
    const bom = toBom(run);
    enrichBom(bom, run);
    const chalk = component(toJson(bom), 'chalk@5.3.0');
    expect(property(chalk, 'provenance-gate:source-commit')).toEqual(['f00dfacecafebeef0123456789abcdef01234567']);
    const refs = Object.fromEntries((chalk.externalReferences ?? []).map((r) => [r.type, r.url]));
    expect(refs).toEqual({
      vcs: 'git+https://github.com/example/chalk@f00dfacecafebeef0123456789abcdef01234567',
      'build-meta': 'https://github.com/example/chalk/blob/f00dfacecafebeef0123456789abcdef01234567/.github/workflows/release.yml',
      attestation: 'https://registry.npmjs.org/-/npm/v1/attestations/chalk@5.3.0',
    });
  });

  it('records the verdict in the metadata', () => {
    const run = aFailingRun();
    const bom = toBom(run);
    enrichBom(bom, run);
    const meta = (JSON.parse(toJson(bom)) as { metadata: { properties: { name: string; value: string }[] } }).metadata.properties;
    expect(meta).toEqual(expect.arrayContaining([{ name: 'provenance-gate:verdict', value: 'fail' }, { name: 'provenance-gate:mode', value: 'enforce' }]));
  });

  it('leaves components without a verification alone', () => {
    const run = aFailingRun();
    const bom = toBom(run);
    bom.components.add(new Models.Component(Enums.ComponentType.Library, 'unrelated', { version: '1.0.0', bomRef: 'unrelated@1.0.0' }));
    expect(enrichBom(bom, run)).toBe(4);
    expect(component(toJson(bom), 'unrelated@1.0.0').properties).toBeUndefined();
  });
});

describe('enrichBom on the SBOM stage’s own Bom', () => {
  it('renders through renderBom (direct writer and library) and validates against CycloneDX 1.6', async () => {
    const { toBom: toSbom, renderBom, renderWithLibrary } = await import('../../src/sbom/index.js');
    const run = aFailingRun();
    const sbom = toSbom(run.inventories, { reproducible: true });
    expect(enrichBom(sbom.bom, run)).toBe(4);
    const direct = await renderBom(sbom.bom, { specVersion: '1.6' });
    expect(await validateBom(direct)).toEqual([]);
    expect(JSON.parse(direct)).toEqual(JSON.parse(await renderWithLibrary(sbom.bom, '1.6', 'json')));
    const chalk = component(direct, 'chalk@5.3.0');
    expect(property(chalk, 'provenance-gate:provenance')).toEqual(['verified']);
    expect(chalk.externalReferences?.map((r) => r.type)).toEqual(expect.arrayContaining(['attestation', 'build-meta', 'vcs']));
  });
});
