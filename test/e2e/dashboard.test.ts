/**
 * End to end: Debian's Chromium, driven by playwright-core, against the real server over a real
 * SQLite store holding the demo corpus ingested by the real pipeline. Screenshots are kept in
 * test-artifacts/ (gitignored).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { CodedEvent } from '../../src/core/records.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { launchBrowser } from './browser.js';

const ARTIFACTS = resolve('test-artifacts');
const TOKEN = 'e2e-token';
const WEB_ROOT = resolve('dist/web');

let dir: string;
let store: Store;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

async function ensureDashboardBuilt(): Promise<void> {
  // `npm test` builds first; a lone `vitest run test/e2e` may not have.
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: resolve('src/web/vite.config.ts'), logLevel: 'warn' });
}

async function ready(p: Page): Promise<void> {
  await p.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  await ensureDashboardBuilt();
  dir = mkdtempSync(join(tmpdir(), 'lapwing-e2e-'));
  store = await openStore(join(dir, 'demo.sqlite'));
  const run = await runIngest({ store, inputs: [resolve('demo')] });
  expect(run.stored).toBeGreaterThanOrEqual(15);
  server = await startServer({ store, port: 0, host: '127.0.0.1', token: TOKEN, webRoot: WEB_ROOT });
  context = await launchBrowser(dir);
  page = context.pages()[0] ?? (await context.newPage());
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dashboard on the demo corpus', () => {
  it('loads every view', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    const stats = await store.stats();
    await expect.poll(() => page.textContent('#counts')).toContain(`${stats.articles} articles`);
    expect(stats.events).toBeGreaterThan(0);
    // ECharts draws the timeline and the network on canvases.
    expect(await page.locator('#timeline-chart canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('#network-chart canvas').count()).toBeGreaterThan(0);
    // The map draws the offline world shapes as SVG paths.
    expect(await page.locator('#map svg .land path').count()).toBeGreaterThan(100);
    const eventRows = await page.locator('#events-table tbody tr').count();
    expect(eventRows).toBe(Math.min(50, stats.events));
    const incidents = await store.queryIncidents({}, { limit: 200 });
    expect(await page.locator('#ledger tbody tr').count()).toBe(incidents.items.length);
    // Incidents at one place are one circle with a count.
    const counts = await page
      .locator('#map g.incidents circle.incident')
      .evaluateAll((cs) => cs.map((c) => Number((c as SVGElement).dataset.count)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(
      incidents.items.filter((i) => i.location?.lat != null && i.location?.lon != null).length,
    );
    await shot('01-dashboard');
    expect(pageErrors).toEqual([]);
  });

  it('applies a filter to every view through the URL, and back/forward restore it', async () => {
    const all = await store.queryEvents({}, { limit: 500 });
    // The most frequent actor code prefix of three letters: a filter that keeps some events, not all.
    const counts = new Map<string, number>();
    for (const e of all.items)
      counts.set(e.actor.code.slice(0, 3), (counts.get(e.actor.code.slice(0, 3)) ?? 0) + 1);
    const [actor] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const expected = await store.queryEvents({ actor }, { limit: 500 });
    expect(expected.items.length).toBeGreaterThan(0);

    await page.fill('#filters input[name=actor]', actor);
    await page.click('#apply');
    await page.waitForURL((u) => u.searchParams.get('actor') === actor);
    await ready(page);
    const rows = page.locator('#events-table tbody tr');
    expect(await rows.count()).toBe(Math.min(50, expected.items.length));
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.event));
    const allowed = new Set(expected.items.map((e) => e.id));
    for (const id of shown) expect(allowed.has(id!)).toBe(true);
    expect(await page.textContent('#active-filters')).toContain(`actor=${actor}`);
    await shot('02-filtered');

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('actor'));
    await ready(page);
    expect(await page.inputValue('#filters input[name=actor]')).toBe('');
    expect(await page.locator('#events-table tbody tr').count()).toBe(Math.min(50, all.items.length));
    await page.goForward();
    await page.waitForURL((u) => u.searchParams.get('actor') === actor);
    await ready(page);
    expect(await page.inputValue('#filters input[name=actor]')).toBe(actor);
  });

  it('opens an event and highlights its evidence, with the claim status', async () => {
    // Still on the filtered view of the previous test: its rows open articles just the same.
    const row = page.locator('#events-table tbody tr').first();
    const eventId = await row.getAttribute('data-event');
    await row.click();
    await page.waitForURL((u) => u.searchParams.get('event') === eventId);
    await page.waitForSelector('#reader mark#evidence');
    const articleId = new URL(page.url()).searchParams.get('article')!;
    const event = (await store.getArticle(articleId))!.events.find((e: CodedEvent) => e.id === eventId)!;
    expect(await page.textContent('#reader mark#evidence')).toBe(event.evidence.text);
    expect(await page.textContent('#claim-status')).toBe(event.claim);
    expect(await page.isVisible('#reader mark#evidence')).toBe(true);
    await shot('03-evidence');
  });

  it('renders an article carrying script and onerror payloads as inert text', async () => {
    const payloadText = [
      'Officials in Quito said on Monday that the talks would resume.',
      '<script>window.__lapwingPwned = "script"; alert("script ran")</script>',
      "<img src=x onerror=\"window.__lapwingPwned = 'img'; alert('onerror ran')\">",
      'The statement added that <b onmouseover=alert(1)>no</b> agreement had been reached.',
    ].join('\n');
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        text: payloadText,
        title: '<img src=x onerror="window.__lapwingPwned=\'title\'">Talks resume',
        outlet: '<script>alert(1)</script> Sample',
        date: '2025-11-10',
      }),
    });
    expect(res.status).toBe(201);
    const { results } = (await res.json()) as { results: { id: string }[] };
    // Open it the way a shared link does, through the URL, without reloading the page.
    await page.evaluate((id) => {
      window.history.pushState(null, '', `/?article=${id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, results[0]!.id);
    await page.waitForSelector('#article-text');
    await ready(page);
    const text = await page.textContent('#article-text');
    expect(text).toContain('<script>window.__lapwingPwned = "script"; alert("script ran")</script>');
    expect(text).toContain('<img src=x onerror=');
    expect(await page.textContent('#article-title')).toContain('<img src=x onerror=');
    expect(await page.locator('#reader script, #reader img, #reader b').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __lapwingPwned?: string }).__lapwingPwned),
    ).toBeUndefined();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await shot('04-inert-payload');
  });
});
