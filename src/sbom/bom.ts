/**
 * Inventories → a CycloneDX Bom (library model). The Bom stays a model until
 * renderBom() serializes it, so later stages (the report's enrichment) can look
 * components up by bom-ref (= Package.id) and add properties, hashes or external
 * references first:
 *
 *   const sbom = toBom(inventories, { now: new Date() });
 *   sbom.components.get(pkg.id)?.properties.add(new Models.Property('…', '…'));
 *   const text = await renderBom(sbom.bom, { specVersion: '1.6', format: 'json' });
 */
import { randomUUID } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import type { Inventory, Package } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { toComponent, toRootComponentModel } from './component.js';

export type OmitType = 'dev' | 'optional';

export interface ToBomOptions {
  /** Leave out dev-only and/or optional-only packages (npm's --omit). */
  omit?: OmitType[];
  /** No timestamp or serial number; stable order (byte-identical output for the same input). */
  reproducible?: boolean;
  /** metadata.timestamp (ignored when reproducible). Default: now. */
  now?: Date;
}

/** The Bom plus every component by bom-ref, for enrichment before rendering. */
export interface SbomModel {
  bom: Models.Bom;
  /** Package.id / RootComponent.id → its component (metadata.component included). */
  components: Map<string, Models.Component>;
}

/** Whether `p` stays in an SBOM (or install) that omits `omit`. */
export function isIncluded(p: Package, omit: readonly OmitType[]): boolean {
  const dev = omit.includes('dev');
  const optional = omit.includes('optional');
  if (p.dev && dev) return false;
  if (p.optional && optional) return false;
  // devOptional: needed by dev or by optional dependencies; gone only when both are.
  if (p.devOptional && dev && optional) return false;
  return true;
}

export function toBom(inventories: Inventory[], options: ToBomOptions = {}): SbomModel {
  const omit = options.omit ?? [];
  const bom = new Models.Bom();
  const components = new Map<string, Models.Component>();
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION }));
  if (options.reproducible) {
    bom.metadata.properties.add(new Models.Property('cdx:reproducible', 'true'));
  } else {
    bom.serialNumber = `urn:uuid:${randomUUID()}`;
    bom.metadata.timestamp = options.now ?? new Date();
  }

  const dependsOn: [Models.Component, string[]][] = [];
  inventories.forEach((inv, i) => {
    // Ids are unique across inventories read by readInventories; a repeated root is the same project.
    if (!components.has(inv.root.id)) {
      const root = toRootComponentModel(inv.root);
      components.set(inv.root.id, root);
      dependsOn.push([root, inv.root.dependencies]);
      // The first lockfile's project describes the SBOM; further projects are components.
      if (i === 0) bom.metadata.component = root;
      else bom.components.add(root);
    }
    for (const p of sortById(inv.packages)) {
      if (!isIncluded(p, omit) || components.has(p.id)) continue;
      const c = toComponent(p);
      components.set(p.id, c);
      bom.components.add(c);
      dependsOn.push([c, p.dependencies]);
    }
  });
  // Edges to omitted packages go with them.
  for (const [c, deps] of dependsOn) {
    for (const id of deps) {
      const target = components.get(id);
      if (target) c.dependencies.add(target.bomRef);
    }
  }
  return { bom, components };
}

function sortById(packages: Package[]): Package[] {
  return [...packages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
