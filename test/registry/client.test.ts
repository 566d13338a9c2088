import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GateError } from '../../src/errors.js';
import { createRegistryClient, type RegistryClientOptions } from '../../src/registry/client.js';
import { readRegistryConfig } from '../../src/registry/npmrc.js';
import { startFakeRegistry, type FakeRegistry } from '../support/fake-registry.js';
import { aPackument, createTestRegistryKey, toIntegrity, toKeysBody } from '../support/npm-registry-data.js';

const FAST = { retries: 2, baseDelayMs: 1, maxDelayMs: 2000, timeoutMs: 400 };
let reg: FakeRegistry;
const key = createTestRegistryKey();

beforeEach(async () => {
  reg = await startFakeRegistry();
  reg.keys = toKeysBody([{ key }]);
  reg.packuments.set('left-pad', aPackument('left-pad', [{ name: 'left-pad', version: '1.3.0', integrity: toIntegrity('x'), key }]));
  reg.packuments.set('@scope/pkg', aPackument('@scope/pkg', [{ name: '@scope/pkg', version: '2.0.0', integrity: toIntegrity('y'), key }]));
});
afterEach(() => reg.close());

function aClient(over: Partial<RegistryClientOptions> = {}, env: Record<string, string> = {}) {
  return createRegistryClient({ config: readRegistryConfig({ cwd: tmpdir(), env, registry: reg.url }), http: FAST, ...over });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (e) {
    return e instanceof GateError ? e.code : `not a GateError: ${String(e)}`;
  }
}

describe('registry client', () => {
  it('reads and trims a packument, scoped names included', async () => {
    const c = aClient();
    const p = await c.readPackument('@scope/pkg');
    expect(p?.versions['2.0.0']?.signatures[0]?.keyid).toBe(key.keyid);
    expect(reg.requests.at(-1)?.path).toBe('/@scope/pkg');
    expect(await c.readPackument('nope')).toBeUndefined();
  });

  it('sends one request per packument however many callers ask', async () => {
    const c = aClient();
    await Promise.all([c.readPackument('left-pad'), c.readPackument('left-pad'), c.readPackument('left-pad')]);
    expect(reg.requests.filter((r) => r.path === '/left-pad')).toHaveLength(1);
  });

  it('retries 5xx and succeeds', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'status', status: 503, times: 2 });
    expect((await aClient().readPackument('left-pad'))?.name).toBe('left-pad');
    expect(reg.requests.filter((r) => r.path === '/left-pad')).toHaveLength(3);
  });

  it('gives up on persistent 5xx with REGISTRY_UNREACHABLE', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'status', status: 500 });
    expect(await codeOf(aClient().readPackument('left-pad'))).toBe('REGISTRY_UNREACHABLE');
    expect(reg.requests.filter((r) => r.path === '/left-pad')).toHaveLength(3);
  });

  it('honours Retry-After on 429', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'rate-limit', retryAfter: '1', times: 1 });
    const waits: number[] = [];
    const c = aClient({ http: { ...FAST, sleep: async (ms) => void waits.push(ms) } });
    expect((await c.readPackument('left-pad'))?.name).toBe('left-pad');
    expect(waits).toEqual([1000]);
  });

  it('stops when Retry-After exceeds the limit', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'rate-limit', retryAfter: '3600' });
    expect(await codeOf(aClient().readPackument('left-pad'))).toBe('REGISTRY_UNREACHABLE');
    expect(reg.requests.filter((r) => r.path === '/left-pad')).toHaveLength(1);
  });

  it('retries a connection reset and a truncated body', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'reset', times: 1 }, { match: '/left-pad', kind: 'truncate', times: 1 });
    expect((await aClient().readPackument('left-pad'))?.name).toBe('left-pad');
    expect(reg.requests.filter((r) => r.path === '/left-pad')).toHaveLength(3);
  });

  it('fails a body that is always truncated with REGISTRY_UNREACHABLE', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'truncate' });
    expect(await codeOf(aClient().readPackument('left-pad'))).toBe('REGISTRY_UNREACHABLE');
  });

  it('times out slow answers with REGISTRY_UNREACHABLE', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'slow', delayMs: 2000 });
    expect(await codeOf(aClient({ http: { ...FAST, retries: 0, timeoutMs: 100 } }).readPackument('left-pad'))).toBe('REGISTRY_UNREACHABLE');
  });

  it('rejects wrong data with REGISTRY_BAD_RESPONSE', async () => {
    reg.faults.push({ match: '/left-pad', kind: 'wrong-body', body: 'not json' });
    expect(await codeOf(aClient().readPackument('left-pad'))).toBe('REGISTRY_BAD_RESPONSE');
    reg.faults.push({ match: '/@scope/pkg', kind: 'wrong-body', body: '{"name":"@evil/pkg","versions":{}}' });
    expect(await codeOf(aClient().readPackument('@scope/pkg'))).toBe('REGISTRY_BAD_RESPONSE');
  });

  it('uses the registry keys, and the embedded npm keys when it serves none', async () => {
    expect((await aClient().readKeys(reg.url)).source).toBe('registry');
    reg.keys = undefined;
    const fallback = await aClient().readKeys(reg.url);
    expect(fallback.source).toBe('embedded');
    expect(fallback.keys.map((k) => k.keyid)).toContain('SHA256:DhQ8wR5APBvFHLF/+Tc+AYvPOdTpcIDqOhxsBHRwC7U');
  });

  it('reads attestations from the attestations registry when one is set', async () => {
    const mirror = await startFakeRegistry();
    try {
      mirror.attestations.set('left-pad@1.3.0', { attestations: [{ predicateType: 'x', bundle: {} }] });
      const c = aClient({ attestationsRegistry: mirror.url });
      expect(await c.readAttestations('left-pad', '1.3.0')).toHaveLength(1);
      expect(c.readMetadataRegistry('left-pad')).toBe(mirror.url);
    } finally {
      await mirror.close();
    }
  });

  it('uses the lockfile registry unless it is registry.npmjs.org (npm replaces that with the configured one)', async () => {
    const c = aClient();
    expect(c.readMetadataRegistry('left-pad', 'https://registry.npmjs.org/')).toBe(reg.url);
    expect(c.readMetadataRegistry('left-pad', 'https://npm.corp.example/repo')).toBe('https://npm.corp.example/repo/');
    expect(c.readMetadataRegistry('left-pad')).toBe(reg.url);
    const withAtt = aClient({ attestationsRegistry: 'https://registry.npmjs.org' });
    expect(withAtt.readMetadataRegistry('left-pad', 'https://mirror.example/npm/')).toBe('https://registry.npmjs.org/');
  });

  it('records evidence and replays it offline without the network', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-evidence-'));
    const online = aClient({ recordEvidence: dir });
    await online.readPackument('left-pad');
    await online.readPackument('missing-pkg');
    await online.readKeys(reg.url);
    expect(readdirSync(dir)).toHaveLength(1);
    await reg.close();
    const offline = aClient({ offline: true, evidenceDir: dir });
    expect((await offline.readPackument('left-pad'))?.versions['1.3.0']?.signatures).toHaveLength(1);
    expect(await offline.readPackument('missing-pkg')).toBeUndefined();
    expect((await offline.readKeys(reg.url)).source).toBe('registry');
    expect(await codeOf(offline.readPackument('never-recorded'))).toBe('REGISTRY_OFFLINE_NO_EVIDENCE');
    expect(await codeOf(aClient({ offline: true }).readPackument('left-pad'))).toBe('REGISTRY_OFFLINE_NO_EVIDENCE');
    reg = await startFakeRegistry(); // afterEach closes it
  });
});

