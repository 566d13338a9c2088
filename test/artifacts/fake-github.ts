/** A fake GitHub attestations API on 127.0.0.1: pages of bundles, 404, 401, broken answers. */
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface FakeGithub {
  url: string;
  requests: Array<{ path: string; authorization?: string }>;
  close(): Promise<void>;
}

export interface FakeGithubOptions {
  /** digest hex → bundles GitHub holds for it. */
  attestations: Record<string, unknown[]>;
  pageSize?: number;
  /** Token the server accepts; undefined = any. */
  token?: string;
  /** Override the answer for a path (status, body). */
  override?: (path: string) => { status: number; body: string; headers?: Record<string, string> } | undefined;
}

export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const requests: FakeGithub['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, authorization: req.headers.authorization });
    const special = options.override?.(url.pathname);
    if (special) {
      res.writeHead(special.status, { 'content-type': 'application/json', ...special.headers });
      res.end(special.body);
      return;
    }
    if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end('{"message":"Bad credentials"}');
      return;
    }
    const m = /^\/(?:repos\/[^/]+\/[^/]+|orgs\/[^/]+)\/attestations\/sha256:([0-9a-f]{64})$/.exec(url.pathname);
    const all = m ? options.attestations[m[1]!] : undefined;
    if (!all || all.length === 0) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"message":"Not Found"}');
      return;
    }
    const size = options.pageSize ?? 30;
    const page = Number(url.searchParams.get('page') ?? '1');
    const slice = all.slice((page - 1) * size, page * size);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page * size < all.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<http://127.0.0.1:${(server.address() as { port: number }).port}${next.pathname}${next.search}>; rel="next"`;
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify({ attestations: slice.map((bundle) => ({ bundle, repository_id: 1 })) }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
