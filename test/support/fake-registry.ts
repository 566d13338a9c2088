/**
 * A fake npm registry on 127.0.0.1 (node:http): packuments, /-/npm/v1/keys,
 * attestations and tarballs, with fault injection — 5xx, 429 + Retry-After, slow
 * answers, connection resets, truncated and wrong bodies — and added latency per
 * request (the benchmark's 20 ms). Data builders live in npm-registry-data.ts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One injected fault; `times` limits how many requests it hits (default: all). */
export interface Fault {
  /** Path prefix (decoded, e.g. `/-/npm/v1/keys`, `/left-pad`) or a predicate. */
  match: string | ((path: string) => boolean);
  kind: 'status' | 'rate-limit' | 'slow' | 'reset' | 'truncate' | 'wrong-body';
  /** `status`: the HTTP status (default 503). */
  status?: number;
  /** `rate-limit`: the Retry-After header value (default '0'). */
  retryAfter?: string;
  /** `slow`: delay before answering. */
  delayMs?: number;
  /** `wrong-body`: the body served with status 200. */
  body?: string;
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  accept?: string;
}

export interface FakeRegistry {
  /** Base URL with a trailing slash. */
  url: string;
  packuments: Map<string, unknown>;
  /** `name@version` → attestations body. */
  attestations: Map<string, unknown>;
  /** Path (`/name/-/name-1.0.0.tgz`) → bytes. */
  tarballs: Map<string, Buffer>;
  /** Body of /-/npm/v1/keys; undefined → 404. */
  keys: unknown;
  /** Added to every request before it is answered. */
  latencyMs: number;
  faults: Fault[];
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeRegistry(options: { latencyMs?: number } = {}): Promise<FakeRegistry> {
  const reg: Omit<FakeRegistry, 'url' | 'close'> = {
    packuments: new Map(),
    attestations: new Map(),
    tarballs: new Map(),
    keys: undefined,
    latencyMs: options.latencyMs ?? 0,
    faults: [],
    requests: [],
  };
  const server = createServer((req, res) => {
    void handle(reg, req, res);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(reg, {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

async function handle(reg: Omit<FakeRegistry, 'url' | 'close'>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
  reg.requests.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization, accept: req.headers.accept });
  if (reg.latencyMs > 0) await sleep(reg.latencyMs);
  const fault = takeFault(reg.faults, path);
  if (fault?.kind === 'slow') await sleep(fault.delayMs ?? 1000);
  if (fault?.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'status') return send(res, fault.status ?? 503, { error: 'injected' });
  if (fault?.kind === 'rate-limit') return send(res, 429, { error: 'rate limited' }, { 'retry-after': fault.retryAfter ?? '0' });
  if (fault?.kind === 'wrong-body') return sendRaw(res, 200, Buffer.from(fault.body ?? '{"unexpected":true}'));
  const answer = route(reg, path);
  if (!answer) return send(res, 404, { error: 'Not found' });
  const body = Buffer.isBuffer(answer) ? answer : Buffer.from(JSON.stringify(answer));
  if (fault?.kind === 'truncate') {
    // Promise the full length, send half, then drop the connection.
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    setImmediate(() => req.socket.destroy());
    return;
  }
  sendRaw(res, 200, body, Buffer.isBuffer(answer) ? 'application/octet-stream' : 'application/json');
}

function route(reg: Omit<FakeRegistry, 'url' | 'close'>, path: string): unknown {
  if (path === '/-/npm/v1/keys') return reg.keys;
  const att = /^\/-\/npm\/v1\/attestations\/(.+)$/.exec(path);
  if (att) return reg.attestations.get(att[1]!);
  if (path.includes('/-/')) return reg.tarballs.get(path);
  return reg.packuments.get(path.slice(1));
}

function takeFault(faults: Fault[], path: string): Fault | undefined {
  const i = faults.findIndex((f) => (typeof f.match === 'string' ? path.startsWith(f.match) : f.match(path)));
  if (i < 0) return undefined;
  const f = faults[i]!;
  if (f.times !== undefined && --f.times <= 0) faults.splice(i, 1);
  return f;
}

function send(res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify(json));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length), ...headers });
  res.end(body);
}

function sendRaw(res: ServerResponse, status: number, body: Buffer, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': String(body.length) });
  res.end(body);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
