/** Inventory builders for SBOM tests: a valid Package / Inventory with overrides. */
import type { Inventory, Package } from '../../src/types.js';

export function pkg(over: Partial<Package> & { id: string; name: string; version: string }): Package {
  return {
    ecosystem: 'npm',
    purl: `pkg:npm/${over.name.replace('@', '%40')}@${over.version}`,
    source: 'registry',
    paths: [`node_modules/${over.name}`],
    dev: false,
    optional: false,
    bundled: false,
    direct: true,
    dependencies: [],
    location: { file: 'package-lock.json' },
    ...over,
  };
}

export function inventory(packages: Package[], rootDeps: string[] = packages.map((p) => p.id)): Inventory {
  return {
    lockfile: 'package-lock.json',
    format: 'npm',
    lockfileVersion: '3',
    root: { id: 'app@1.0.0', name: 'app', version: '1.0.0', purl: 'pkg:npm/app@1.0.0', license: 'MIT', dependencies: rootDeps },
    packages,
  };
}

