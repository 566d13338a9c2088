/**
 * verifyBundle: the one entry point that turns a parsed bundle into trusted facts.
 * Order: bind the artifact (digest) → pick the trust root(s) → @sigstore/verify
 * (timestamps, certificate chain at signing time + SCT, tlog inclusion + body,
 * signature) → anchored identity → in-toto subjects.
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import type { SignedEntity, Verifier } from '@sigstore/verify';
import { GateError } from '../errors.js';
import { hasArtifact, resolveArtifact } from './artifact.js';
import { checkLeafProfile, readCertificateFacts } from './certificate.js';
import { readMessageAlgorithm, toEntity } from './entity.js';
import { readSigstoreCode, toGateError } from './errors.js';
import { checkIdentity, hasIdentity } from './identity.js';
import { checkStatementSubjects, IN_TOTO_PAYLOAD_TYPE, readSubjectAlgorithms } from './subjects.js';
import { checkTlogConsistency } from './tlog-checks.js';
import { toKeyVerifier, type Trust } from './trust.js';
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

/** Tries the candidate (root, verifier) pairs; the first success wins, else the first failure is reported. */
function runVerifiers(trust: Trust, entity: SignedEntity, file?: string): { trustRoot: string } {
  const candidates: Array<{ root: string; verifier: Verifier; key: () => KeyObject }> = [];
  if (entity.key.$case === 'certificate') {
    const leaf = entity.key.certificate;
    const problem = checkLeafProfile(leaf);
    if (problem) throw new GateError('BUNDLE_CERTIFICATE_INVALID', problem, { file });
    // A chain can only be built to a CA whose subject is the leaf's issuer: pick those
    // roots (public-good vs GitHub's instance) and say so plainly when there is none.
    const matching = trust.roots.filter((r) => r.caSubjects.some((s) => s.equals(leaf.issuer)));
    if (matching.length === 0) {
      const org = readCertificateFacts(leaf).organization;
      throw new GateError('BUNDLE_CERTIFICATE_INVALID', `the certificate was issued by a CA that no trusted root contains${org ? ` (issuer organisation ${JSON.stringify(org)})` : ''}`, {
        file,
        fix: 'pass the trusted_root.json of the Sigstore instance that signed it with --trusted-root',
      });
    }
    for (const r of matching) {
      candidates.push({ root: r.name, verifier: r.verifier, key: () => createPublicKey({ key: leaf.publicKey, format: 'der', type: 'spki' }) });
    }
  } else {
    if (trust.keys.length === 0) {
      throw new GateError('BUNDLE_SIGNATURE_INVALID', 'the bundle is signed with a key, and no public key is trusted', {
        file,
        fix: 'pass the signer\'s public key with --key',
      });
    }
    // Keys whose id matches the bundle's hint first (the hint is a hint, not trust).
    const hint = entity.key.hint;
    const order = trust.keys.map((k, ki) => ki).sort((a, b) => Number(matchesHint(trust.keys[b]!, hint)) - Number(matchesHint(trust.keys[a]!, hint)));
    trust.roots.forEach((r, ri) =>
      order.forEach((ki) => candidates.push({ root: r.name, verifier: toKeyVerifier(trust, ri, ki), key: () => trust.keys[ki]! })),
    );
  }
  let first: GateError | undefined;
  for (const c of candidates) {
    try {
      c.verifier.verify(entity);
      return { trustRoot: c.root };
    } catch (e) {
      first ??= refine(e, entity, c.key, file);
    }
  }
  throw first ?? new GateError('BUNDLE_CERTIFICATE_INVALID', 'no trusted root', { file });
}

/** Key ids in the forms bundles use: npm's `SHA256:<base64>`, hex or base64 SHA-256 of the SPKI. */
function matchesHint(key: KeyObject, hint: string): boolean {
  if (!hint) return false;
  const d = createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest();
  const b64 = d.toString('base64');
  return [`SHA256:${b64.replace(/=+$/, '')}`, b64, d.toString('hex')].includes(hint);
}

/**
 * sigstore-js checks timestamps and tlog bodies before the signature, so a forged
 * signature surfaces as a timestamp or tlog mismatch. Name the real cause.
 */
function refine(e: unknown, entity: SignedEntity, key: () => KeyObject, file?: string): GateError {
  const code = readSigstoreCode(e);
  if (code === 'TLOG_BODY_ERROR' || code === 'TIMESTAMP_ERROR') {
    let ok = true;
    try {
      ok = entity.signature.verifySignature(key());
    } catch {
      ok = false;
    }
    if (!ok) return new GateError('BUNDLE_SIGNATURE_INVALID', 'the signature does not verify with the signing key', { file, cause: e });
  }
  return toGateError(e, 'BUNDLE_SIGNATURE_INVALID', file);
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
