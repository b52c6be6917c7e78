/**
 * The HTTP API on a real server (ephemeral port) over a real temporary SQLite store filled by the
 * real pipeline: articles written here as files, ingested with runIngest, and posted through
 * POST /api/articles. Assertions compare what the API answers with what the store holds.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/api/api-routes.js';
import { createApp } from '../../src/api/create-app.js';
import { openApiPath } from '../../src/api/openapi-document.js';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { CodedArticle, CodedEvent } from '../../src/core/records.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { errorOf, getJson, postJson } from './http-helpers.js';

const TOKEN = 'test-token-3f9a';

/** Short news-style articles written for this test (fictional wording, real-world actors). */
const ARTICLES: Record<string, string> = {
  'navy-strike.txt': `---
title: Navy strike on a boat kills four
outlet: Test Wire (sample)
date: 2025-10-06
url: https://example.org/test/navy-strike
---
The United States military struck a small boat in the Caribbean on Saturday, killing four people, the Pentagon said.

Venezuela condemned the strike and accused Washington of violating international law.
`,
  'talks.txt': `---
title: Ministers meet in Bogota
outlet: Test Herald (sample)
date: 2025-10-09
url: https://example.org/test/talks
---
Colombia's foreign minister met Brazilian officials in Bogota on Thursday to discuss border security.

The two governments agreed to share information on trafficking routes, according to a joint statement.
`,
  'sanctions.txt': `---
title: Treasury sanctions officials
outlet: Test Times (sample)
date: 2025-10-24
url: https://example.org/test/sanctions
---
The US Treasury imposed sanctions on Colombian President Gustavo Petro on Friday.

Petro rejected the measure and said he would not step aside.
`,
};

let dir: string;
let store: Store;
let server: RunningServer;
let closedServer: RunningServer;
let ingestedIds: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lapwing-api-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(corpus, name), text);
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>test dashboard</title>');
  writeFileSync(join(web, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the web root');
  store = await openStore(join(dir, 'api.sqlite'));
  const run = await runIngest({ store, inputs: [corpus] });
  expect(run.stored).toBe(3);
  ingestedIds = run.storedIds;
  server = await startServer({
    store,
    port: 0,
    host: '127.0.0.1',
    token: TOKEN,
    bodyLimit: 64 * 1024,
    webRoot: web,
  });
  closedServer = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: web });
});

