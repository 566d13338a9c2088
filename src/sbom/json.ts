/**
 * A direct CycloneDX JSON writer for the Bom models toBom() builds: plain objects in
 * the spec's key order, then one native JSON.stringify. The library's normalizer is
 * correct but costs ~10× more and pulls its XML stack (~700 kB) into start-up.
 * It covers exactly the fields this project sets (and enrichment may add: properties,
 * hashes, external references, licenses); anything else makes canRenderJson() false
 * and renderBom() falls back to the library. Tests hold both outputs equal and valid.
 */
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';

export type Json = Record<string, unknown>;
export type JsonSpec = '1.5' | '1.6';

/** Whether writeBomJson can express everything in `bom`. */
export function canRenderJson(bom: Models.Bom): boolean {
  const m = bom.metadata;
  if (bom.services.size || bom.vulnerabilities.size || m.lifecycles.size || m.authors.size || m.licenses.size) return false;
  if (m.manufacture || m.supplier || m.tools.services.size || m.tools.tools.size) return false;
  const all = [...bom.components, ...m.tools.components, ...(m.component ? [m.component] : [])];
  return all.every(isSimpleComponent);
}

function isSimpleComponent(c: Models.Component): boolean {
  if (c.author || c.copyright || c.publisher || c.supplier || c.swid || c.cpe || c.evidence || c.components.size) return false;
  for (const l of c.licenses) {
    if (l instanceof Models.LicenseExpression) continue;
    if (l.text || l.properties.size) return false;
  }
  return true;
}

/** CycloneDX JSON for `bom`; lists sorted so equal models give identical text. */
export function writeBomJson(bom: Models.Bom, spec: JsonSpec, space = 2): string {
  return [...toBomJsonChunks(bom, spec, space)].join('');
}

/**
 * The same text as writeBomJson, in pieces (one per component / dependency entry), so
 * a caller can stream a large SBOM to a file; the pieces concatenate to exactly
 * `JSON.stringify(document, null, space)` plus a final newline.
 */
export function* toBomJsonChunks(bom: Models.Bom, spec: JsonSpec, space = 2): Generator<string> {
  const head = toHead(spec, bom.serialNumber, toMetadata(bom.metadata, spec), bom.version);
  const components = sortBy([...bom.components], (c) => c.bomRef.value ?? '');
  const withRefs = [...(bom.metadata.component ? [bom.metadata.component] : []), ...components].filter((c) => c.bomRef.value);
  const deps = sortBy(withRefs, (c) => c.bomRef.value!);
  yield* toDocumentChunks(head, components, (c) => toComponentJson(c, spec), deps, toDependency, space);
}

