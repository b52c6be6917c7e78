import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { describeStoreConformance } from './conformance.js';
import { strikeArticle, syntheticArticles } from './fixtures.js';
import { PG_ADMIN_URL, type TempDatabase, createTempDatabase } from './pg-test-db.js';

let db: TempDatabase;
beforeAll(async () => {
  db = await createTempDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describeStoreConformance('postgres', async () => {
  const url = await db.schemaUrl();
  const store = await openStore(url);
  return { store, cleanup: () => store.close(), openAnother: () => openStore(url) };
});

describe('postgres adapter specifics', () => {
  let url: string;
  let store: Store;
  beforeAll(async () => {
    url = await db.schemaUrl();
    store = await openStore(url);
  });
  afterAll(async () => {
    await store.close();
  });

  it('opens postgresql:// URLs too, and migrates concurrently from several processes', async () => {
    const alt = url.replace(/^postgres:/, 'postgresql:');
    const stores = await Promise.all([openStore(alt), openStore(alt), openStore(alt)]);
    expect(stores.every((s) => s.caps.dialect === 'postgres' && s.caps.concurrentWriters)).toBe(true);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('records migrations and builds the range indexes on events', async () => {
    const schema = new URL(url).searchParams.get('options')!.match(/search_path=(\w+)/)![1];
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      const m = await c.query(`select name from ${schema}.lapwing_migrations order by name`);
      expect(m.rows.map((r) => r.name)).toEqual(['0001_schema', '0002_indexes']);
      const idx = await c.query('select indexname from pg_indexes where schemaname = $1 and tablename = $2 order by 1', [
        schema,
        'events',
      ]);
      const names = idx.rows.map((r) => r.indexname);
      for (const n of ['events_date_id', 'events_actor', 'events_recipient', 'events_type', 'events_sentence_trgm']) {
        expect(names).toContain(n);
      }
    } finally {
      await c.end();
    }
  });

  it('bulk-saves through COPY and reads the same articles back', async () => {
    const batch = syntheticArticles(40, 3, 'pgbulk');
    const out = await store.saveArticles(batch);
    expect(out.every((o) => o === 'stored')).toBe(true);
    expect(await store.getArticle('art_pgbulk_17')).toEqual(batch[17]);
    expect(await store.saveArticle(batch[3])).toBe('duplicate');
    expect(await store.saveArticles([strikeArticle(), batch[0]])).toEqual(['stored', 'duplicate']);
  });
});

it('uses the server the brief names', () => {
  expect(PG_ADMIN_URL).toMatch(/^postgres:\/\//);
});
