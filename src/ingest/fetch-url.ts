import { isIP } from 'node:net';
import { fetch, type Response } from 'undici';
import type { Problem } from '../core/problem.js';
import { refusedAddress } from './address-guard.js';
import { createFetchAgents, type FetchAgents, RefusedAddressError } from './guarded-agent.js';

/** A fetched body with what the server said about it. */
export interface Fetched {
  url: string;
  /** Final URL after redirects. */
  finalUrl: string;
  contentType: string;
  charset: string | null;
  bytes: Uint8Array;
}

/** Options of {@link fetchUrl}. */
export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
  /**
   * Fetch from loopback, link-local, private and metadata addresses too (`--allow-private-urls`).
   * Off: every address is checked after DNS resolution and such fetches are refused.
   */
  allowPrivate: boolean;
  /** The URL itself was given by the user: its own address is not checked, only where it redirects. */
  trusted?: boolean;
  /** Most redirects followed; each hop's address is checked again. */
  maxRedirects?: number;
  /** Connection pools to use; without them the fetch makes its own and closes them after. */
  agents?: FetchAgents;
}

/** Redirects followed by default: browsers allow 20, news sites need two or three. */
export const DEFAULT_MAX_REDIRECTS = 5;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8, */*;q=0.5';

function causeOf(e: unknown): string {
  let err = e as { message?: string; code?: string; cause?: unknown } | undefined;
  // undici wraps the socket error: "fetch failed" { cause: Error("connect ECONNREFUSED ...") }.
  while (err?.cause) err = err.cause as typeof err;
  const msg = err?.message ?? String(e);
  return err?.code && !msg.includes(err.code) ? `${err.code} ${msg}` : msg;
}

/** The absolute http(s) URL of a redirect's Location, or null. */
function safeUrl(location: string, base: string): string | null {
  try {
    const u = new URL(location, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Why a URL whose host is an IP literal may not be fetched (no DNS look-up is made for it). */
function refusedLiteral(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const reason = isIP(host) ? refusedAddress(host) : null;
  return reason ? `${host} is a ${reason}` : null;
}

function refusal(url: string, hopUrl: string, reason: string): Problem {
  const via = hopUrl === url ? '' : ` (redirected to ${hopUrl})`;
  return {
    code: 'private-address',
    path: url,
    message: `not fetched${via}: ${reason}; give --allow-private-urls to fetch internal addresses`,
  };
}

function fetchError(url: string, hopUrl: string, e: unknown, timedOut: boolean, timeoutMs: number): Problem {
  let err = e as { cause?: unknown } | undefined;
  while (err && !(err instanceof RefusedAddressError) && err.cause) err = err.cause as typeof err;
  if (err instanceof RefusedAddressError) return refusal(url, hopUrl, err.message);
  if (timedOut)
    return { code: 'fetch-timeout', path: url, message: `no response within ${timeoutMs / 1000} s` };
  return {
    code: 'fetch-failed',
    path: url,
    message: `could not fetch (${causeOf(e)}); check the address and the network connection`,
  };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;
}

/**
 * Fetches a URL with a timeout and a size cap. A `Content-Length` over the cap is refused before
 * the body is read; a body that grows past it is cut off. Network failures come back as a
 * `fetch-failed` problem naming the URL and the underlying cause (DNS, refused, offline).
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<Fetched | { problem: Problem }> {
  if (opts.agents) return fetchWith(url, opts, opts.agents);
  const agents = createFetchAgents();
  try {
    return await fetchWith(url, opts, agents);
  } finally {
    await agents.close();
  }
}

async function fetchWith(
  url: string,
  opts: FetchOptions,
  agents: FetchAgents,
): Promise<Fetched | { problem: Problem }> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = url;
  let res: Response | null = null;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const checked = !opts.allowPrivate && !(hop === 0 && opts.trusted);
    const refused = checked ? refusedLiteral(current) : null;
    if (refused) return { problem: refusal(url, current, refused) };
    try {
      res = await fetch(current, {
        signal,
        redirect: 'manual',
        dispatcher: checked ? agents.guarded : agents.open,
        headers: { 'user-agent': opts.userAgent, accept: ACCEPT },
      });
    } catch (e) {
      return { problem: fetchError(url, current, e, signal.aborted, opts.timeoutMs) };
    }
    if (!REDIRECTS.has(res.status)) break;
    await res.body?.cancel().catch(() => {});
    const location = res.headers.get('location');
    const next = location ? safeUrl(location, current) : null;
    if (!next) {
      return {
        problem: {
          code: 'bad-redirect',
          path: url,
          message: `HTTP ${res.status} from ${current} without a usable http(s) Location (got ${JSON.stringify(location ?? '')})`,
        },
      };
    }
    if (hop === maxRedirects) {
      return {
        problem: {
          code: 'too-many-redirects',
          path: url,
          message: `more than ${maxRedirects} redirects (last to ${next})`,
        },
      };
    }
    current = next;
  }
  if (!res) throw new Error('unreachable: no response');
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    return {
      problem: {
        code: 'http-error',
        path: url,
        message: `server answered HTTP ${res.status} ${res.statusText}`.trim(),
      },
    };
  }
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body?.cancel().catch(() => {});
    return {
      problem: {
        code: 'too-large',
        path: url,
        message: `body of ${mb(declared)} exceeds the ${mb(opts.maxBytes)} cap`,
      },
    };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > opts.maxBytes) {
          await reader.cancel().catch(() => {});
          return {
            problem: { code: 'too-large', path: url, message: `body exceeds the ${mb(opts.maxBytes)} cap` },
          };
        }
        chunks.push(value);
      }
    }
  } catch (e) {
    if (signal.aborted) {
      return {
        problem: {
          code: 'fetch-timeout',
          path: url,
          message: `body not complete within ${opts.timeoutMs / 1000} s`,
        },
      };
    }
    return {
      problem: { code: 'fetch-failed', path: url, message: `connection lost while reading (${causeOf(e)})` },
    };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const ct = res.headers.get('content-type') ?? '';
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(ct)?.[1] ?? null;
  return {
    url,
    finalUrl: current,
    contentType: ct.split(';')[0]!.trim().toLowerCase(),
    charset,
    bytes,
  };
}
