/**
 * The dashboard's views as an analyst reads them, in Debian's Chromium (playwright-core) against
 * the real server over a real SQLite store holding the demo corpus ingested by the real pipeline:
 * the map's clusters, labels and legend, month-dated events, filters on the ledger and the map,
 * the glossary, the stated totals, the articles list, the network's control, and a 390 px wide
 * page. Screenshots go to test-artifacts/ (gitignored); with LAPWING_SCREENSHOTS=docs the main
 * views are also written to docs/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { launchBrowser } from './browser.js';

const ARTIFACTS = resolve('test-artifacts');
const DOCS = resolve('docs/screenshots');
const TOKEN = 'e2e-views-token';
const WEB_ROOT = resolve('dist/web');

let dir: string;
let store: Store;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

async function ready(p: Page): Promise<void> {
  await p.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });
}

async function open(query = ''): Promise<void> {
  await page.goto(`${server.url}/${query}`);
  await ready(page);
}

async function shot(name: string, docs = false): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
  if (docs && process.env.LAPWING_SCREENSHOTS === 'docs')
    await page.screenshot({ path: join(DOCS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  if (process.env.LAPWING_SCREENSHOTS === 'docs') mkdirSync(DOCS, { recursive: true });
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: resolve('src/web/vite.config.ts'), logLevel: 'warn' });
  }
  dir = mkdtempSync(join(tmpdir(), 'lapwing-e2e-views-'));
  store = await openStore(join(dir, 'demo.sqlite'));
  const run = await runIngest({ store, inputs: [resolve('demo')] });
  expect(run.stored).toBeGreaterThanOrEqual(15);
  server = await startServer({ store, port: 0, host: '127.0.0.1', token: TOKEN, webRoot: WEB_ROOT });
  context = await launchBrowser(dir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dashboard views an analyst can trust', { timeout: 120_000 }, () => {
  it('map: one circle per place with its count, largest drawn first, labels and a legend', async () => {
    await open();
    const circles = await page.locator('#map g.incidents circle.incident').evaluateAll((cs) =>
      cs.map((c) => ({
        r: Number(c.getAttribute('r')),
        count: Number((c as SVGElement).dataset.count),
        place: (c as SVGElement).dataset.place,
      })),
    );
    const incidents = (await store.queryIncidents({}, { limit: 500 })).items;
    const placed = incidents.filter((i) => i.location?.lat != null);
    expect(circles.reduce((a, c) => a + c.count, 0)).toBe(placed.length);
    // Several incidents share a place in the demo (the Caribbean): they are one circle with a count.
    expect(circles.length).toBeLessThan(placed.length);
    expect(Math.max(...circles.map((c) => c.count))).toBeGreaterThan(1);
    // Drawn largest first: no smaller circle lies under a larger one.
    const radii = circles.map((c) => c.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
    const labels = await page.locator('#map text.map-label').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.some((l) => /×\d+$/.test(l))).toBe(true);
    const legend = await page.textContent('#map g.legend');
    expect(legend).toContain('size = killed');
    for (const g of ['confirmed', 'fair', 'weak', 'contested']) expect(legend).toContain(g);
    await shot('views-01-overview', true);
  });

  it('shows an event known only to a month as the month, marked imprecise, not as its first day', async () => {
    const all = (await store.queryEvents({}, { limit: 500 })).items;
    const monthly = all.find((e) => e.date?.granularity === 'month');
    expect(monthly).toBeDefined();
    const words = monthly!.sentenceText.split(/\s+/).slice(0, 6).join(' ');
    await open(`?text=${encodeURIComponent(words)}`);
    const cell = page.locator(`#events-table tr[data-event="${monthly!.id}"] td`).first();
    expect(await cell.textContent()).toBe(monthly!.date!.from.slice(0, 7));
    expect(await cell.getAttribute('class')).toContain('imprecise');
    // The ledger, too, gives month-dated incidents as months.
    const ledgerDates = await page.locator('#ledger-table tbody tr td:first-child').allTextContents();
    for (const d of ledgerDates) expect(d).toMatch(/^\d{4}-\d{2}(-\d{2})?( – \d{4}-\d{2}-\d{2})?$/);
  });

  it('events table: the evidence sentence with the words marked, and on whose word', async () => {
    await open('?type=ASSAULT');
    const headers = await page.locator('#events-table thead th').allTextContents();
    expect(headers).toContain('On whose word');
    expect(headers).toContain('Evidence sentence');
    const first = page.locator('#events-table tbody tr').first();
    const id = await first.getAttribute('data-event');
    const event = (await store.queryEvents({ type: 'ASSAULT' }, { limit: 500 })).items.find(
      (e) => e.id === id,
    )!;
    expect(await first.locator('td.evidence-cell').textContent()).toBe(event.sentenceText);
    expect(await first.locator('td.evidence-cell mark').textContent()).toBe(event.evidence.text);
    const attributed = (await store.queryEvents({ type: 'ASSAULT', claim: ['attributed'] }, { limit: 1 }))
      .items[0]!;
    await open(`?type=ASSAULT&claim=attributed`);
    const row = page.locator(`#events-table tr[data-event="${attributed.id}"]`);
    expect(await row.locator('td.claim-source').textContent()).toContain(attributed.claimSource!.code);
  });

  it('filters apply to the ledger, the map and the campaigns as to the events', async () => {
    const all = (await store.queryIncidents({}, { limit: 500 })).items;
    const expected = (await store.queryIncidents({ events: { recipient: 'COL' } }, { limit: 500 })).items;
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await open('?recipient=COL');
    const rows = await page
      .locator('#ledger-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.incident));
    expect(rows.sort()).toEqual(expected.map((i) => i.id).sort());
    const counts = await page
      .locator('#map g.incidents circle.incident')
      .evaluateAll((cs) => cs.map((c) => Number((c as SVGElement).dataset.count)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.filter((i) => i.location?.lat != null).length);
    await open('?dyad=VEN,KEN');
    expect(await page.locator('#ledger-table').count()).toBe(0);
    expect(await page.locator('#campaigns .campaign').count()).toBe(0);
    await shot('views-02-filtered');
  });

  it('says an unknown type is unknown', async () => {
    await open('?type=FOO');
    expect(await page.textContent('#status')).toContain('unknown PLOVER type FOO');
  });

  it('timeline: by default counts every event the filter selects, unknown-country actors included', async () => {
    await open('?type=ASSAULT');
    const assaults = (await store.queryEvents({ type: 'ASSAULT' }, { limit: 500 })).items;
    const caption = await page.textContent('#timeline-caption');
    expect(caption).toContain(`: ${assaults.length} events`);
    // Events known only to a month or a range are counted apart (drawn pale), not passed off as the week's.
    const vague = assaults.filter((e) => e.date && e.date.to > e.date.from);
    expect(vague.length).toBeGreaterThan(0);
    expect(caption).toContain(`of which ${vague.length} known only to a month or a range`);
    const series = await (
      await fetch(`${server.url}/api/series?type=ASSAULT&bucket=week&imprecise=true`)
    ).json();
    const points = series.points as {
      impreciseConflict: number;
      impreciseCooperation: number;
      events: number;
    }[];
    expect(points.reduce((a, p) => a + p.impreciseConflict + p.impreciseCooperation, 0)).toBe(vague.length);
    for (const p of points) expect(Number.isInteger(p.events) && p.events > 0).toBe(true);
  });

  it('glossary is one click away', async () => {
    await open();
    expect(await page.isVisible('#glossary dl')).toBe(false);
    await page.click('#glossary summary');
    expect(await page.isVisible('#glossary dl')).toBe(true);
    const text = await page.textContent('#glossary dl');
    for (const term of ['---', 'Quad class', 'Goldstein', 'Intensity', 'contested', 'attributed', 'REB'])
      expect(text).toContain(term);
    await shot('views-03-glossary');
  });

  it('stated totals are a compact table of figures, not clipped phrases', async () => {
    await open();
    const [campaign] = await store.listCampaigns();
    const rows = page.locator('#campaigns table.stated-totals tbody tr');
    expect(await rows.count()).toBe(campaign!.statedTotals.length);
    const stated = await page
      .locator('#campaigns table.stated-totals tbody tr td:nth-child(3)')
      .allTextContents();
    for (const s of stated)
      expect(s).toMatch(/^((at least|more than|about|nearly|up to|fewer than) )?\d+(–\d+)?\+?$/);
    expect(await page.textContent('#campaigns')).not.toContain('the number of people');
    await page.locator('#ledger-caption').scrollIntoViewIfNeeded();
    await page.evaluate(() =>
      document.getElementById('ledger-caption')?.closest('section')?.scrollIntoView(),
    );
    await shot('views-ledger', true);
  });

  it('lists articles stored but not coded, and finds them', async () => {
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        title: 'Marcha en Lima',
        outlet: 'Diario de Prueba',
        date: '2025-11-03',
        text: 'Miles de manifestantes marcharon el lunes por el centro de Lima para exigir la renuncia del gobierno. La policía cerró varias calles y detuvo a doce personas, según la defensoría.',
      }),
    });
    expect(res.status).toBe(201);
    await open();
    await page.fill('#article-search', 'spa');
    const items = page.locator('#articles-list li');
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('Marcha en Lima');
    expect(await items.first().textContent()).toContain('not coded');
    expect(await page.textContent('#articles-caption')).toMatch(/1 stored in other languages/);
  });

  it('works at 390 px wide: no sideways scroll, the reader drawer fully visible', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open();
    const widths = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      view: window.innerWidth,
    }));
    expect(widths.doc).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    await shot('views-05-phone', true);
    await page.locator('#events-table tbody tr').first().click();
    await page.waitForSelector('#reader mark#evidence');
    const box = (await page.locator('#reader').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('views-06-phone-reader');
    await page.setViewportSize({ width: 1400, height: 1000 });
    expect(pageErrors).toEqual([]);
  });
  it('network: the busiest actors, with a control for more, on a store of 100 actors', async () => {
    const stats0 = await store.stats();
    // Twenty nationalities and five kinds of actor, each article one pair: a hundred actor codes.
    const people = [
      'Peruvian',
      'Chilean',
      'Bolivian',
      'Ecuadorian',
      'Brazilian',
      'Argentine',
      'Uruguayan',
      'Paraguayan',
      'Mexican',
      'Panamanian',
      'Colombian',
      'Venezuelan',
      'Cuban',
      'Haitian',
      'Honduran',
      'Guatemalan',
      'Nicaraguan',
      'Salvadoran',
      'Jamaican',
      'Canadian',
    ];
    const sectors = ['troops', 'police', 'rebels', 'lawmakers', 'officials'];
    const articles = people.flatMap((a, i) =>
      sectors.map((s, j) => ({
        title: `${a} ${s}`,
        date: '2025-11-20',
        text: `${a} ${s} attacked ${people[(i + 1 + j) % people.length]} ${sectors[(j + 1) % sectors.length]} near the border on Monday, officials said.`,
      })),
    );
    for (let i = 0; i < articles.length; i += 25) {
      const r = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(articles.slice(i, i + 25)),
      });
      expect(r.status).toBe(201);
    }
    expect((await store.stats()).events).toBeGreaterThan(stats0.events);
    const net = await (await fetch(`${server.url}/api/network?limit=1000`)).json();
    const actors = net.nodes.length as number;
    expect(actors).toBeGreaterThanOrEqual(60);
    await open();
    expect(await page.textContent('#network-caption')).toBe(
      `the 25 busiest of ${actors} actors, ${await edgesAmongBusiest(25)} directed pairs`,
    );
    await page.selectOption('#network-top', '0');
    await expect.poll(() => page.textContent('#network-caption')).toMatch(new RegExp(`^${actors} actors`));
    await page.selectOption('#network-top', '10');
    await expect.poll(() => page.textContent('#network-caption')).toMatch(/^the 10 busiest/);
    await shot('views-04-network');
  });
});

/** Edges among the n busiest actors, as the dashboard counts them from the API. */
async function edgesAmongBusiest(n: number): Promise<number> {
  const net = (await (await fetch(`${server.url}/api/network?limit=1000`)).json()) as {
    nodes: { id: string; events: number }[];
    edges: { source: string; target: string }[];
  };
  const keep = new Set(
    [...net.nodes]
      .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id))
      .slice(0, n)
      .map((x) => x.id),
  );
  return net.edges.filter((e) => keep.has(e.source) && keep.has(e.target)).length;
}
