import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getUrl } from '../../src/registry/get.js';
import { fetchWithRetry } from '../../src/registry/http.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
async function serve(handler: Handler) {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('getUrl (node:http GET)', () => {
  const seen: Array<{ path: string; authorization?: string; encoding?: string }> = [];
  let a: Awaited<ReturnType<typeof serve>>;
  let b: Awaited<ReturnType<typeof serve>>;
  const body = Buffer.from(JSON.stringify({ name: 'left-pad', padding: 'x'.repeat(2000) }));
  beforeAll(async () => {
    b = await serve((req, res) => {
      seen.push({ path: req.url!, authorization: req.headers.authorization });
      res.end(body);
    });
    a = await serve((req, res) => {
      seen.push({ path: req.url!, authorization: req.headers.authorization, encoding: req.headers['accept-encoding'] });
      const enc: Record<string, [string, Buffer]> = {
        '/gzip': ['gzip', gzipSync(body)],
        '/br': ['br', brotliCompressSync(body)],
        '/deflate': ['deflate', deflateSync(body)],
        '/deflate-raw': ['deflate', deflateRawSync(body)],
      };
      const e = enc[req.url!];
      if (e) return res.writeHead(200, { 'content-encoding': e[0] }).end(e[1]);
      if (req.url === '/same') return res.writeHead(302, { location: '/gzip' }).end();
      if (req.url === '/away') return res.writeHead(301, { location: `${b.url}/there` }).end();
      if (req.url === '/loop') return res.writeHead(307, { location: '/loop' }).end();
      if (req.url === '/retry') return res.writeHead(429, { 'retry-after': '0' }).end();
      res.writeHead(404).end('{}');
    });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });
  const signal = () => AbortSignal.timeout(5000);

  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('decodes %s bodies and asks for them', async (path) => {
    const res = await getUrl(`${a.url}${path}`, { accept: 'application/json' }, signal());
    expect(res.status).toBe(200);
    expect(res.body.equals(body)).toBe(true);
    expect(seen.at(-1)?.encoding).toBe('gzip, deflate, br');
  });

  it('follows a same-origin redirect keeping the Authorization header', async () => {
    const res = await getUrl(`${a.url}/same`, { authorization: 'Bearer t' }, signal());
    expect(res.body.equals(body)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ path: '/gzip', authorization: 'Bearer t' });
  });

  it('drops the Authorization header when a redirect changes origin', async () => {
    const res = await getUrl(`${a.url}/away`, { authorization: 'Bearer t' }, signal());
    expect(res.body.equals(body)).toBe(true);
    expect(seen.at(-1)).toEqual({ path: '/there', authorization: undefined });
  });

  it('stops an endless redirect and reports it as REGISTRY_UNREACHABLE', async () => {
    await expect(getUrl(`${a.url}/loop`, {}, signal())).rejects.toThrow(/redirect count exceeded/);
    await expect(fetchWithRetry(`${a.url}/loop`, {}, { retries: 0 })).rejects.toMatchObject({ code: 'REGISTRY_UNREACHABLE' });
  });

  it('hands back a 404 and reads Retry-After', async () => {
    expect((await getUrl(`${a.url}/none`, {}, signal())).status).toBe(404);
    const res = await getUrl(`${a.url}/retry`, {}, signal());
    expect([res.status, res.header('Retry-After')]).toEqual([429, '0']);
  });
});

describe('fetchWithRetry transport', () => {
  it('uses node:http while fetch is Node’s own, and a replaced globalThis.fetch when an embedding installed one', async () => {
    const server = await serve((_req, res) => res.end('{"via":"http"}'));
    const real = globalThis.fetch;
    try {
      expect((await fetchWithRetry(`${server.url}/x`, {})).body.toString()).toBe('{"via":"http"}');
      globalThis.fetch = (async () => new Response('{"via":"injected"}', { status: 200 })) as typeof fetch;
      expect((await fetchWithRetry(`${server.url}/x`, {})).body.toString()).toBe('{"via":"injected"}');
    } finally {
      globalThis.fetch = real;
      await server.close();
    }
  });
});

describe('fetchWithRetry with NODE_USE_ENV_PROXY', () => {
  it('keeps Node’s fetch (which applies the proxy settings); without it, node:http', async () => {
    const before = process.env.NODE_USE_ENV_PROXY;
    // fetch marks its requests with Sec-Fetch-Mode; node:http sends none.
    const modes: Array<string | undefined> = [];
    const server = await serve((req, res) => (modes.push(req.headers['sec-fetch-mode'] as string | undefined), res.end('{}')));
    try {
      delete process.env.NODE_USE_ENV_PROXY;
      await fetchWithRetry(`${server.url}/p`, {});
      process.env.NODE_USE_ENV_PROXY = '1';
      await fetchWithRetry(`${server.url}/p`, {});
      expect(modes).toEqual([undefined, 'cors']);
    } finally {
      if (before === undefined) delete process.env.NODE_USE_ENV_PROXY;
      else process.env.NODE_USE_ENV_PROXY = before;
      await server.close();
    }
  });
});