describe('registry tokens', () => {
  const TOKEN = 'npm_SECRETtoken1234567890';

  it('sends NPM_TOKEN to the default registry only', async () => {
    const other = await startFakeRegistry();
    try {
      other.packuments.set('@corp/x', aPackument('@corp/x', [{ name: '@corp/x', version: '1.0.0', integrity: toIntegrity('z') }]));
      const config = readRegistryConfig({ cwd: tmpdir(), env: { NPM_TOKEN: TOKEN }, registry: reg.url });
      config.scopes['@corp'] = other.url;
      const c = createRegistryClient({ config, http: FAST });
      await c.readPackument('left-pad');
      await c.readPackument('@corp/x');
      expect(reg.requests.at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
      expect(other.requests.at(-1)?.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('never puts the token into an error message', async () => {
    reg.faults.push({ match: '/', kind: 'status', status: 503 }, { match: '/', kind: 'reset' });
    const c = aClient({}, { NPM_TOKEN: TOKEN });
    let message = '';
    try {
      await c.readPackument('left-pad');
    } catch (e) {
      message = `${(e as Error).message} ${JSON.stringify(e)} ${String((e as Error).stack)}`;
    }
    expect(message).toContain('REGISTRY_UNREACHABLE');
    expect(message).not.toContain(TOKEN);
    reg.faults.length = 0;
    reg.faults.push({ match: '/', kind: 'status', status: 401 });
    const e401 = await aClient({}, { NPM_TOKEN: TOKEN }).readPackument('left-pad').catch((e: unknown) => e as GateError);
    expect((e401 as GateError).code).toBe('REGISTRY_BAD_RESPONSE');
    expect(`${(e401 as GateError).message} ${(e401 as GateError).fix}`).not.toContain(TOKEN);
  });
});
