/**
 * The event filters apply to the ledger and the campaigns as to the events: a real server over a
 * real SQLite file holding the mixed-news fixture (three operations by different actors) ingested
 * by the real pipeline.
 */
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/api/server.js';
import type { Campaign, CodedEvent, Incident } from '../../src/core/records.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from '../ingest/temp-dir.js';
import { errorOf, getJson } from './http-helpers.js';

const { dir, cleanup } = tempDir('lapwing-filters-');
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  store = await openStore(join(dir, 'mixed.sqlite'));
  const run = await runIngest({ store, inputs: [resolve('test/incidents/mixed-campaigns')] });
  expect(run.stored).toBe(13);
  server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: resolve('dist/web') });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
  cleanup();
});

async function incidents(q: string): Promise<Incident[]> {
  const a = await getJson<{ items: Incident[] }>(`${server.url}/api/incidents?limit=500&${q}`);
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  return a.body.items;
}
async function events(q: string): Promise<CodedEvent[]> {
  const a = await getJson<{ items: CodedEvent[] }>(`${server.url}/api/events?limit=500&${q}`);
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  return a.body.items;
}
async function campaigns(q: string): Promise<Campaign[]> {
  const a = await getJson<{ items: Campaign[] }>(`${server.url}/api/campaigns?${q}`);
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  return a.body.items;
}

describe('event filters on the ledger and the campaigns', () => {
  it.each(['dyad=THA,KHM', 'recipient=KHM', 'cameoRoot=19', 'text=Nairobi', 'claim=asserted', 'claim=all'])(
    '%s keeps the incidents with a matching source event',
    async (q) => {
      const all = await incidents('');
      const matching = new Set((await events(q)).map((e) => e.id));
      const expected = all.filter((i) => i.sources.some((s) => matching.has(s.eventId))).map((i) => i.id);
      const got = (await incidents(q)).map((i) => i.id);
      expect(got.sort()).toEqual(expected.sort());
    },
  );

  it('narrows to one operation by its dyad, on the ledger and the campaigns', async () => {
    const thai = await incidents('dyad=THA,KHM');
    expect(thai.length).toBe(3);
    expect(thai.every((i) => i.actors.some((a) => a.code.startsWith('THA')))).toBe(true);
    const list = await campaigns('dyad=THA,KHM');
    expect(list.map((c) => c.actor.country)).toEqual(['THA']);
    expect((await campaigns('text=Caribbean')).map((c) => c.actor.country)).toEqual(['USA']);
    expect((await campaigns('')).length).toBe(3);
    expect((await incidents('dyad=USA,KHM')).length).toBe(0);
    expect((await campaigns('dyad=USA,KHM')).length).toBe(0);
  });

  it('accepts claim=all as the CLI does, negated and hypothetical included', async () => {
    const all = await events('claim=all');
    const listed = await events('claim=asserted,attributed,alleged,denied,hypothetical,future,negated');
    expect(all.map((e) => e.id).sort()).toEqual(listed.map((e) => e.id).sort());
  });

  it('says that an unknown type is unknown instead of showing nothing', async () => {
    for (const path of ['/api/events', '/api/incidents', '/api/campaigns', '/api/series']) {
      const a = await getJson(`${server.url}${path}?type=FOO`);
      expect(a.status).toBe(400);
      expect(errorOf(a)).toMatchObject({ code: 'bad-parameter', path: 'query.type' });
      expect(errorOf(a).message).toContain('unknown PLOVER type FOO');
      expect(errorOf(a).message).toContain('ASSAULT');
    }
    expect((await getJson(`${server.url}/api/incidents?type=assault`)).status).toBe(200);
  });
});
