import type { Problem } from '../core/problem.js';

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
}

function causeOf(e: unknown): string {
  let err = e as { message?: string; code?: string; cause?: unknown } | undefined;
  // undici wraps the socket error: "fetch failed" { cause: Error("connect ECONNREFUSED ...") }.
  while (err?.cause) err = err.cause as typeof err;
  const msg = err?.message ?? String(e);
  return err?.code && !msg.includes(err.code) ? `${err.code} ${msg}` : msg;
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
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {
        'user-agent': opts.userAgent,
        accept:
          'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, application/json;q=0.9, text/plain;q=0.8, */*;q=0.5',
      },
    });
  } catch (e) {
    if (signal.aborted) {
      return {
        problem: {
          code: 'fetch-timeout',
          path: url,
          message: `no response within ${opts.timeoutMs / 1000} s`,
        },
      };
    }
    return {
      problem: {
        code: 'fetch-failed',
        path: url,
        message: `could not fetch (${causeOf(e)}); check the address and the network connection`,
      },
    };
  }
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
    finalUrl: res.url || url,
    contentType: ct.split(';')[0]!.trim().toLowerCase(),
    charset,
    bytes,
  };
}