/** The document's first members, in the spec's order. */
export function toHead(spec: JsonSpec, serialNumber: string | undefined, metadata: Json, version = 1): Json {
  const head: Json = {
    $schema: `http://cyclonedx.org/schema/bom-${spec}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: spec,
  };
  if (serialNumber) head.serialNumber = serialNumber;
  head.version = version;
  head.metadata = metadata;
  return head;
}

/**
 * `head` + `components` + `dependencies` (both already in their final order) as the
 * chunks of one pretty-printed document. Shared by the model writer above and the
 * inventory writer (direct.ts), so both produce the same bytes.
 */
export function* toDocumentChunks<C, D>(
  head: Json,
  components: C[],
  toComponent: (c: C) => Json,
  dependencies: D[],
  toDependencyJson: (d: D) => Json,
  space: number,
): Generator<string> {
  const pad = ' '.repeat(space);
  const headText = JSON.stringify(head, null, space);
  if (!components.length && !dependencies.length) {
    yield `${headText}\n`;
    return;
  }
  yield headText.slice(0, -2); // without the closing "\n}"
  if (components.length) yield* toArrayChunks('components', components, toComponent, pad);
  if (dependencies.length) yield* toArrayChunks('dependencies', dependencies, toDependencyJson, pad);
  yield '\n}\n';
}

/** `,\n  "key": [\n    item,\n    item\n  ]` with items indented two levels. */
function* toArrayChunks<T>(key: string, items: T[], toJson: (item: T) => Json, pad: string): Generator<string> {
  if (items.length <= 2000) {
    // Small lists: one native stringify (cheapest on a cold start); as a member of an
    // object it comes out with the right indentation directly.
    const text = JSON.stringify({ [key]: items.map(toJson) }, null, pad.length);
    yield `,${text.slice(1, -2)}`;
    return;
  }
  // Large lists: one small string per item. Multi-megabyte strings would land in V8's
  // large-object space and pile up until a full GC (peak memory); small ones die young.
  const inner = `\n${pad}${pad}`;
  yield `,\n${pad}${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}${inner}${JSON.stringify(toJson(item), null, pad.length).replaceAll('\n', inner)}`;
    first = false;
  }
  yield `\n${pad}]`;
}

function toMetadata(m: Models.Metadata, spec: JsonSpec): Json {
  const out: Json = {};
  if (m.timestamp) out.timestamp = m.timestamp.toISOString();
  if (m.tools.components.size) out.tools = { components: sortBy([...m.tools.components], (c) => c.name).map((c) => toComponentJson(c, spec)) };
  if (m.component) out.component = toComponentJson(m.component, spec);
  if (m.properties.size) out.properties = toProperties(m.properties);
  return out;
}

export function toComponentJson(c: Models.Component, spec: JsonSpec): Json {
  const out: Json = { type: c.type, name: c.name };
  if (c.group) out.group = c.group;
  if (c.version) out.version = c.version;
  if (c.bomRef.value) out['bom-ref'] = c.bomRef.value;
  if (c.description) out.description = c.description;
  if (c.scope) out.scope = c.scope;
  if (c.hashes.size) out.hashes = toHashes(c.hashes);
  if (c.licenses.size) out.licenses = toLicenses(c.licenses, spec);
  if (c.purl) out.purl = c.purl.toString();
  if (c.externalReferences.size) {
    out.externalReferences = sortBy([...c.externalReferences], (r) => `${r.type} ${r.url.toString()}`).map((r) => {
      const ref: Json = { url: r.url.toString(), type: r.type };
      if (r.hashes.size) ref.hashes = toHashes(r.hashes);
      if (r.comment) ref.comment = r.comment;
      return ref;
    });
  }
  if (c.properties.size) out.properties = toProperties(c.properties);
  return out;
}

function toHashes(hashes: Models.HashDictionary): Json[] {
  return sortBy([...hashes], ([alg]) => alg).map(([alg, content]) => ({ alg, content }));
}

export function toLicenses(licenses: Models.LicenseRepository, spec: JsonSpec): Json[] {
  const ack = (l: { acknowledgement?: Enums.LicenseAcknowledgement }): Json => (spec === '1.6' && l.acknowledgement ? { acknowledgement: l.acknowledgement } : {});
  // The schema allows one expression, or any number of id/name licenses, not a mix.
  const expression = [...licenses].find((l): l is Models.LicenseExpression => l instanceof Models.LicenseExpression);
  if (expression) return [{ expression: expression.expression, ...ack(expression) }];
  const list = [...licenses].map((l) => {
    const body: Json = l instanceof Models.SpdxLicense ? { id: l.id } : { name: (l as Models.NamedLicense).name };
    Object.assign(body, ack(l as Models.SpdxLicense));
    if ((l as Models.SpdxLicense).url) body.url = String((l as Models.SpdxLicense).url);
    return { license: body };
  });
  return sortBy(list, (l) => JSON.stringify(l));
}

function toProperties(properties: Models.PropertyRepository): Json[] {
  return sortBy([...properties], (p) => `${p.name}\u0000${p.value}`).map((p) => ({ name: p.name, value: p.value }));
}

function toDependency(c: Models.Component): Json {
  const out: Json = { ref: c.bomRef.value };
  if (c.dependencies.size === 0) return out;
  const refs = new Set<string>();
  for (const r of c.dependencies) if (r.value !== undefined) refs.add(r.value);
  if (refs.size) out.dependsOn = [...refs].sort(compare);
  return out;
}

export function sortBy<T>(items: T[], key: (t: T) => string): T[] {
  if (items.length < 2) return items; // the common case: nothing to order
  const keyed = items.map((item) => [key(item), item] as const);
  keyed.sort((a, b) => compare(a[0], b[0]));
  return keyed.map(([, item]) => item);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
