/**
 * Adds what was verified to the CycloneDX SBOM, in CycloneDX's own terms, so the SBOM
 * alone says which components are verified and from which source commit:
 *  - component properties `provenance-gate:*` (taxonomy: README "SBOM properties"),
 *  - external references: `vcs` (source repository at the verified commit),
 *    `build-meta` (the workflow file at that commit) and `attestation` (where the
 *    provenance attestation can be fetched),
 *  - metadata properties with the run's verdict.
 * Components are matched by bom-ref = Package.id. The Bom model of @cyclonedx/cyclonedx-library
 * is mutable by design, so this edits it in place before it is serialized.
 */
// Subpath imports: the package root also loads its validators, which need __dirname and
// break inside an ESM bundle.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import type { PackageVerification, RunResult } from '../types.js';

const NS = 'provenance-gate';
const DEFAULT_REGISTRY = 'https://registry.npmjs.org';

/** Enrich `bom` in place; returns how many components were enriched. */
export function enrichBom(bom: Models.Bom, result: Pick<RunResult, 'packages' | 'inventories' | 'verdict'>): number {
  const byId = new Map(result.packages.map((p) => [p.id, p]));
  const registryById = new Map<string, string | undefined>();
  for (const inv of result.inventories) for (const p of inv.packages) registryById.set(p.id, p.registry);
  const findingsBySubject = new Map<string, string[]>();
  for (const f of result.verdict.findings) {
    const list = findingsBySubject.get(f.subject) ?? [];
    list.push(`${f.exception ? 'excepted' : f.severity}:${f.ruleId}`);
    findingsBySubject.set(f.subject, list);
  }
  let enriched = 0;
  const visit = (components: Iterable<Models.Component>) => {
    for (const c of components) {
      const v = c.bomRef.value === undefined ? undefined : byId.get(c.bomRef.value);
      if (v) {
        addProperties(c, v, findingsBySubject.get(`${v.name}@${v.version}`) ?? []);
        addExternalReferences(c, v, registryById.get(v.id));
        enriched++;
      }
      visit(c.components);
    }
  };
  visit(bom.components);
  bom.metadata.properties.add(new Models.Property(`${NS}:verdict`, result.verdict.result));
  bom.metadata.properties.add(new Models.Property(`${NS}:mode`, result.verdict.mode));
  return enriched;
}

function addProperties(c: Models.Component, v: PackageVerification, findings: string[]): void {
  const p = v.provenance;
  const verified = p.status === 'verified';
  // Statuses always; reason codes only when something is wrong; the provenance facts that
  // identify the build only when verified. Everything else is in the JSON report, and an
  // SBOM of thousands of components should not carry it twice.
  const entries: [string, string | undefined][] = [
    ['signature', v.signature.status],
    ['signature:reason', v.signature.reason?.code],
    ['integrity', v.integrity.status === 'verified' ? undefined : v.integrity.status],
    ['integrity:reason', v.integrity.reason?.code],
    ['provenance', p.status],
    ['provenance:reason', p.reason?.code],
    ['source-repo', verified ? p.sourceRepo : undefined],
    ['source-commit', verified ? p.sourceCommit : undefined],
    ['source-ref', verified ? p.sourceRef : undefined],
    ['builder-id', verified ? p.builderId : undefined],
    ['workflow', verified ? p.workflow : undefined],
    ['predicate-type', verified ? p.predicateType : undefined],
    ['tlog-index', verified ? p.logIndex : undefined],
    ['regression', v.regression ? `${v.regression.kind} since ${v.regression.previousVersion}` : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== '') c.properties.add(new Models.Property(`${NS}:${key}`, value));
  // One property per finding: CycloneDX allows repeated names, and consumers filter on them.
  for (const f of [...new Set(findings)].sort()) c.properties.add(new Models.Property(`${NS}:finding`, f));
}

function addExternalReferences(c: Models.Component, v: PackageVerification, registry: string | undefined): void {
  const p = v.provenance;
  // Only facts from a verified attestation are stated as the component's origin.
  if (p.status !== 'verified') return;
  const comment = `${NS}: from verified provenance`;
  const repo = p.sourceRepo ? toHttpsRepo(p.sourceRepo) : undefined;
  if (repo) {
    const url = p.sourceCommit ? `git+${repo}@${p.sourceCommit}` : `git+${repo}`;
    c.externalReferences.add(new Models.ExternalReference(url, Enums.ExternalReferenceType.VCS, { comment }));
    const workflowPath = p.workflow ? toWorkflowPath(p.workflow) : undefined;
    if (workflowPath && p.sourceCommit && repo.startsWith('https://github.com/')) {
      c.externalReferences.add(new Models.ExternalReference(`${repo}/blob/${p.sourceCommit}/${workflowPath}`, Enums.ExternalReferenceType.BuildMeta, { comment }));
    }
  }
  const base = (registry ?? DEFAULT_REGISTRY).replace(/\/+$/, '');
  c.externalReferences.add(new Models.ExternalReference(`${base}/-/npm/v1/attestations/${v.name}@${v.version}`, Enums.ExternalReferenceType.Attestation, { comment }));
}

/** `github.com/o/r`, `https://github.com/o/r.git`, `git+https://…` → `https://github.com/o/r`. */
function toHttpsRepo(repo: string): string | undefined {
  const s = repo.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  if (/^https?:\/\//.test(s)) return s;
  if (/^[a-z0-9.-]+\.[a-z]+\/[^\s]+$/i.test(s)) return `https://${s}`;
  return undefined;
}

/** `owner/repo/.github/workflows/x.yml@refs/…` or `.github/workflows/x.yml` → `.github/workflows/x.yml`. */
function toWorkflowPath(workflow: string): string | undefined {
  const path = workflow.split('@')[0]!;
  const i = path.indexOf('.github/workflows/');
  return i === -1 ? undefined : path.slice(i);
}
