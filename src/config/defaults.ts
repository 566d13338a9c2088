/**
 * The defaults, in one place (the schema's `default` keywords repeat them for editors; a
 * test keeps the two equal), and the conversion of a validated file into a Policy.
 *
 * An empty policy is useful on its own: invalid signatures, provenance or integrity always
 * fail; a missing registry signature fails (npmjs signs every version, so a missing one
 * means a mirror stripped it or something worse); missing provenance warns; a provenance
 * regression fails; a source mismatch warns; checks that could not run warn.
 */
import type { ArtifactRequirement, CheckRule, DependencyPolicy, Policy, PolicyException, Selection } from './types.js';
import { parseExpiry } from './semantic.js';
import { toChildPath } from './positions.js';

export const DEFAULTS = {
  mode: 'enforce',
  'registry-signatures': 'require',
  provenance: 'warn',
  unverifiable: 'warn',
  'provenance-regression': 'fail',
  'source-mismatch': 'warn',
  scope: 'all',
  'licenses.unknown': 'warn',
  'artifact.required': true,
  'artifact.deny-self-hosted-runners': false,
} as const;

type Raw = Record<string, unknown>;

/** The policy used when no file is given. */
export function toDefaultPolicy(): Policy {
  return toPolicy({}, undefined, {});
}

/** A schema- and semantics-checked raw value → Policy with every default applied. */
export function toPolicy(raw: Raw, file: string | undefined, locations: Policy['locations']): Policy {
  const deps = (raw['dependencies'] ?? {}) as Raw;
  return {
    mode: (raw['mode'] as Policy['mode'] | undefined) ?? DEFAULTS.mode,
    dependencies: toDependencies(deps),
    artifacts: ((raw['artifacts'] ?? []) as Raw[]).map(toArtifact),
    exceptions: ((raw['exceptions'] ?? []) as Raw[]).map(toException),
    ...(file === undefined ? {} : { file }),
    locations,
  };
}

function toDependencies(d: Raw): DependencyPolicy {
  const out: DependencyPolicy = {
    registrySignatures: toCheck(d['registry-signatures'], DEFAULTS['registry-signatures']),
    provenance: toCheck(d['provenance'], DEFAULTS.provenance),
    unverifiable: (d['unverifiable'] as DependencyPolicy['unverifiable'] | undefined) ?? DEFAULTS.unverifiable,
    provenanceRegression: (d['provenance-regression'] as DependencyPolicy['provenanceRegression'] | undefined) ?? DEFAULTS['provenance-regression'],
    sourceMismatch: (d['source-mismatch'] as DependencyPolicy['sourceMismatch'] | undefined) ?? DEFAULTS['source-mismatch'],
    sources: ((d['sources'] ?? []) as Raw[]).map((s, i) => ({
      package: s['package'] as string,
      ...(s['repositories'] ? { repositories: s['repositories'] as string[] } : {}),
      ...(s['workflows'] ? { workflows: s['workflows'] as string[] } : {}),
      path: toChildPath('dependencies.sources', i),
    })),
    deny: ((d['deny'] ?? []) as Raw[]).map((s, i) => ({
      package: s['package'] as string,
      reason: s['reason'] as string,
      path: toChildPath('dependencies.deny', i),
    })),
  };
  if (Array.isArray(d['trusted-builders'])) out.trustedBuilders = d['trusted-builders'] as string[];
  const lic = d['licenses'] as Raw | undefined;
  if (lic) {
    out.licenses = {
      ...toSelection(lic),
      unknown: (lic['unknown'] as 'fail' | 'warn' | 'off' | undefined) ?? DEFAULTS['licenses.unknown'],
      ...(lic['allow'] ? { allow: lic['allow'] as string[] } : {}),
      ...(lic['deny'] ? { deny: lic['deny'] as string[] } : {}),
    };
  }
  const age = d['minimum-release-age'];
  if (typeof age === 'number') out.minimumReleaseAge = { days: age, ...toSelection({}) };
  else if (age && typeof age === 'object') out.minimumReleaseAge = { days: (age as Raw)['days'] as number, ...toSelection(age as Raw) };
  const scripts = d['install-scripts'] as Raw | undefined;
  if (scripts) out.installScripts = { allow: (scripts['allow'] ?? []) as string[] };
  return out;
}

function toCheck(v: unknown, fallback: CheckRule['level']): CheckRule {
  if (typeof v === 'string') return { level: v as CheckRule['level'], ...toSelection({}) };
  const o = (v ?? {}) as Raw;
  return { level: (o['level'] as CheckRule['level'] | undefined) ?? fallback, ...toSelection(o) };
}

function toSelection(o: Raw): Selection {
  return {
    scope: (o['scope'] as Selection['scope'] | undefined) ?? DEFAULTS.scope,
    include: (o['include'] ?? []) as string[],
    exclude: (o['exclude'] ?? []) as string[],
  };
}

function toArtifact(a: Raw, i: number): ArtifactRequirement {
  const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string]);
  const refs = [...list(a['ref']), ...list(a['tag']).map((t) => (t.startsWith('refs/') ? t : `refs/tags/${t}`))];
  const id = a['identity'] as Raw | undefined;
  const out: ArtifactRequirement = {
    path: a['path'] as string,
    denySelfHostedRunners: (a['deny-self-hosted-runners'] as boolean | undefined) ?? DEFAULTS['artifact.deny-self-hosted-runners'],
    required: (a['required'] as boolean | undefined) ?? DEFAULTS['artifact.required'],
    policyPath: toChildPath('artifacts', i),
  };
  if (typeof a['bundle'] === 'string') out.bundle = a['bundle'];
  if (id) {
    out.identity = {};
    if (typeof id['issuer'] === 'string') out.identity.issuer = id['issuer'];
    if (typeof id['san'] === 'string') out.identity.san = id['san'];
    if (typeof id['san-regex'] === 'string') out.identity.sanRegex = id['san-regex'];
    if (typeof id['signer-workflow'] === 'string') out.identity.signerWorkflow = id['signer-workflow'];
  }
  if (typeof a['source-repo'] === 'string') out.sourceRepo = a['source-repo'];
  if (refs.length > 0) out.refs = refs;
  if (Array.isArray(a['builder-ids'])) out.builderIds = a['builder-ids'] as string[];
  if (typeof a['predicate-type'] === 'string') out.predicateType = a['predicate-type'];
  return out;
}

function toException(e: Raw, i: number): PolicyException {
  const expires = e['expires'] as string;
  const out: PolicyException = {
    reason: e['reason'] as string,
    expires,
    // parseExpiry already succeeded during the semantic checks.
    expiresAt: parseExpiry(expires) ?? new Date(0),
    path: toChildPath('exceptions', i),
  };
  if (typeof e['package'] === 'string') out.package = e['package'];
  if (typeof e['artifact'] === 'string') out.artifact = e['artifact'];
  if (Array.isArray(e['rules'])) out.rules = e['rules'] as string[];
  if (typeof e['owner'] === 'string') out.owner = e['owner'];
  return out;
}
