/**
 * SLSA provenance v0.2 and v1 (every build type slsa-github-generator, GitHub artifact
 * attestations and the npm CLI write) → one SlsaProvenance shape, so each check is
 * written once. Only reads; nothing here is trusted until checked against the certificate.
 */
import { GateError } from '../errors.js';
import { parseGitUri } from './git-uri.js';
import {
  SLSA_PROVENANCE_V02,
  SLSA_PROVENANCE_V1,
  SLSA_PROVENANCE_V1_DRAFT,
  type InTotoStatement,
  type SlsaProvenance,
} from './types.js';

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

/** A string field; draft v1 wraps values as `{ value: x }`, numbers appear for ids. */
function str(v: unknown): string | undefined {
  const inner = obj(v) && 'value' in (v as Obj) ? (v as Obj).value : v;
  if (typeof inner === 'string') return inner === '' ? undefined : inner;
  if (typeof inner === 'number') return String(inner);
  return undefined;
}

/** First defined string among `keys` of `o`, case-insensitively for GITHUB_* names. */
function pick(o: Obj | undefined, ...keys: string[]): string | undefined {
  if (!o) return undefined;
  for (const k of keys) {
    const v = str(o[k]) ?? str(o[k.toUpperCase()]) ?? str(o[k.toLowerCase()]);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function isSlsaPredicateType(predicateType: string): boolean {
  return predicateType === SLSA_PROVENANCE_V02 || predicateType === SLSA_PROVENANCE_V1 || predicateType === SLSA_PROVENANCE_V1_DRAFT;
}

/** Reads the SLSA predicate of `statement`; PROVENANCE_MALFORMED when it lacks builder or build type. */
export function toSlsaProvenance(statement: InTotoStatement, file?: string): SlsaProvenance {
  if (!isSlsaPredicateType(statement.predicateType)) {
    throw new GateError('PROVENANCE_PREDICATE_MISMATCH', `predicate type ${statement.predicateType} is not SLSA provenance`, { file });
  }
  const prov = statement.predicateType === SLSA_PROVENANCE_V02 ? fromV02(statement) : fromV1(statement);
  if (!prov.builderId) throw new GateError('PROVENANCE_MALFORMED', 'the SLSA provenance has no builder id', { file });
  if (!prov.buildType) throw new GateError('PROVENANCE_MALFORMED', 'the SLSA provenance has no build type', { file });
  return withRepository(prov);
}

function withRepository(prov: SlsaProvenance): SlsaProvenance {
  const uri = prov.triggerUri ?? prov.materialUri;
  if (!uri) return prov;
  const parsed = parseGitUri(uri);
  return { ...prov, repository: parsed.repository, sourceRef: prov.sourceRef ?? parsed.ref };
}

function fromV02(statement: InTotoStatement): SlsaProvenance {
  const p = statement.predicate;
  const invocation = obj(p.invocation);
  const configSource = obj(invocation?.configSource);
  const env = obj(invocation?.environment);
  const payload = obj(env?.github_event_payload);
  const material = obj(Array.isArray(p.materials) ? p.materials[0] : undefined);
  const parameters = obj(invocation?.parameters);
  return {
    predicateType: statement.predicateType,
    slsaVersion: '0.2',
    builderId: str(obj(p.builder)?.id) ?? '',
    buildType: str(p.buildType) ?? '',
    triggerUri: str(configSource?.uri),
    materialUri: str(material?.uri),
    sourceRef: pick(env, 'github_ref'),
    sourceCommit: str(obj(configSource?.digest)?.sha1) ?? pick(env, 'github_sha1', 'github_sha'),
    trigger: pick(env, 'github_event_name'),
    baseRef: str(payload?.base_ref) ?? pick(env, 'github_base_ref'),
    workflowPath: str(configSource?.entryPoint),
    workflowInputs: obj(payload?.inputs) ?? obj(parameters?.event_inputs) ?? obj(parameters?.inputs),
    repositoryId: pick(env, 'github_repository_id'),
    repositoryOwnerId: pick(env, 'github_repository_owner_id'),
    runnerEnvironment: pick(env, 'github_runner_environment', 'runner_environment'),
    invocationId: str(obj(p.metadata)?.buildInvocationId),
  };
}

function fromV1(statement: InTotoStatement): SlsaProvenance {
  const p = statement.predicate;
  const def = obj(p.buildDefinition);
  const ext = obj(def?.externalParameters);
  const internal = obj(def?.internalParameters) ?? obj(def?.systemParameters);
  const github = obj(internal?.github) ?? internal;
  const workflow = obj(ext?.workflow);
  const dep = obj(Array.isArray(def?.resolvedDependencies) ? def.resolvedDependencies[0] : undefined);
  const source = obj(ext?.source);
  const sourceArtifact = obj(source?.artifact) ?? source;
  const workflowRepo = str(workflow?.repository);
  const workflowRef = str(workflow?.ref);
  const triggerUri =
    workflowRepo !== undefined ? `git+${workflowRepo}${workflowRef ? `@${workflowRef}` : ''}` : str(sourceArtifact?.uri) ?? str(dep?.uri);
  const depDigest = obj(dep?.digest);
  const eventPayload = obj(internal?.GITHUB_EVENT_PAYLOAD);
  return {
    predicateType: statement.predicateType,
    slsaVersion: '1',
    builderId: str(obj(obj(p.runDetails)?.builder)?.id) ?? '',
    buildType: str(def?.buildType) ?? '',
    triggerUri,
    materialUri: str(dep?.uri),
    sourceRef: workflowRef ?? pick(internal, 'GITHUB_REF'),
    sourceCommit: str(depDigest?.gitCommit) ?? str(depDigest?.sha1) ?? str(obj(sourceArtifact?.digest)?.sha1) ?? pick(internal, 'GITHUB_SHA'),
    trigger: pick(github, 'event_name', 'GITHUB_EVENT_NAME'),
    baseRef: str(eventPayload?.base_ref) ?? pick(internal, 'GITHUB_BASE_REF'),
    workflowPath: str(workflow?.path) ?? str(ext?.workflowPath),
    workflowInputs: obj(ext?.inputs) ?? obj(eventPayload?.inputs),
    repositoryId: pick(github, 'repository_id', 'GITHUB_REPOSITORY_ID'),
    repositoryOwnerId: pick(github, 'repository_owner_id', 'GITHUB_REPOSITORY_OWNER_ID'),
    runnerEnvironment: pick(github, 'runner_environment'),
    invocationId: str(obj(obj(p.runDetails)?.metadata)?.invocationId),
  };
}
