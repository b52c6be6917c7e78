import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedAddress } from '../../src/ingest/address-guard.js';
import { fetchUrl } from '../../src/ingest/fetch-url.js';
import { runCli } from '../cli/run-cli.js';
import { articlesOf, problemsOf, readAll, tempDir } from './temp-dir.js';

const PAGE_TEXT =
  'Dockworkers in Valparaiso walked off the job on Tuesday after the port authority cut their wages, union leaders said.';

let server: Server;
let base = '';
/** Paths the server was asked for, to tell a refused fetch from a failed one. */
const hits: string[] = [];

const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/page': (res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        `<html lang="en"><head><title>Port</title></head><body><article><p>${PAGE_TEXT}</p></article></body></html>`,
      ),
  '/feed': (res) =>
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Feed</title><item><title>Strike</title><link>${base}/page</link><description>Port strike.</description></item></channel></rss>`,
      ),
  '/to-page': (res) => res.writeHead(302, { location: '/page' }).end(),
  '/to-metadata': (res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-ftp': (res) => res.writeHead(302, { location: 'ftp://example.org/x' }).end(),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

const fetchOpts = { timeoutMs: 5000, maxBytes: 1_000_000, userAgent: 'lapwing-test' };

describe('the address guard, on resolved addresses', () => {
  it('refuses loopback, private, link-local, CGNAT, ULA, unspecified and metadata addresses', () => {
    const refused: Record<string, RegExp> = {
      '127.0.0.1': /loopback/,
      '127.8.9.10': /loopback/,
      '::1': /loopback/,
      '10.1.2.3': /RFC 1918/,
      '172.16.0.1': /RFC 1918/,
      '172.31.255.254': /RFC 1918/,
      '192.168.1.1': /RFC 1918/,
      '169.254.169.254': /metadata/,
      '169.254.10.10': /link-local/,
      'fe80::1': /link-local/,
      '100.64.0.1': /CGNAT/,
      '100.100.100.200': /metadata/,
      'fd00:ec2::254': /metadata/,
      'fc00::5': /unique local/,
      'fdab:1234::1': /unique local/,
      '0.0.0.0': /unspecified/,
      '::': /unspecified/,
      '::ffff:127.0.0.1': /loopback/,
      '::ffff:7f00:1': /loopback/,
      '::ffff:169.254.169.254': /metadata/,
      '224.0.0.1': /multicast/,
      localhost: /not an IP/,
    };
    for (const [ip, reason] of Object.entries(refused)) expect(refusedAddress(ip), ip).toMatch(reason);
  });

  it('lets public addresses through', () => {
    for (const ip of [
      '93.184.215.14',
      '8.8.8.8',
      '172.32.0.1',
      '100.128.0.1',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ])
      expect(refusedAddress(ip), ip).toBeNull();
  });
});

describe('fetches a feed or page led to (server on 127.0.0.1)', () => {
  it('does not fetch a followed link to 127.0.0.1 without the flag, and says why', async () => {
    hits.length = 0;
    const items = await readAll([`${base}/feed`], { followFeedLinks: true });
    const [a] = articlesOf(items);
    // the feed (a URL the user gave) is read; its item keeps the feed's text
    expect(a).toMatchObject({ format: 'rss', text: 'Port strike.' });
    expect(hits).toEqual(['/feed']);
    const warning = items.flatMap((i) => ('article' in i ? (i.warnings ?? []) : []))[0];
    expect(warning).toMatchObject({
      code: 'follow-private-address',
      path: `${base}/page`,
      severity: 'warning',
    });
    expect(warning?.message).toContain('127.0.0.1 is a loopback address');
    expect(warning?.message).toContain('--allow-private-urls');
  });

  it('fetches the followed link with allowPrivateUrls', async () => {
    hits.length = 0;
    const [a] = articlesOf(
      await readAll([`${base}/feed`], { followFeedLinks: true, allowPrivateUrls: true }),
    );
    expect(a).toMatchObject({ format: 'url', text: PAGE_TEXT, outlet: 'Harbour Feed' });
    expect(hits).toEqual(['/feed', '/page']);
  });

  it('re-checks the address of every redirect hop, even from a URL the user gave', async () => {
    hits.length = 0;
    const items = await readAll([`${base}/to-page`]);
    const [p] = problemsOf(items);
    expect(p).toMatchObject({ code: 'private-address', path: `${base}/to-page` });
    expect(p?.message).toContain(`redirected to ${base}/page`);
    expect(hits).toEqual(['/to-page']);
    expect(articlesOf(await readAll([`${base}/to-page`], { allowPrivateUrls: true }))[0]?.text).toBe(
      PAGE_TEXT,
    );
  });

  it('refuses a redirect to the metadata address without connecting to it', async () => {
    const r = await fetchUrl(`${base}/to-metadata`, { ...fetchOpts, allowPrivate: false, trusted: true });
    expect(r).toMatchObject({ problem: { code: 'private-address' } });
    expect('problem' in r && r.problem.message).toContain('169.254.169.254 is a cloud metadata address');
  });

  it('refuses a name that resolves to loopback, after DNS resolution', async () => {
    const port = new URL(base).port;
    const r = await fetchUrl(`http://localhost:${port}/page`, { ...fetchOpts, allowPrivate: false });
    expect(r).toMatchObject({ problem: { code: 'private-address' } });
    expect('problem' in r && r.problem.message).toMatch(
      /localhost resolves to (127\.0\.0\.1|::1), a loopback address/,
    );
  });

  it('limits the hops and refuses a redirect to another scheme', async () => {
    const loop = await fetchUrl(`${base}/loop`, { ...fetchOpts, allowPrivate: true, maxRedirects: 3 });
    expect(loop).toMatchObject({ problem: { code: 'too-many-redirects' } });
    const ftp = await fetchUrl(`${base}/to-ftp`, { ...fetchOpts, allowPrivate: true });
    expect(ftp).toMatchObject({ problem: { code: 'bad-redirect' } });
  });

  it('lapwing ingest --follow-links prints the refused follow as a warning line, and --allow-private-urls fetches it', {
    timeout: 240_000,
  }, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const refused = await runCli(['ingest', `${base}/feed`, '--follow-links', '--db', `${dir}/a.sqlite`]);
      expect(refused.code).toBe(0);
      expect(refused.stderr).toContain(
        `warning: ${base}/page: link not followed, feed text kept: not fetched`,
      );
      expect(refused.stderr).toContain('[follow-private-address]');
      const allowed = await runCli([
        'ingest',
        `${base}/feed`,
        '--follow-links',
        '--allow-private-urls',
        '--db',
        `${dir}/b.sqlite`,
      ]);
      expect(allowed.code).toBe(0);
      expect(allowed.stderr).not.toContain('follow-private-address');
      expect(allowed.stdout).toContain('stored 1');
    } finally {
      cleanup();
    }
  });
});
