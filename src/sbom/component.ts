/**
 * One inventory Package → one CycloneDX library component (type library), with the
 * npm-specific properties cyclonedx-npm defines (cdx:npm:package:*), so tools that
 * read its SBOMs read ours the same way.
 */
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import { withoutCredentials } from '../inventory/purl.js';
import type { Package, RootComponent } from '../types.js';
import { toHashes } from './hashes.js';
import { toLicense } from './licenses.js';

export const DISTRIBUTION_COMMENT = 'as recorded by the lockfile ("resolved", "integrity")';

/** npm names its scope `@scope/name`; CycloneDX puts the scope into `group`. */
export function splitName(name: string): { group?: string; name: string } {
  const slash = name.startsWith('@') ? name.indexOf('/') : -1;
  return slash > 0 ? { group: name.slice(0, slash), name: name.slice(slash + 1) } : { name };
}

/** Scope: dev-only packages are excluded from the shipped product, optional ones optional. */
export function toScope(p: Package): Enums.ComponentScope {
  if (p.dev) return Enums.ComponentScope.Excluded;
  if (p.optional || p.devOptional) return Enums.ComponentScope.Optional;
  return Enums.ComponentScope.Required;
}

export function toComponent(p: Package): Models.Component {
  const { group, name } = splitName(p.name);
  const c = new Models.Component(Enums.ComponentType.Library, name, {
    bomRef: p.id,
    group,
    version: p.version || undefined,
    purl: p.purl,
    scope: toScope(p),
  });
  const hashes = toHashes(p.integrity);
  for (const [alg, hex] of hashes) c.hashes.set(alg, hex);
  if (p.license) c.licenses.add(toLicense(p.license));
  c.properties.add(new Models.Property('cdx:npm:package:path', p.paths[0] ?? ''));
  if (p.dev || p.devOptional) c.properties.add(new Models.Property('cdx:npm:package:development', 'true'));
  if (p.bundled) c.properties.add(new Models.Property('cdx:npm:package:bundled', 'true'));
  const url = toDistributionUrl(p.resolved);
  if (url !== undefined) {
    const ref = new Models.ExternalReference(url, Enums.ExternalReferenceType.Distribution, { comment: DISTRIBUTION_COMMENT });
    for (const [alg, hex] of hashes) ref.hashes.set(alg, hex);
    c.externalReferences.add(ref);
  }
  return c;
}

/** The project (or one of several lockfile roots) as an application component. */
export function toRootComponentModel(root: RootComponent): Models.Component {
  const { group, name } = splitName(root.name);
  const c = new Models.Component(Enums.ComponentType.Application, name, {
    bomRef: root.id,
    group,
    version: root.version || undefined,
    purl: root.purl,
    description: root.description,
  });
  if (root.license) c.licenses.add(toLicense(root.license));
  c.properties.add(new Models.Property('cdx:npm:package:path', ''));
  return c;
}

/** Only real URLs (`file:` paths are not distribution points), without credentials. */
export function toDistributionUrl(resolved: string | undefined): string | undefined {
  if (!resolved || /^(?:file|ignore):/i.test(resolved)) return undefined;
  return withoutCredentials(resolved);
}