afterAll(async () => {
  await server?.close();
  await closedServer?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET endpoints answer what the store holds', () => {
  it('GET /api/health reports the store dialect and whether posting is on', async () => {
    const r = await getJson(`${server.url}/api/health`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', dialect: 'sqlite', postEnabled: true });
    expect((await getJson(`${closedServer.url}/api/health`)).body.postEnabled).toBe(false);
  });

  it('GET /api/stats counts the ingested articles', async () => {
    const r = await getJson(`${server.url}/api/stats`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual(await store.stats());
    expect(r.body.articles).toBeGreaterThanOrEqual(3);
  });

  it('GET /api/articles lists the articles with snippets and pages by cursor', async () => {
    const all = await getJson<{
      items: { id: string; snippet: string; chars: number; outlet: string }[];
      next: string | null;
    }>(`${server.url}/api/articles?limit=500`);
    expect(all.status).toBe(200);
    const ids = all.body.items.map((a) => a.id);
    for (const id of ingestedIds) expect(ids).toContain(id);
    const one = all.body.items.find((a) => a.outlet === 'Test Wire (sample)')!;
    expect(one.snippet.startsWith('The United States military struck a small boat')).toBe(true);
    expect('text' in one).toBe(false);

    const first = await getJson(`${server.url}/api/articles?limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next).toEqual(expect.any(String));
    const second = await getJson(
      `${server.url}/api/articles?limit=1&cursor=${encodeURIComponent(first.body.next)}`,
    );
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('GET /api/articles/:id returns the text and the annotated spans the store holds', async () => {
    for (const id of ingestedIds) {
      const r = await getJson<Omit<CodedArticle, 'tokens'>>(`${server.url}/api/articles/${id}`);
      expect(r.status).toBe(200);
      const stored = (await store.getArticle(id))!;
      const { tokens: _t, ...expected } = stored;
      // Short articles fit the default page of every layer: all of it, with the sizes.
      const { layers, ...rest } = r.body as typeof r.body & {
        layers: Record<string, { total: number; next: null }>;
      };
      expect(rest).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(layers.events).toEqual({
        total: stored.events.length,
        returned: stored.events.length,
        next: null,
      });
      expect(layers.mentions.total).toBe(stored.mentions.length);
      const text = r.body.article.text;
      for (const s of r.body.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const m of r.body.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const e of r.body.events)
        expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
    const missing = await getJson(`${server.url}/api/articles/art_0000000000000000`);
    expect(missing.status).toBe(404);
    expect(errorOf(missing).code).toBe('not-found');
  });

  it('GET /api/events answers the store query for each filter, and pages', async () => {
    const queries: [string, Parameters<Store['queryEvents']>[0]][] = [
      ['', {}],
      ['actor=USA', { actor: 'USA' }],
      ['dyad=USA,VEN', { dyad: ['USA', 'VEN'] }],
      [
        'claim=asserted,attributed,alleged,denied,hypothetical,future,negated',
        { claim: ['asserted', 'attributed', 'alleged', 'denied', 'hypothetical', 'future', 'negated'] },
      ],
      ['from=2025-10-01&to=2025-10-10', { from: '2025-10-01', to: '2025-10-10' }],
      ['text=boat', { text: 'boat' }],
      ['place=Caribbean', { place: 'Caribbean' }],
      [`articleId=${ingestedIds[0]}`, { articleId: ingestedIds[0] }],
    ];
    for (const [q, filter] of queries) {
      const r = await getJson<{ items: CodedEvent[]; next: string | null }>(`${server.url}/api/events?${q}`);
      expect(r.status, q).toBe(200);
      const expected = await store.queryEvents(filter, { limit: 50 });
      expect(r.body, q).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    const all = await store.queryEvents({}, { limit: 500 });
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await getJson(
        `${server.url}/api/events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      walked.push(...r.body.items.map((e: CodedEvent) => e.id));
      cursor = r.body.next;
    } while (cursor);
    expect(walked).toEqual(all.items.map((e) => e.id));
  });

  it('GET /api/series, /api/actors and /api/network answer the store aggregates', async () => {
    const series = await getJson(`${server.url}/api/series?dyad=USA,VEN&bucket=day`);
    expect(series.status).toBe(200);
    expect(series.body).toEqual({
      bucket: 'day',
      points: await store.dyadSeries({ dyad: ['USA', 'VEN'] }, 'day'),
    });
    const weekly = await getJson(`${server.url}/api/series`);
    expect(weekly.body.bucket).toBe('week');

    const actors = await getJson(`${server.url}/api/actors?limit=20`);
    expect(actors.status).toBe(200);
    expect(actors.body.items).toEqual(await store.actorActivity({}, 20));

    const net = await getJson(`${server.url}/api/network?limit=30`);
    expect(net.status).toBe(200);
    expect(net.body.edges).toEqual(await store.actorNetwork({}, 30));
    const nodeIds = new Set(net.body.nodes.map((n: { id: string }) => n.id));
    for (const e of net.body.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    // Node names are the actors' display names from the store, not the codes.
    const names = await store.actorNames([...nodeIds] as string[]);
    expect(names.size).toBe(nodeIds.size);
    for (const n of net.body.nodes as { id: string; name: string }[]) expect(n.name).toBe(names.get(n.id));
    expect(net.body.nodes.some((n: { id: string; name: string }) => n.name !== n.id)).toBe(true);
  });

  it('GET /api/incidents, /api/incidents/:id and /api/campaigns answer the ledger', async () => {
    const list = await getJson(`${server.url}/api/incidents?limit=500`);
    expect(list.status).toBe(200);
    const ledger = await store.queryIncidents({}, { limit: 500 });
    // Few sources each here: all listed, with their count and no further page.
    expect(list.body).toEqual(
      JSON.parse(
        JSON.stringify({
          ...ledger,
          items: ledger.items.map((i) => ({ ...i, sourceCount: i.sources.length, sourcesNext: null })),
        }),
      ),
    );
    for (const inc of list.body.items.slice(0, 3)) {
      const one = await getJson(`${server.url}/api/incidents/${inc.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(inc);
    }
    const missing = await getJson(`${server.url}/api/incidents/inc_nope`);
    expect(missing.status).toBe(404);
    expect(errorOf(missing)).toMatchObject({ code: 'not-found', path: 'params.id' });

    const camp = await getJson(`${server.url}/api/campaigns`);
    expect(camp.status).toBe(200);
    expect(camp.body.items).toEqual(JSON.parse(JSON.stringify(await store.listCampaigns())));
  });
});

describe('bad parameters answer 400 with a code and the parameter', () => {
  const cases: [string, string, string][] = [
    ['/api/events?limit=0', 'bad-parameter', 'query.limit'],
    ['/api/events?limit=501', 'bad-parameter', 'query.limit'],
    ['/api/events?limit=ten', 'bad-parameter', 'query.limit'],
    ['/api/events?dyad=USA', 'bad-parameter', 'query.dyad'],
    ['/api/events?dyad=USA,C%3BOL', 'bad-parameter', 'query.dyad.1'],
    ['/api/events?claim=asserted,rumoured', 'bad-parameter', 'query.claim.1'],
    ['/api/events?from=2025-02-30', 'bad-parameter', 'query.from'],
    ['/api/events?from=2025-10-10&to=2025-10-01', 'bad-parameter', 'query.to'],
    ['/api/events?cameoRoot=7', 'bad-parameter', 'query.cameoRoot'],
    ['/api/events?cameoRoot=42', 'bad-parameter', 'query.cameoRoot'],
    ['/api/events?type=ATT%20ACK', 'bad-parameter', 'query.type'],
    ['/api/events?order=sideways', 'bad-parameter', 'query.order'],
    ['/api/events?actr=USA', 'bad-parameter', 'query'],
    [`/api/events?text=${'x'.repeat(201)}`, 'bad-parameter', 'query.text'],
    ['/api/events?cursor=not-a-cursor', 'bad-cursor', 'query.cursor'],
    ['/api/series?bucket=year', 'bad-parameter', 'query.bucket'],
    ['/api/series?limit=5', 'bad-parameter', 'query'],
    ['/api/network?limit=-1', 'bad-parameter', 'query.limit'],
    ['/api/actors?to=yesterday', 'bad-parameter', 'query.to'],
    ['/api/incidents?campaignId=a%20b', 'bad-parameter', 'query.campaignId'],
    ['/api/incidents?cursor=%7B%7D', 'bad-cursor', 'query.cursor'],
    ['/api/articles?language=english', 'bad-parameter', 'query.language'],
    ['/api/articles/has%20space', 'bad-parameter', 'params.id'],
    ['/api/health?verbose=1', 'bad-parameter', 'query'],
  ];
  it.each(cases)('%s -> %s at %s', async (path, code, where) => {
    const r = await getJson(`${server.url}${path}`);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(errorOf(r)).toMatchObject({ code, path: where });
    expect(errorOf(r).message.length).toBeGreaterThan(5);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const r = await getJson(`${server.url}/api/nothing-here`);
    expect(r.status).toBe(404);
    expect(errorOf(r).code).toBe('not-found');
  });
});

describe('POST /api/articles', () => {
  const article = {
    text: 'Mexico sent humanitarian aid to Cuba on Monday, the foreign ministry in Mexico City said in a statement.',
    title: 'Aid shipment',
    outlet: 'Test Post (sample)',
    date: '2025-11-03',
    url: 'https://example.org/test/aid',
  };
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('refuses a missing token (401), a wrong token (401) and a server without a token (403)', async () => {
    const before = (await store.stats()).articles;
    const none = await postJson(`${server.url}/api/articles`, article);
    expect(none.status).toBe(401);
    expect(errorOf(none).code).toBe('missing-token');
    const wrong = await postJson(`${server.url}/api/articles`, article, {
      authorization: 'Bearer not-the-token',
    });
    expect(wrong.status).toBe(401);
    expect(errorOf(wrong).code).toBe('bad-token');
    const basic = await postJson(`${server.url}/api/articles`, article, { authorization: `Basic ${TOKEN}` });
    expect(basic.status).toBe(401);
    const disabled = await postJson(`${closedServer.url}/api/articles`, article, auth);
    expect(disabled.status).toBe(403);
    expect(errorOf(disabled).code).toBe('disabled');
    expect((await store.stats()).articles).toBe(before);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = { ...article, text: 'word '.repeat(20_000) };
    const r = await postJson(`${server.url}/api/articles`, big, auth);
    expect(r.status).toBe(413);
    expect(errorOf(r).code).toBe('body-too-large');
  });

  it('refuses bad bodies with 400 and where the problem is', async () => {
    const bad: [unknown, string, string][] = [
      ['{"text": ', 'bad-json', 'body'],
      ['', 'empty-body', 'body'],
      [{ title: 'no text' }, 'bad-body', 'body'],
      [{ text: 'x', date: 'last week' }, 'bad-body', 'body.date'],
      [{ text: 'x', url: 'not a url' }, 'bad-body', 'body.url'],
      [{ text: 'x', extra: 1 }, 'bad-body', 'body'],
      [[], 'bad-body', 'body'],
      [{ text: '   \n  ' }, 'empty-text', 'body'],
    ];
    for (const [body, code, where] of bad) {
      const r = await postJson(`${server.url}/api/articles`, body, auth);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(errorOf(r), JSON.stringify(body)).toMatchObject({ code, path: where });
    }
  });

  it('ingests an article through the pipeline, stores it, and treats a repost as a duplicate', async () => {
    const before = await store.stats();
    const r = await postJson(`${server.url}/api/articles`, article, auth);
    expect(r.status).toBe(201);
    expect(r.body.results).toHaveLength(1);
    const [res] = r.body.results;
    expect(res).toMatchObject({ outcome: 'stored', language: 'eng' });
    const stored = (await store.getArticle(res.id))!;
    expect(stored.article).toMatchObject({
      title: 'Aid shipment',
      outlet: 'Test Post (sample)',
      url: article.url,
      text: article.text,
    });
    expect(stored.events).toHaveLength(res.events);
    expect((await store.stats()).articles).toBe(before.articles + 1);
    expect((await store.stats()).runs).toBe(before.runs + 1);

    const again = await postJson(`${server.url}/api/articles`, article, auth);
    expect(again.status).toBe(201);
    expect(again.body.results[0]).toMatchObject({ id: res.id, outcome: 'duplicate' });
    expect((await store.stats()).articles).toBe(before.articles + 1);
  });

  it('ingests an array, with HTML pages reduced to their text', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Border closed</title></head><body>
      <nav>Home | World</nav><article><h1>Border closed</h1>
      <p>Venezuela closed its border with Colombia on Tuesday after a dispute over migration, officials in Caracas said.</p>
      <p>Colombian authorities called the decision regrettable and asked for talks.</p></article>
      <script>window.evil = 1</script></body></html>`;
    const r = await postJson(
      `${server.url}/api/articles`,
      [
        { html, outlet: 'Test HTML (sample)', date: '2025-11-04T10:00:00Z' },
        { text: 'Peru recalled its ambassador from Bolivia on Wednesday, the government said.' },
      ],
      auth,
    );
    expect(r.status).toBe(201);
    expect(r.body.results.map((x: { outcome: string }) => x.outcome)).toEqual(['stored', 'stored']);
    const page = (await store.getArticle(r.body.results[0].id))!;
    expect(page.article.text).toContain('Venezuela closed its border with Colombia');
    expect(page.article.text).not.toContain('window.evil');
    expect(page.article.format).toBe('html');
    expect(page.article.published).toBe('2025-11-04T10:00:00.000Z');
  });
});

describe('OpenAPI document and dashboard files', () => {
  it('documents every API route with its method, and nothing that is not a route', async () => {
    const r = await getJson(`${server.url}/openapi.json`);
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    const app = createApp({ store, webRoot: null });
    const routes = app.routes
      .filter((x) => x.path.startsWith('/api/') || x.path === '/openapi.json')
      .filter((x) => !x.path.includes('*'))
      .map((x) => `${x.method.toLowerCase()} ${openApiPath(x.path)}`);
    const documented = Object.entries(r.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`),
    );
    expect(new Set(routes)).toEqual(new Set(documented));
    // A route with middleware (auth, body limit) appears once per handler in app.routes.
    expect(new Set(routes).size).toBe(ROUTES.length);
    for (const must of [
      'get /api/events',
      'get /api/incidents/{id}',
      'post /api/articles',
      'get /api/series',
      'get /api/network',
    ]) {
      expect(documented).toContain(must);
    }
  });

  it('documents the query parameters, the body and the auth of each route from its schemas', async () => {
    const doc = (await getJson(`${server.url}/openapi.json`)).body;
    const events = doc.paths['/api/events'].get;
    const names = events.parameters.map((p: { name: string }) => p.name);
    for (const n of [
      'actor',
      'recipient',
      'dyad',
      'type',
      'cameoRoot',
      'claim',
      'from',
      'to',
      'place',
      'text',
      'limit',
      'cursor',
    ]) {
      expect(names).toContain(n);
    }
    expect(events.responses['400']).toBeDefined();
    expect(doc.paths['/api/incidents/{id}'].get.parameters[0]).toMatchObject({
      name: 'id',
      in: 'path',
      required: true,
    });
    const post = doc.paths['/api/articles'].post;
    expect(post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(post.responses).sort()).toEqual(['201', '400', '401', '403', '413', '500']);
    expect(JSON.stringify(post.requestBody.content['application/json'].schema)).toContain('"html"');
    expect(
      doc.paths['/api/series'].get.parameters.find((p: { name: string }) => p.name === 'bucket').schema.enum,
    ).toEqual(['day', 'week', 'month']);
  });

  it('serves the dashboard files with a content security policy and refuses paths outside the root', async () => {
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await index.text()).toContain('test dashboard');
    const js = await fetch(`${server.url}/assets/app-123.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/nothing.js',
    ]) {
      const r = await fetch(`${server.url}${p}`);
      expect(r.status, p).toBe(404);
      expect(await r.text()).not.toContain('outside the web root');
    }
  });
});
