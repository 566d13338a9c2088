/**
 * Populates two fake registries from a lockfile for bench/deps.ts: every version
 * signed by the test registry key, about a third of the packages with attestations
 * (provenance-gate's registry only — npm cannot be given a test trust root, so its
 * registry serves the same signatures without attestations), and three planted
 * defects both tools must find: two bad signatures and one missing signature.
 */
import type { FakeRegistry } from '../test/support/fake-registry.js';
import { aPackument, toIntegrity, type TestRegistryKey, type VersionSpec } from '../test/support/npm-registry-data.js';

/** Makes the attestations body for one version (the test CA's bundles). */
export type AttestationMinter = (name: string, version: string, sha512Hex: string, repo: string) => Promise<unknown> | unknown;

interface LockEntry {
  name?: string;
  version?: string;
  integrity?: string;
  inBundle?: boolean;
  link?: boolean;
}

export interface PlantedDefects {
  invalid: string[];
  missing: string[];
}

export async function populateRegistries(
  lock: { packages: Record<string, LockEntry> },
  key: TestRegistryKey,
  ours: FakeRegistry,
  npms: FakeRegistry,
  mint: AttestationMinter | undefined,
): Promise<{ names: number; attested: number; defects: PlantedDefects }> {
  const byName = new Map<string, Map<string, { integrity: string; bundled: boolean }>>();
  for (const [path, e] of Object.entries(lock.packages)) {
    if (!path || e.link || !e.version) continue;
    const name = e.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const versions = byName.get(name) ?? new Map();
    // Bundled entries record no integrity: give the registry one (nobody compares it).
    versions.set(e.version, { integrity: e.integrity ?? toIntegrity(`${name}@${e.version}`), bundled: e.inBundle === true });
    byName.set(name, versions);
  }
  const names = [...byName.keys()].sort();
  const plain = names.filter((n, i) => i % 3 !== 0 && ![...byName.get(n)!.values()].some((v) => v.bundled));
  const defects: PlantedDefects = { invalid: plain.slice(10, 12), missing: plain.slice(20, 21) };
  let attested = 0;
  for (const [i, name] of names.entries()) {
    const repo = `https://github.com/bench/${name.replace(/^@/, '').replace('/', '-')}`;
    const specs: VersionSpec[] = [];
    const attestedSpecs: VersionSpec[] = [];
    for (const [version, v] of byName.get(name)!) {
      const spec: VersionSpec = { name, version, integrity: v.integrity, key, repository: `git+${repo}.git` };
      if (defects.invalid.includes(name)) spec.signatures = [{ keyid: key.keyid, sig: Buffer.from('not a signature').toString('base64') }];
      if (defects.missing.includes(name)) spec.signatures = [];
      specs.push(spec);
      const attest = mint && i % 3 === 0 && !v.bundled;
      attestedSpecs.push(attest ? { ...spec, attestationsFrom: ours.url } : spec);
      if (attest) {
        const hex = Buffer.from(v.integrity.slice('sha512-'.length), 'base64').toString('hex');
        ours.attestations.set(`${name}@${version}`, await mint(name, version, hex, repo));
        attested++;
      }
    }
    ours.packuments.set(name, aPackument(name, attestedSpecs));
    npms.packuments.set(name, aPackument(name, specs));
  }
  return { names: names.length, attested, defects };
}
