import { describe, expect, it } from 'vitest';
import { checkWorkspaceGlob, matchesGlob, matchesPackageSpec, matchesPathGlob, parsePackageSpec } from '../../src/config/index.js';

describe('parsePackageSpec', () => {
  it.each([
    ['left-pad', { name: 'left-pad' }],
    ['left-pad@^1.3.0', { name: 'left-pad', range: '^1.3.0' }],
    ['@scope/pkg', { name: '@scope/pkg' }],
    ['@scope/pkg@~2.1.0', { name: '@scope/pkg', range: '~2.1.0' }],
    ['@myorg/*', { name: '@myorg/*' }],
    ['event-stream@3.3.6', { name: 'event-stream', range: '3.3.6' }],
    ['a@>=1.0.0 <2.0.0', { name: 'a', range: '>=1.0.0 <2.0.0' }],
  ])('%s', (spec, expected) => {
    expect(parsePackageSpec(spec)).toEqual(expected);
  });

  it.each([['left-pad@'], ['left-pad@>>1'], ['@1.0.0'], ['a b'], ['@scope@1.0.0'], ['a/b/c']])('rejects %s', (spec) => {
    expect(parsePackageSpec(spec)).toHaveProperty('error');
  });
});

describe('matchesPackageSpec', () => {
  it.each([
    ['left-pad', '1.3.0', 'left-pad@^1.3.0', true],
    ['left-pad', '2.0.0', 'left-pad@^1.3.0', false],
    ['left-pad', '1.4.0-rc.1', 'left-pad@^1.3.0', false],
    ['@scope/pkg', '2.1.5', '@scope/pkg@~2.1.0', true],
    ['@scope/pkg', '2.2.0', '@scope/pkg@~2.1.0', false],
    ['@myorg/ui', '9.9.9', '@myorg/*', true],
    ['@other/ui', '9.9.9', '@myorg/*', false],
    ['@types/node', '1.0.0', '*', false],
    ['@types/node', '1.0.0', '**', true],
    ['left-padx', '1.0.0', 'left-pad', false],
  ])('%s@%s vs %s → %s', (name, version, spec, expected) => {
    const parsed = parsePackageSpec(spec);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(matchesPackageSpec(name, version, parsed)).toBe(expected);
  });
});

describe('matchesGlob', () => {
  it.each([
    ['github.com/myorg/app', 'github.com/myorg/*', true],
    ['github.com/myorg/app/sub', 'github.com/myorg/*', false],
    ['github.com/myorg/app/sub', 'github.com/myorg/**', true],
    ['refs/tags/v1.2.3', 'refs/tags/v*', true],
    ['refs/heads/v1', 'refs/tags/v*', false],
    ['a.b', 'a?b', false],
  ])('%s vs %s → %s', (value, glob, expected) => {
    expect(matchesGlob(value, glob)).toBe(expected);
  });
});

describe('workspace paths', () => {
  it.each([['dist/*.tgz'], ['./dist/**/*.tgz'], ['out/app.bin']])('accepts %s', (g) => {
    expect(checkWorkspaceGlob(g)).toBeUndefined();
  });
  it.each([['../x'], ['dist/../../x'], ['/etc/passwd'], ['C:\\x'], ['..\\x'], ['dist/[a']])('rejects %s', (g) => {
    expect(checkWorkspaceGlob(g)).toBeTypeOf('string');
  });
  it('matches artifact paths with or without ./', () => {
    expect(matchesPathGlob('./dist/app.tgz', 'dist/*.tgz')).toBe(true);
    expect(matchesPathGlob('dist/app.tgz', './dist/*.tgz')).toBe(true);
    expect(matchesPathGlob('dist/sub/app.tgz', 'dist/*.tgz')).toBe(false);
  });
});
