/**
 * One HTTP GET with a timeout and retries: exponential backoff with jitter on network
 * errors, timeouts, truncated bodies, 5xx and 429 (honouring `Retry-After`). The GET
 * itself (get.ts: node:http, keep-alive, redirects, decoding) reuses a few sockets per origin.
 * Credentials travel only in the Authorization header and never appear in an error.
 */
import { GateError } from '../errors.js';
import { getUrl, type GetResponse } from './get.js';

/** Retry and timeout knobs; defaults suit the public registry. */
export interface HttpOptions {
  /** Per attempt, including the body. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** First backoff step; doubles per retry, with ±50% jitter. Default 250 ms. */
  baseDelayMs?: number;
  /** Longest wait between attempts; a longer `Retry-After` ends the retries. Default 20 s. */
  maxDelayMs?: number;
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpResponse {
  status: number;
  body: Buffer;
}

const DEFAULTS = { timeoutMs: 30_000, retries: 3, baseDelayMs: 250, maxDelayMs: 20_000 };

/** What the caller may show: the URL without userinfo, query or fragment. */
export function toSafeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return '<invalid url>';
  }
}

/**
 * GETs `url`. Returns any 2xx/3xx/4xx except 429 to the caller (a 404 is an answer);
 * throws REGISTRY_UNREACHABLE once retries are exhausted.
 */
export async function fetchWithRetry(
  url: string,
  headers: Record<string, string>,
  options: HttpOptions = {},
): Promise<HttpResponse> {
  const o = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last = '';
  for (let attempt = 0; ; attempt++) {
    let waitMs = backoff(attempt, o.baseDelayMs, o.maxDelayMs);
    try {
      // The body is read inside the try: a reset or truncated body is a network error.
      const signal = AbortSignal.timeout(o.timeoutMs);
      const res = isNodeFetch() ? await getUrl(url, headers, signal) : await getViaFetch(url, headers, signal);
      const body = res.body;
      if (res.status < 500 && res.status !== 429) return { status: res.status, body };
      last = `HTTP ${res.status}`;
      const retryAfter = res.status === 429 || res.status === 503 ? readRetryAfter(res.header('retry-after') ?? null) : undefined;
      if (retryAfter !== undefined) {
        if (retryAfter > o.maxDelayMs) {
          last += ` (Retry-After ${Math.ceil(retryAfter / 1000)} s exceeds the ${Math.ceil(o.maxDelayMs / 1000)} s limit)`;
          break;
        }
        waitMs = retryAfter;
      }
    } catch (e) {
      last = describeNetworkError(e);
    }
    if (attempt >= o.retries) break;
    await sleep(waitMs);
  }
  throw new GateError('REGISTRY_UNREACHABLE', `GET ${toSafeUrl(url)} failed: ${last} after ${o.retries + 1} attempt(s)`, {
    fix: 'check the registry URL and network, or run with --offline --evidence-dir DIR',
  });
}

/**
 * Whether `globalThis.fetch` is still the one Node installed. An embedding may replace it
 * to reroute or record requests (the demo generator does): then that fetch is used, as
 * before; Node's own is replaced by the cheaper node:http GET. Should Node's source
 * change, the check fails safe (fetch, only slower). Proxy settings Node applies to
 * fetch (NODE_USE_ENV_PROXY / --use-env-proxy) keep fetch too.
 */
function isNodeFetch(): boolean {
  if (process.env.NODE_USE_ENV_PROXY || process.execArgv.includes('--use-env-proxy') || process.env.NODE_OPTIONS?.includes('--use-env-proxy')) return false;
  const f = globalThis.fetch;
  if (f !== checkedFetch) {
    checkedFetch = f;
    checkedIsNode = /^function fetch\(input, init = undefined\) \{[^\n]*\n\s+if \(!fetchImpl\)/.test(Function.prototype.toString.call(f));
  }
  return checkedIsNode;
}
// The source test, once per fetch function (not once per request).
let checkedFetch: unknown;
let checkedIsNode = false;

async function getViaFetch(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<GetResponse> {
  const res = await fetch(url, { headers, signal, redirect: 'follow' });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, header: (n) => res.headers.get(n) ?? undefined };
}

function backoff(attempt: number, base: number, max: number): number {
  const step = Math.min(max, base * 2 ** attempt);
  return Math.round(step * (0.5 + Math.random() * 0.5));
}

/** `Retry-After`: delta-seconds or an HTTP-date (RFC 9110 §10.2.3), in ms. */
export function readRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A short cause without headers (errors can carry the request, never print it). */
function describeNetworkError(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timed out';
    // node:http puts the code on the error itself; fetch-style errors on their cause.
    const own = (e as { code?: unknown }).code;
    const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
    const code = typeof own === 'string' ? own : typeof cause?.code === 'string' ? cause.code : undefined;
    if (code) return `network error ${code}`;
    return `network error (${e.message.split('\n')[0]?.slice(0, 80)})`;
  }
  return 'network error';
}
