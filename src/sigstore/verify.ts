/**
 * verifyBundle: the one entry point that turns a parsed bundle into trusted facts.
 * Order: bind the artifact (digest) → pick the trust root(s) → @sigstore/verify
 * (timestamps, certificate chain at signing time + SCT, tlog inclusion + body,
 * signature) → anchored identity → in-toto subjects.
 */
import type { SignedEntity } from '@sigstore/verify';
import { GateError } from '../errors.js';
import { hasArtifact, resolveArtifact } from './artifact.js';
import { readCertificateFacts } from './certificate.js';
import { readMessageAlgorithm, toEntity } from './entity.js';
import { checkIdentity, hasIdentity } from './identity.js';
import { checkStatementSubjects, IN_TOTO_PAYLOAD_TYPE, readSubjectAlgorithms } from './subjects.js';
import { checkTlogConsistency } from './tlog-checks.js';
import type { Trust } from './trust.js';
import { runVerifiers } from './verifiers.js';
import type { ArtifactDigest, ArtifactInput, IdentityPolicy, ParsedBundle, VerifiedBundle } from './types.js';

/**
 * Verifies `parsed` under `trust`, bound to `artifact` (required for message
 * signatures; optional for DSSE) and, when given, to `identity`. Resolves to the
 * verified facts or rejects with a GateError (codes: see index.ts).
 */
export async function verifyBundle(
  trust: Trust,
  parsed: ParsedBundle,
  artifact?: ArtifactInput,
  identity?: IdentityPolicy,
): Promise<VerifiedBundle> {
  const { bundle, file } = parsed;
  let messageDigest: ArtifactDigest | undefined;
  let bound: { data?: Buffer; digest?: ArtifactDigest } = {};
  let artifactDigests: ArtifactDigest[] = [];
  let statement: unknown;

  if (bundle.content.$case === 'messageSignature') {
    const algorithm = readMessageAlgorithm(bundle, file);
    messageDigest = { algorithm, hex: Buffer.from(bundle.content.messageSignature.messageDigest!.digest).toString('hex') };
    if (!hasArtifact(artifact)) {
      throw new GateError('USAGE', 'a message-signature bundle can only be verified against its artifact', { file });
    }
    const resolved = await resolveArtifact(artifact, [algorithm]);
    const digest = resolved.digests.find((d) => d.algorithm === algorithm);
    if (!digest) {
      throw new GateError('ARTIFACT_DIGEST_MISMATCH', `the bundle signs a ${algorithm} digest; the artifact was given only as ${resolved.digests.map((d) => d.algorithm).join(', ')}`, { file });
    }
    if (digest.hex !== messageDigest.hex) {
      throw new GateError('ARTIFACT_DIGEST_MISMATCH', `the bundle signs ${algorithm}:${messageDigest.hex}, the artifact is ${algorithm}:${digest.hex}`, {
        file,
        fix: 'check that the bundle belongs to this artifact',
      });
    }
    bound = { data: resolved.data, digest };
    artifactDigests = [digest];
  } else if (hasArtifact(artifact)) {
    // Hash only with what the subjects use; the payload is re-checked once trusted.
    statement = readStatement(Buffer.from(bundle.content.dsseEnvelope.payload), bundle.content.dsseEnvelope.payloadType);
    const algorithms = readSubjectAlgorithms(statement);
    artifactDigests = (await resolveArtifact(artifact, algorithms.length ? algorithms : ['sha256'])).digests;
  }

  checkTlogConsistency(bundle, file);
  const entity = toEntity(bundle, bound, file);
  const { trustRoot } = runVerifiers(trust, entity, file);

  const certificate = entity.key.$case === 'certificate' ? readCertificateFacts(entity.key.certificate) : undefined;
  if (hasIdentity(identity)) checkIdentity(identity, certificate, file);

  const result: VerifiedBundle = {
    mediaType: parsed.mediaType,
    content: parsed.content,
    certificate,
    keyId: entity.key.$case === 'public-key' ? entity.key.hint : undefined,
    timestamps: readVerifiedTimes(entity),
    trustRoot,
    artifactBound: artifactDigests.length > 0,
  };
  result.logTime = [...result.timestamps].sort((a, b) => a.time.localeCompare(b.time))[0]?.time;
  result.logIndex = bundle.verificationMaterial.tlogEntries[0]?.logIndex;
  if (messageDigest) result.messageDigest = messageDigest;
  if (bundle.content.$case === 'dsseEnvelope') {
    result.payloadType = bundle.content.dsseEnvelope.payloadType;
    result.payload = Buffer.from(bundle.content.dsseEnvelope.payload);
    if (artifactDigests.length > 0) {
      if (result.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
        throw new GateError('ARTIFACT_DIGEST_MISMATCH', `DSSE payload type ${result.payloadType} does not name an artifact`, { file });
      }
      checkStatementSubjects(statement, artifactDigests, file);
    }
  }
  return result;
}

function readStatement(payload: Buffer, payloadType: string): unknown {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined;
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined; // rejected below as a subject mismatch / malformed statement
  }
}

/** The times @sigstore/verify counted: TSA times and integrated times backed by a SET. */
function readVerifiedTimes(entity: SignedEntity): VerifiedBundle['timestamps'] {
  const counted = entity.timestamps.filter((t) => t.$case !== 'transparency-log' || t.tlogEntry.inclusionPromise);
  return counted.map((t) =>
    t.$case === 'transparency-log'
      ? { kind: 'tlog' as const, time: new Date(Number(t.tlogEntry.integratedTime) * 1000).toISOString() }
      : { kind: 'rfc3161' as const, time: t.timestamp.signingTime.toISOString() },
  );
}
