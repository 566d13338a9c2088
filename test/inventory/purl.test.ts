import { PackageURL } from 'packageurl-js';
import { describe, expect, it } from 'vitest';
import { toNpmPurl, toPackageSource, toRegistryBase } from '../../src/inventory/purl.js';

/** cyclonedx-npm's purl: packageurl-js with its qualifier rules (the reference we match). */
function reference(name: string, version: string, resolved?: string): string {
  const [namespace, bare] = name.startsWith('@') ? [name.split('/')[0], name.split('/').slice(1).join('/')] : [undefined, name];
  const qualifiers: Record<string, string> = {};
  if (resolved && !/^(?:ignore|file):/i.test(resolved)) {
    if (/^git(?:\+[^:]+)?:|\.git(?:#|$)|^ssh:/i.test(resolved)) qualifiers.vcs_url = resolved;
    else if (!/^https?:\/\/registry\.npmjs\.org(:?\/|$)/.test(resolved)) qualifiers.download_url = resolved;
  }
  return new PackageURL('npm', namespace, bare, version || undefined, qualifiers, undefined).toString();
}

const CASES: [string, string, string?][] = [
  ['lodash', '4.17.21', 'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz'],
  ['@types/node', '24.0.0-rc.1+build.7', 'http://registry.npmjs.org/@types/node/-/node-24.0.0.tgz'],
  ['@Corp/Private', '2.1.0', 'https://npm.corp.example/@corp/private/-/private-2.1.0.tgz?token=a b&x=1'],
  ['gitdep', '0.3.0', 'git+ssh://git@github.com/foo/gitdep.git#0123456789abcdef'],
  ['shorthand', '1.0.0', 'github:foo/bar#abc'],
  ['tar', '1.0.0', 'https://example.com/path/t%20ar-1.0.0.tgz#frag'],
  ['local', '1.0.0', 'file:vendor/local-1.0.0.tgz'],
  ['yarnreg', '1.0.1', 'https://registry.yarnpkg.com/yarnreg/-/yarnreg-1.0.1.tgz'],
  ['weird:name', '1:2.0', undefined],
  ['noversion', '', 'git+https://github.com/x/y.git'],
];

describe('toNpmPurl', () => {
  it.each(CASES)('%s@%s matches packageurl-js as cyclonedx-npm uses it', (name, version, resolved) => {
    expect(toNpmPurl(name, version, resolved)).toBe(reference(name, version, resolved));
  });
});

describe('toPackageSource / toRegistryBase', () => {
  it('classifies resolved specs', () => {
    expect(toPackageSource(undefined)).toBe('registry');
    expect(toPackageSource('https://registry.npmjs.org/a/-/a-1.0.0.tgz')).toBe('registry');
    expect(toPackageSource('https://npm.corp/@s/a/-/a-1.0.0.tgz')).toBe('registry');
    expect(toPackageSource('https://example.com/a.tgz')).toBe('tarball');
    expect(toPackageSource('git+https://github.com/x/y.git#abc')).toBe('git');
    expect(toPackageSource('github:x/y')).toBe('git');
    expect(toPackageSource('file:../a')).toBe('file');
  });

  it('finds the registry base URL of a tarball', () => {
    expect(toRegistryBase('https://npm.corp/repo/npm/@s/a/-/a-1.0.0.tgz', '@s/a')).toBe('https://npm.corp/repo/npm/');
    expect(toRegistryBase('https://example.com/a.tgz', 'a')).toBeUndefined();
  });
});

describe('withoutCredentials', () => {
  it('drops passwords and http(s) user names, keeps ssh users', async () => {
    const { withoutCredentials } = await import('../../src/inventory/purl.js');
    expect(withoutCredentials('https://user:secret@npm.corp/a/-/a-1.0.0.tgz')).toBe('https://npm.corp/a/-/a-1.0.0.tgz');
    expect(withoutCredentials('https://TOKEN@npm.corp/a.tgz')).toBe('https://npm.corp/a.tgz');
    expect(withoutCredentials('git+ssh://git@github.com/x/y.git#abc')).toBe('git+ssh://git@github.com/x/y.git#abc');
    expect(withoutCredentials('git+https://u:p@github.com/x/y.git')).toBe('git+https://u@github.com/x/y.git');
    expect(withoutCredentials('github:x/y#abc')).toBe('github:x/y#abc');
  });

  it('keeps secrets out of purl qualifiers', () => {
    expect(toNpmPurl('a', '1.0.0', 'https://u:secret@npm.corp/a/-/a-1.0.0.tgz')).toBe(
      'pkg:npm/a@1.0.0?download_url=https%3A%2F%2Fnpm.corp%2Fa%2F-%2Fa-1.0.0.tgz',
    );
  });
});
