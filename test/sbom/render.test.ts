import { isDeepStrictEqual } from 'node:util';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import { describe, expect, it } from 'vitest';
import { renderBom, renderBomChunks, renderWithLibrary, toBom } from '../../src/sbom/index.js';
import { canRenderJson } from '../../src/sbom/json.js';
import type { Inventory } from '../../src/types.js';
import { inventory, pkg } from './fixtures.js';
import { expectValidBom } from './validate.js';

const SHA512 = 'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==';

const sample = inventory([
  pkg({
    id: 'app@1.0.0|@s/a@1.0.0',
    name: '@s/a',
    version: '1.0.0',
    integrity: `${SHA512} sha1-2aX6X+BP7vbhx3bYHy6ZwvRdF8Q=`,
    resolved: 'https://registry.npmjs.org/@s/a/-/a-1.0.0.tgz',
    license: '(MIT OR Apache-2.0)',
    dependencies: ['app@1.0.0|b@2.0.0'],
  }),
  pkg({ id: 'app@1.0.0|b@2.0.0', name: 'b', version: '2.0.0', license: 'UNLICENSED', dev: true, bundled: true, direct: false }),
  pkg({ id: 'app@1.0.0|c@3.0.0', name: 'c', version: '3.0.0', license: 'apache-2.0', optional: true, resolved: 'https://user:secret@npm.corp/c/-/c-3.0.0.tgz' }),
]);

/** Component arrays and dependencies in a fixed order, for comparing two serializers. */
function normalise(bom: Record<string, unknown>): Record<string, unknown> {
  const byRef = (a: Record<string, string>, b: Record<string, string>) => ((a['bom-ref'] ?? a.ref)! < (b['bom-ref'] ?? b.ref)! ? -1 : 1);
  (bom.components as Record<string, string>[] | undefined)?.sort(byRef);
  (bom.dependencies as Record<string, string>[] | undefined)?.sort(byRef);
  return bom;
}

