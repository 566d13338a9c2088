/**
 * `provenance-gate verify-bundle` — the sigstore-conformance client protocol, exactly:
 *   verify-bundle [--staging] --bundle B (--certificate-identity I --certificate-oidc-issuer O | --key K)
 *                 [--trusted-root T] FILE_OR_DIGEST
 * `sha256:<hex>` is a digest when no file of that name exists. Exit 0 verified,
 * 1 rejected, 2 usage/input error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GateError } from '../errors.js';
import { loadTrust, parseDigest, readBundleFile, verifyBundle, type ArtifactInput } from '../sigstore/index.js';
import type { CommandContext } from './context.js';

const HELP = `usage: provenance-gate verify-bundle [--staging] --bundle FILE
         (--certificate-identity SAN --certificate-oidc-issuer URL | --key PEM)
         [--trusted-root FILE]... FILE_OR_DIGEST

Verifies one Sigstore bundle (v0.1-v0.3) against a file or a sha256:<hex> digest,
offline, with the public-good trusted root embedded in @sigstore/tuf unless
--trusted-root is given. The identity and issuer are compared exactly.

exit codes: 0 verified, 1 rejected, 2 usage or input error
`;

export async function verifyBundleCommand(ctx: CommandContext): Promise<number> {
  const { values, positionals } = readArgs(ctx.argv);
  if (values.help) {
    ctx.stdout(HELP);
    return 0;
  }
  const usage = (why: string): never => {
    throw new GateError('USAGE', why, { fix: 'see provenance-gate verify-bundle --help' });
  };
  if (!values.bundle) usage('--bundle is required');
  if (positionals.length !== 1) usage('give exactly one FILE_OR_DIGEST');
  const withIdentity = values['certificate-identity'] !== undefined || values['certificate-oidc-issuer'] !== undefined;
  if (values.key && withIdentity) usage('use either --key or --certificate-identity/--certificate-oidc-issuer');
  if (!values.key && (!values['certificate-identity'] || !values['certificate-oidc-issuer'])) {
    usage('--certificate-identity and --certificate-oidc-issuer are required (or --key)');
  }

  const at = (p: string) => resolve(ctx.cwd, p);
  const artifact = toArtifact(positionals[0]!, ctx.cwd); // input errors before verification
  const trust = loadTrust({
    trustedRoots: (values['trusted-root'] ?? []).map(at),
    keys: values.key ? [at(values.key)] : [],
    staging: values.staging,
  });
  const bundlePath = at(values.bundle!);
  const bundle = readBundleFile(bundlePath);
  if (values.key && bundle.bundle.verificationMaterial.content.$case !== 'publicKey') {
    throw new GateError('IDENTITY_MISMATCH', 'the bundle is signed with a certificate, but --key asks for a key signature', { file: bundlePath });
  }
  const verified = await verifyBundle(trust, bundle, artifact, values.key ? undefined : {
    subjectAlternativeName: values['certificate-identity'],
    issuer: values['certificate-oidc-issuer'],
  });
  const who = verified.certificate ? `${verified.certificate.subjectAlternativeName} (${verified.certificate.issuer})` : 'the given key';
  ctx.stdout(`OK: ${bundlePath} verified, signed by ${who}${verified.logTime ? ` at ${verified.logTime}` : ''}\n`);
  return 0;
}

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        staging: { type: 'boolean' },
        bundle: { type: 'string' },
        'certificate-identity': { type: 'string' },
        'certificate-oidc-issuer': { type: 'string' },
        key: { type: 'string' },
        'trusted-root': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new GateError('USAGE', (e as Error).message, { fix: 'see provenance-gate verify-bundle --help' });
  }
}

/** A file when it exists; otherwise `sha256:<hex>` is a digest; otherwise the file is missing. */
function toArtifact(arg: string, cwd: string): ArtifactInput {
  const path = resolve(cwd, arg);
  if (existsSync(path)) return { path };
  const digest = parseDigest(arg);
  if (digest) return { digest };
  throw new GateError('INPUT_NOT_FOUND', 'artifact not found (and not a sha256:<hex> digest)', { file: arg });
}
