import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistryConfig, readToken, toPackageRegistry } from '../../src/registry/npmrc.js';

describe('readRegistryConfig', () => {
  const home = mkdtempSync(join(tmpdir(), 'pg-home-'));
  const project = mkdtempSync(join(tmpdir(), 'pg-proj-'));
  writeFileSync(join(home, '.npmrc'), 'registry=https://user.example/npm\n//user.example/npm/:_authToken=user-token\n');
  writeFileSync(
    join(project, '.npmrc'),
    [
      '# project settings win',
      'registry=https://mirror.example/api/npm/',
      '@corp:registry="https://npm.corp.example/"',
      '//npm.corp.example/:_authToken=${CORP_TOKEN}',
      '//mirror.example/api/npm/:_authToken=mirror-token',
    ].join('\n'),
  );
  const env = { HOME: home, CORP_TOKEN: 'corp-secret' };

  it('reads the default and scoped registries, project over user', () => {
    const c = readRegistryConfig({ cwd: project, env });
    expect(c.registry).toBe('https://mirror.example/api/npm/');
    expect(toPackageRegistry(c, '@corp/lib')).toBe('https://npm.corp.example/');
    expect(toPackageRegistry(c, 'left-pad')).toBe('https://mirror.example/api/npm/');
  });

  it('picks tokens by the longest matching //host/path/ and expands ${VAR}', () => {
    const c = readRegistryConfig({ cwd: project, env });
    expect(readToken(c, 'https://npm.corp.example/@corp%2flib')).toBe('corp-secret');
    expect(readToken(c, 'https://mirror.example/api/npm/left-pad')).toBe('mirror-token');
    expect(readToken(c, 'https://elsewhere.example/left-pad')).toBeUndefined();
  });

  it('lets --registry and an explicit token override .npmrc (token bound to that registry)', () => {
    const c = readRegistryConfig({ cwd: project, env, registry: 'http://127.0.0.1:9/', npmToken: 'explicit' });
    expect(c.registry).toBe('http://127.0.0.1:9/');
    expect(readToken(c, 'http://127.0.0.1:9/x')).toBe('explicit');
    expect(readToken(c, 'https://npm.corp.example/x')).toBe('corp-secret');
  });

  it('binds NPM_TOKEN to the default registry', () => {
    const c = readRegistryConfig({ cwd: tmpdir(), env: { NPM_TOKEN: 'env-token' } });
    expect(readToken(c, 'https://registry.npmjs.org/left-pad')).toBe('env-token');
    expect(readToken(c, 'https://evil.example/left-pad')).toBeUndefined();
  });
});
