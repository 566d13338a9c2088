/**
 * Inventories → CycloneDX JSON chunks without building the library model: the same
 * bytes as `renderBomChunks(toBom(inventories, o).bom, o)` (tests hold them equal on
 * real lockfiles), at a quarter of the cold-start cost. `provenance-gate sbom` uses it
 * for JSON; everything that needs the model (enrichment in `check`, XML) uses toBom.
 */
import { randomUUID } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import type { Inventory, Package } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { isIncluded, type ToBomOptions } from './bom.js';
import { DISTRIBUTION_COMMENT, splitName, toDistributionUrl, toRootComponentModel, toScope } from './component.js';
import { toHashes } from './hashes.js';
import { compare, sortBy, toComponentJson, toDocumentChunks, toHead, toLicenses, type Json, type JsonSpec } from './json.js';
import { toLicense } from './licenses.js';

export interface InventoryJsonOptions extends ToBomOptions {
  specVersion?: JsonSpec;
  space?: number;
}

/** CycloneDX JSON for `inventories`, as chunks (see renderBomChunks). */
export function toInventoryJsonChunks(inventories: Inventory[], options: InventoryJsonOptions = {}): Generator<string> {
  const spec = options.specVersion ?? '1.6';
  const omit = options.omit ?? [];
  const licenses = new Map<string, Json[]>();
  const rootJson: Json[] = [];
  const packages: Package[] = [];
  const edges = new Map<string, string[]>();
  // Same selection as toBom: a repeated root is the same project; first occurrence wins.
  for (const inv of inventories) {
    if (!edges.has(inv.root.id)) {
      edges.set(inv.root.id, inv.root.dependencies);
      rootJson.push(toComponentJson(toRootComponentModel(inv.root), spec));
    }
    for (const p of inv.packages) {
      if (!isIncluded(p, omit) || edges.has(p.id)) continue;
      edges.set(p.id, p.dependencies);
      packages.push(p);
    }
  }

  const metadata: Json = {};
  if (!options.reproducible) metadata.timestamp = (options.now ?? new Date()).toISOString();
  const tool = new Models.Component(Enums.ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION });
  metadata.tools = { components: [toComponentJson(tool, spec)] };
  if (rootJson[0]) metadata.component = rootJson[0];
  if (options.reproducible) metadata.properties = [{ name: 'cdx:reproducible', value: 'true' }];
  const head = toHead(spec, options.reproducible ? undefined : `urn:uuid:${randomUUID()}`, metadata);

  type Entry = { ref: string; json?: Json; pkg?: Package };
  const components: Entry[] = [
    ...rootJson.slice(1).map((json) => ({ ref: json['bom-ref'] as string, json })),
    ...packages.map((pkg) => ({ ref: pkg.id, pkg })),
  ];
  const sorted = sortBy(components, (e) => e.ref);
  const toJson = (e: Entry): Json => e.json ?? toPackageJson(e.pkg!, spec, licenses);
  const refs = sortBy([...edges.keys()], (id) => id);
  const toDependency = (id: string): Json => {
    const out: Json = { ref: id };
    const deps = new Set<string>();
    for (const d of edges.get(id)!) if (edges.has(d)) deps.add(d);
    if (deps.size) out.dependsOn = [...deps].sort(compare);
    return out;
  };
  return toDocumentChunks(head, sorted, toJson, refs, toDependency, options.space ?? 2);
}

/** Exactly toComponentJson(toComponent(p)), without the model in between. */
function toPackageJson(p: Package, spec: JsonSpec, licenses: Map<string, Json[]>): Json {
  const { group, name } = splitName(p.name);
  const out: Json = { type: 'library', name };
  if (group) out.group = group;
  if (p.version) out.version = p.version;
  out['bom-ref'] = p.id;
  out.scope = toScope(p);
  const hashes = sortBy(toHashes(p.integrity), ([alg]) => alg).map(([alg, content]) => ({ alg, content }));
  if (hashes.length) out.hashes = hashes;
  if (p.license) {
    let json = licenses.get(p.license);
    if (!json) licenses.set(p.license, (json = toLicenses(new Models.LicenseRepository([toLicense(p.license)]), spec)));
    out.licenses = json;
  }
  out.purl = p.purl;
  const url = toDistributionUrl(p.resolved);
  if (url !== undefined) {
    const ref: Json = { url, type: 'distribution' };
    if (hashes.length) ref.hashes = hashes;
    ref.comment = DISTRIBUTION_COMMENT;
    out.externalReferences = [ref];
  }
  const properties = [{ name: 'cdx:npm:package:path', value: p.paths[0] ?? '' }];
  if (p.dev || p.devOptional) properties.push({ name: 'cdx:npm:package:development', value: 'true' });
  if (p.bundled) properties.push({ name: 'cdx:npm:package:bundled', value: 'true' });
  out.properties = sortBy(properties, (q) => `${q.name}\u0000${q.value}`);
  return out;
}
