import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlesOf, problemsOf, readAll } from './temp-dir.js';

const STRIKE =
  'The United States military struck a vessel in the Eastern Pacific on Monday, killing four people, officials said.';
const REPLY =
  'Officials in Bogota said the dead included a Colombian fisherman and demanded an explanation from Washington.';

let server: Server;
let base = '';

const routes: Record<string, { type: string; body: string | Buffer; status?: number; delayMs?: number }> = {
  '/news/strike': {
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><title>Strike</title><meta property="og:site_name" content="Local News"><meta property="article:published_time" content="2025-10-20T08:00:00Z"><link rel="canonical" href="/news/strike-canonical"></head><body><article><h1>Strike</h1><p>${STRIKE}</p><p>${REPLY}</p></article></body></html>`,
  },
  '/feed': {
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title><item><title>Short</title><link>BASE/news/strike</link><pubDate>Mon, 20 Oct 2025 08:00:00 GMT</pubDate><description>Strike in the Pacific.</description></item></channel></rss>`,
  },
  '/feed-as-html': {
    type: 'text/html',
    body: '<html><head><title>Oops</title></head><body><p>This is a web page, not a feed.</p></body></html>',
  },
  '/atom-as-xml': {
    type: 'application/xml',
    body: `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>E</title><link href="https://example.org/e"/><updated>2025-10-21T00:00:00Z</updated><summary>${REPLY}</summary></entry></feed>`,
  },
  '/plain': { type: 'text/plain', body: `${STRIKE}\n${REPLY}` },
  '/missing': { type: 'text/plain', body: 'not here', status: 404 },
  '/big': { type: 'text/plain', body: Buffer.alloc(300_000, 0x61) },
  '/slow': { type: 'text/plain', body: STRIKE, delayMs: 2000 },
  '/latin1': {
    type: 'text/html; charset=windows-1252',
    body: Buffer.from(
      `<html><body><p>Caf\xe9 owners in Caracas said the strike ${STRIKE.slice(4)}</p></body></html>`,
      'latin1',
    ),
  },
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const r = routes[req.url ?? ''];
    if (!r) {
      res.writeHead(404).end();
      return;
    }
    const send = () => {
      const body = typeof r.body === 'string' ? r.body.replaceAll('BASE', base) : r.body;
      res.writeHead(r.status ?? 200, { 'content-type': r.type }).end(body);
    };
    if (r.delayMs) setTimeout(send, r.delayMs).unref();
    else send();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

describe('URL reader against a real local HTTP server', () => {
  it('fetches an HTML page with its metadata and resolves a relative canonical link', async () => {
    const [a] = articlesOf(await readAll([`${base}/news/strike`]));
    expect(a).toMatchObject({
      format: 'url',
      outlet: 'Local News',
      published: '2025-10-20T08:00:00.000Z',
      url: `${base}/news/strike-canonical`,
      origin: `${base}/news/strike`,
    });
    expect(a!.text.split('\n')).toEqual(expect.arrayContaining([STRIKE, REPLY]));
  });

  it('fetches an RSS feed and, when asked, follows a short item to its page', async () => {
    const [plain] = articlesOf(await readAll([`${base}/feed`]));
    expect(plain).toMatchObject({
      format: 'rss',
      text: 'Strike in the Pacific.',
      outlet: 'Local Feed',
      url: `${base}/news/strike`,
    });
    // the server is on 127.0.0.1, which a followed link may reach only with --allow-private-urls
    const [followed] = articlesOf(
      await readAll([`${base}/feed`], { followFeedLinks: true, allowPrivateUrls: true }),
    );
    expect(followed!.text).toContain(STRIKE);
    expect(followed).toMatchObject({ format: 'url', outlet: 'Local News' });
  });

  it('sniffs an Atom feed served as application/xml', async () => {
    const [a] = articlesOf(await readAll([`${base}/atom-as-xml`]));
    expect(a).toMatchObject({ format: 'atom', text: REPLY, url: 'https://example.org/e' });
  });

  it('reads text/plain and decodes a declared windows-1252 charset', async () => {
    expect(articlesOf(await readAll([`${base}/plain`]))[0]).toMatchObject({
      format: 'url',
      text: `${STRIKE}\n${REPLY}`,
    });
    expect(articlesOf(await readAll([`${base}/latin1`]))[0]!.text).toMatch(/^Café owners/);
  });

  it('reports an HTML page given as a feed', async () => {
    const [p] = problemsOf(await readAll([`${base}/feed-as-html`], { feed: true }));
    expect(p).toMatchObject({ code: 'not-a-feed', path: `${base}/feed-as-html` });
  });

  it('reports HTTP errors, oversized bodies and timeouts, and goes on', async () => {
    const items = await readAll([`${base}/missing`, `${base}/big`, `${base}/slow`, `${base}/plain`], {
      maxFetchBytes: 100_000,
      fetchTimeoutMs: 300,
    });
    expect(problemsOf(items).map((p) => p.code)).toEqual(['http-error', 'too-large', 'fetch-timeout']);
    expect(problemsOf(items)[0]!.message).toContain('404');
    expect(articlesOf(items)).toHaveLength(1);
  });

  it('reports an unreachable URL (a closed port) naming the URL and the cause', async () => {
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const url = `http://127.0.0.1:${port}/article`;
    const [p] = problemsOf(await readAll([url]));
    expect(p).toMatchObject({ code: 'fetch-failed', path: url });
    expect(p!.message).toContain('ECONNREFUSED');
  });
});
