/**
 * One HTTP(S) GET on node:http with keep-alive agents, standing in for `fetch` in the
 * registry client: fetch (undici) costs about twice the CPU per request and loads a
 * large module on the first call, and a cold dependency run makes ~1,400 requests on a
 * CPU-bound main thread. It keeps what the client relied on from fetch: redirects are
 * followed (at most 20; the Authorization header is dropped when the origin changes, as
 * the Fetch standard does), gzip/deflate/br bodies are decoded, the whole attempt —
 * redirects and body included — ends at `signal`, and a body shorter than promised is
 * an error, never a short answer.
 */
import { Agent as HttpAgent, get as httpGet, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, get as httpsGet } from 'node:https';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate, inflateRaw } from 'node:zlib';

/** A response with its decoded body. */
export interface GetResponse {
  status: number;
  body: Buffer;
  header: (name: string) => string | undefined;
}

// Idle sockets are unref'd by the agent: they never keep the process alive.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const decoders: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  br: promisify(brotliDecompress),
  // "deflate" is zlib-wrapped by the standard; some servers send it raw.
  deflate: (b) => promisify(inflate)(b).catch(() => promisify(inflateRaw)(b)),
};

/** GETs `url`, following redirects; rejects on network errors, truncation and `signal`. */
export async function getUrl(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<GetResponse> {
  let current = new URL(url);
  let sent: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...headers };
  for (let hop = 0; ; hop++) {
    const res = await request(current, sent, signal);
    const location = res.headers.location;
    if (!REDIRECTS.has(res.statusCode ?? 0) || !location) return { status: res.statusCode ?? 0, body: await readBody(res), header: (n) => toHeader(res, n) };
    res.resume(); // discard the redirect's body, freeing the socket
    if (hop >= MAX_REDIRECTS) throw new Error('redirect count exceeded');
    const next = new URL(location, current);
    if (next.origin !== current.origin) sent = withoutAuthorization(sent);
    current = next;
  }
}

function request(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  const https = url.protocol === 'https:';
  if (!https && url.protocol !== 'http:') return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
  return new Promise((resolve, reject) => {
    const options = { agent: https ? agents.https : agents.http, headers, signal };
    const req = https ? httpsGet(url, options, resolve) : httpGet(url, options, resolve);
    req.on('error', reject);
  });
}

async function readBody(res: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  // Async iteration rejects on a reset or an abort mid-body.
  for await (const chunk of res) chunks.push(chunk as Buffer);
  if (!res.complete) throw new Error('terminated: the body ended early');
  const raw = Buffer.concat(chunks);
  const encoding = toHeader(res, 'content-encoding')?.trim().toLowerCase();
  const decode = encoding ? decoders[encoding] : undefined;
  return decode && raw.length > 0 ? decode(raw) : raw;
}

function toHeader(res: IncomingMessage, name: string): string | undefined {
  const v = res.headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

function withoutAuthorization(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'authorization'));
}