describe('renderBom (JSON)', () => {
  it.each(['1.5', '1.6'] as const)('writes the same document as the library serializer, valid CycloneDX %s', async (v) => {
    const { bom } = toBom([sample], { now: new Date('2026-01-02T03:04:05.678Z') });
    const mine = await renderBom(bom, { specVersion: v });
    const lib = await renderWithLibrary(bom, v, 'json');
    expect(isDeepStrictEqual(normalise(JSON.parse(mine)), normalise(JSON.parse(lib)))).toBe(true);
    await expectValidBom(mine, v);
  });

  it('streams chunks that join to exactly the pretty-printed document', async () => {
    const { bom } = toBom([sample, inventory([])], { reproducible: true });
    const text = [...(await renderBomChunks(bom))].join('');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toBe(await renderBom(bom));
    const empty = await renderBom(toBom([inventory([], [])], { reproducible: true }).bom);
    expect(empty).toBe(`${JSON.stringify(JSON.parse(empty), null, 2)}\n`);
  });

  it('formats a list longer than one batch exactly like one pretty-print', async () => {
    const many = Array.from({ length: 4321 }, (_, i) => pkg({ id: `app@1.0.0|p${i}@1.0.0`, name: `p${i}`, version: '1.0.0', license: 'MIT', integrity: SHA512 }));
    const text = await renderBom(toBom([inventory(many)], { reproducible: true }).bom);
    const doc = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(doc.components).toHaveLength(4321);
    expect(doc.dependencies).toHaveLength(4322);
  });

  it('maps the package fields to CycloneDX', async () => {
    const { bom } = toBom([sample], { now: new Date('2026-01-02T03:04:05.678Z') });
    const doc = JSON.parse(await renderBom(bom));
    expect(doc.specVersion).toBe('1.6');
    expect(doc.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(doc.metadata.timestamp).toBe('2026-01-02T03:04:05.678Z');
    expect(doc.metadata.tools.components[0]).toMatchObject({ type: 'application', name: 'provenance-gate' });
    expect(doc.metadata.component).toMatchObject({ type: 'application', name: 'app', version: '1.0.0', 'bom-ref': 'app@1.0.0', purl: 'pkg:npm/app@1.0.0' });
    const [a, b, c] = doc.components;
    expect(a).toMatchObject({ group: '@s', name: 'a', 'bom-ref': 'app@1.0.0|@s/a@1.0.0', scope: 'required', purl: 'pkg:npm/%40s/a@1.0.0' });
    expect(a.hashes.map((h: { alg: string }) => h.alg)).toEqual(['SHA-1', 'SHA-512']);
    expect(a.hashes[0].content).toBe('d9a5fa5fe04feef6e1c776d81f2e99c2f45d17c4');
    expect(a.licenses).toEqual([{ expression: '(MIT OR Apache-2.0)', acknowledgement: 'declared' }]);
    expect(a.externalReferences).toEqual([
      expect.objectContaining({ type: 'distribution', url: 'https://registry.npmjs.org/@s/a/-/a-1.0.0.tgz', hashes: a.hashes }),
    ]);
    expect(a.properties).toEqual([{ name: 'cdx:npm:package:path', value: 'node_modules/@s/a' }]);
    expect(b.scope).toBe('excluded');
    expect(b.licenses).toEqual([{ license: { name: 'UNLICENSED', acknowledgement: 'declared' } }]);
    expect(b.properties).toEqual([
      { name: 'cdx:npm:package:bundled', value: 'true' },
      { name: 'cdx:npm:package:development', value: 'true' },
      { name: 'cdx:npm:package:path', value: 'node_modules/b' },
    ]);
    expect(c.scope).toBe('optional');
    expect(c.licenses).toEqual([{ license: { id: 'Apache-2.0', acknowledgement: 'declared' } }]);
    // Credentials in a resolved URL never reach the SBOM.
    expect(c.externalReferences[0].url).toBe('https://npm.corp/c/-/c-3.0.0.tgz');
    expect(doc.dependencies).toEqual([
      { ref: 'app@1.0.0', dependsOn: ['app@1.0.0|@s/a@1.0.0', 'app@1.0.0|b@2.0.0', 'app@1.0.0|c@3.0.0'] },
      { ref: 'app@1.0.0|@s/a@1.0.0', dependsOn: ['app@1.0.0|b@2.0.0'] },
      { ref: 'app@1.0.0|b@2.0.0' },
      { ref: 'app@1.0.0|c@3.0.0' },
    ]);
  });

  it('omits dev and optional packages and the edges to them', async () => {
    const devOptional = pkg({ id: 'app@1.0.0|d@1.0.0', name: 'd', version: '1.0.0', devOptional: true });
    const inv = inventory([...sample.packages, devOptional]);
    const refs = async (omit: ('dev' | 'optional')[]) => JSON.parse(await renderBom(toBom([inv], { omit }).bom)).components.map((c: { name: string }) => c.name);
    expect(await refs(['dev'])).toEqual(['a', 'c', 'd']);
    expect(await refs(['optional'])).toEqual(['a', 'b', 'd']);
    expect(await refs(['dev', 'optional'])).toEqual(['a']);
    const doc = JSON.parse(await renderBom(toBom([inv], { omit: ['dev'] }).bom));
    expect(doc.dependencies.find((d: { ref: string }) => d.ref === 'app@1.0.0|@s/a@1.0.0').dependsOn).toBeUndefined();
  });

  it('is byte-identical across runs when reproducible, with no timestamp or serial number', async () => {
    const one = await renderBom(toBom([sample], { reproducible: true, now: new Date(1) }).bom);
    const two = await renderBom(toBom([{ ...sample, packages: [...sample.packages].reverse() }], { reproducible: true, now: new Date(2) }).bom);
    expect(one).toBe(two);
    const doc = JSON.parse(one);
    expect(doc.serialNumber).toBeUndefined();
    expect(doc.metadata.timestamp).toBeUndefined();
    await expectValidBom(one);
  });

  it('lets a later stage enrich a component by bom-ref before rendering', async () => {
    const sbom = toBom([sample]);
    sbom.components.get('app@1.0.0|b@2.0.0')!.properties.add(new Models.Property('provenance-gate:signature', 'verified'));
    const doc = JSON.parse(await renderBom(sbom.bom));
    expect(doc.components[1].properties).toContainEqual({ name: 'provenance-gate:signature', value: 'verified' });
  });

  it('falls back to the library for fields the direct writer does not know', async () => {
    const sbom = toBom([sample]);
    sbom.components.get('app@1.0.0|c@3.0.0')!.author = 'someone';
    expect(canRenderJson(sbom.bom)).toBe(false);
    const doc = JSON.parse(await renderBom(sbom.bom));
    expect(doc.components.find((c: { name: string }) => c.name === 'c').author).toBe('someone');
  });

  it('writes valid XML when asked', async () => {
    const xml = await renderBom(toBom([sample]).bom, { format: 'xml', specVersion: '1.5' });
    expect(xml).toContain('<bom xmlns="http://cyclonedx.org/schema/bom/1.5"');
    expect(xml).toContain('<purl>pkg:npm/%40s/a@1.0.0</purl>');
  });

  it('keeps several lockfile roots apart: the first describes the SBOM, the others are applications', async () => {
    const other: Inventory = { ...inventory([]), lockfile: 'sub/package-lock.json', root: { ...sample.root, id: 'tool@2.0.0', name: 'tool', version: '2.0.0', purl: 'pkg:npm/tool@2.0.0', dependencies: [] } };
    const doc = JSON.parse(await renderBom(toBom([sample, other]).bom));
    expect(doc.metadata.component.name).toBe('app');
    expect(doc.components.find((c: { name: string }) => c.name === 'tool')).toMatchObject({ type: 'application' });
    expect(Enums.ComponentType.Application).toBe('application');
  });
});
