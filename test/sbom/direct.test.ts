import { describe, expect, it } from 'vitest';
import { readInventory } from '../../src/inventory/index.js';
import { renderBom, toBom, toInventoryJsonChunks, type OmitType } from '../../src/sbom/index.js';
import type { Inventory } from '../../src/types.js';
import { describeRealWorld, realWorld } from '../support/real-world.js';
import { inventory, pkg } from './fixtures.js';
import { expectValidBom } from './validate.js';

const SHA512 = 'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==';

/** The direct writer must give the library-model path's bytes, for every option. */
async function expectSameBytes(inventories: Inventory[]): Promise<void> {
  const omits: OmitType[][] = [[], ['dev'], ['optional'], ['dev', 'optional']];
  for (const specVersion of ['1.5', '1.6'] as const) {
    for (const omit of omits) {
      const model = await renderBom(toBom(inventories, { omit, reproducible: true }).bom, { specVersion });
      const direct = [...toInventoryJsonChunks(inventories, { omit, reproducible: true, specVersion })].join('');
      expect(direct).toBe(model);
    }
  }
  // Not reproducible: only the random serial number may differ.
  const now = new Date('2026-05-04T03:02:01.000Z');
  const model = await renderBom(toBom(inventories, { now }).bom);
  const direct = [...toInventoryJsonChunks(inventories, { now })].join('');
  const unserial = (t: string) => t.replace(/"urn:uuid:[0-9a-f-]+"/, '"serial"');
  expect(unserial(direct)).toBe(unserial(model));
  await expectValidBom(direct);
}

describe('toInventoryJsonChunks', () => {
  it('writes the same bytes as the library model for every package shape', async () => {
    const packages = [
      pkg({ id: 'app@1.0.0|@s/a@1.0.0', name: '@s/a', version: '1.0.0', integrity: `${SHA512} sha1-2aX6X+BP7vbhx3bYHy6ZwvRdF8Q=`, resolved: 'https://registry.npmjs.org/@s/a/-/a-1.0.0.tgz', license: '(MIT OR Apache-2.0)', dependencies: ['app@1.0.0|b@2.0.0', 'app@1.0.0|gone@1.0.0', 'app@1.0.0|b@2.0.0'] }),
      pkg({ id: 'app@1.0.0|b@2.0.0', name: 'b', version: '2.0.0', license: 'UNLICENSED', dev: true, bundled: true }),
      pkg({ id: 'app@1.0.0|c@3.0.0', name: 'c', version: '3.0.0', license: 'apache-2.0', optional: true, resolved: 'https://u:p@npm.corp/c/-/c-3.0.0.tgz' }),
      pkg({ id: 'app@1.0.0|d@0.0.1', name: 'd', version: '', devOptional: true, resolved: 'file:../d', license: 'SEE LICENSE IN x' }),
      pkg({ id: 'app@1.0.0|e@1.0.0', name: 'e', version: '1.0.0', resolved: 'github:x/e#abc', integrity: 'md5-xyz' }),
    ];
    const other: Inventory = { ...inventory([pkg({ id: 'tool@2.0.0|z@1.0.0', name: 'z', version: '1.0.0' })]), lockfile: 'b/package-lock.json', root: { id: 'tool@2.0.0', name: '@o/tool', version: '2.0.0', purl: 'pkg:npm/%40o/tool@2.0.0', description: 'x', dependencies: ['tool@2.0.0|z@1.0.0'] } };
    await expectSameBytes([inventory(packages), other, inventory([])]);
    await expectSameBytes([inventory([], [])]);
  });

  it('writes large lists (several batches) identically', async () => {
    const many = Array.from({ length: 2500 }, (_, i) => pkg({ id: `app@1.0.0|p${i}@1.0.0`, name: `p${i}`, version: '1.0.0', integrity: SHA512, dependencies: [`app@1.0.0|p${(i + 1) % 2500}@1.0.0`] }));
    const inv = inventory(many);
    expect([...toInventoryJsonChunks([inv], { reproducible: true })].join('')).toBe(await renderBom(toBom([inv], { reproducible: true }).bom));
  });
});

describeRealWorld('toInventoryJsonChunks on real lockfiles', () => {
  it.each([
    ['big-app', 'package-lock.json'],
    ['big-app', 'package-lock.no-resolved.json'],
    ['workspaces', 'package-lock.json'],
    ['odd-sources', 'package-lock.json'],
  ])('%s/%s: same bytes as the library model', async (dir, file) => {
    await expectSameBytes([await readInventory(realWorld('lockfiles', dir, file))]);
  });
});
