import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleToRows } from '../../src/store/article-rows.js';
import { openStore } from '../../src/store/open-store.js';
import { bulkSaveWithCopy } from '../../src/store/postgres-bulk.js';
import type { Store } from '../../src/store/store.js';
import { StoreOpenError } from '../../src/store/store-open-error.js';
import { describeStoreConformance } from './conformance.js';
import { strikeArticle, syntheticArticles } from './fixtures.js';
import { createTempDatabase, PG_ADMIN_URL, type TempDatabase } from './pg-test-db.js';

let db: TempDatabase;
beforeAll(async () => {
  db = await createTempDatabase();
});
afterAll(async () => {
  await db?.drop();
});

for (const fastWrites of [true, false]) {
  // One migrated schema per suite, emptied before each test: migrating a fresh schema per test
  // costs more than the tests themselves.
  let url: string | null = null;
  describeStoreConformance(fastWrites ? 'postgres' : 'postgres, shared write path', async () => {
    if (url) await db.truncate(url);
    else url = await db.schemaUrl();
    const u = url;
    const store = await openStore(u, { fastWrites });
    return {
      store,
      cleanup: () => store.close(),
      openAnother: () => openStore(u, { fastWrites }),
      openRaw: () => openStore(u, { fastWrites, rollup: false }),
    };
  });
}

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
      expect(m.rows.map((r) => r.name)).toEqual([
        '0001_schema',
        '0002_indexes',
        '0003_page_order_indexes',
        '0004_event_rollup',
        '0005_campaign_killed',
        '0006_reliability',
      ]);
      const idx = await c.query(
        'select indexname from pg_indexes where schemaname = $1 and tablename = $2 order by 1',
        [schema, 'events'],
      );
      const names = idx.rows.map((r) => r.indexname);
      expect(names).not.toContain('events_type');
      for (const n of [
        'events_date_id',
        'events_actor_code_page',
        'events_recipient_code_page',
        'events_type_page',
        'events_cameo_root_page',
        'events_sentence_trgm',
        'events_actor_name_trgm',
        'events_recipient_name_trgm',
      ]) {
        expect(names).toContain(n);
      }
    } finally {
      await c.end();
    }
  });

  it('COPY batches store new articles, skip existing and repeated ones, and roll back whole on error', async () => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const now = new Date().toISOString();
      const batch = syntheticArticles(6, 2, 'copy');
      const rows = batch.map((a) => articleToRows(a, now));
      await store.saveArticle(batch[1]);
      const out = await bulkSaveWithCopy(pool, [rows[0], rows[1], rows[2], rows[0], rows[3]]);
      expect(out).toEqual(['stored', 'duplicate', 'stored', 'duplicate', 'stored']);
      for (const i of [0, 2, 3]) expect(await store.getArticle(batch[i].article.id)).toEqual(batch[i]);
      // Text that needs escaping in COPY's text format survives the trip.
      const tricky = syntheticArticles(1, 1, 'copytricky')[0];
      tricky.article.title = 'tab:\t newline:\n cr:\r backslash:\\ null-ish:\\N done';
      expect(await bulkSaveWithCopy(pool, [articleToRows(tricky, now), rows[4]])).toEqual([
        'stored',
        'stored',
      ]);
      expect((await store.getArticle(tricky.article.id))?.article.title).toBe(tricky.article.title);
      // A bad article (repeated event id) fails the batch: nothing of the batch is kept.
      const bad = articleToRows(batch[5], now);
      bad.events[1] = { ...bad.events[1], id: bad.events[0].id };
      bad.evidence[1] = { ...bad.evidence[1], event_id: bad.events[0].id };
      const before = await store.stats();
      await expect(
        bulkSaveWithCopy(pool, [articleToRows(syntheticArticles(1, 1, 'copyok')[0], now), bad]),
      ).rejects.toThrow();
      expect(await store.stats()).toEqual(before);
    } finally {
      await pool.end();
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

describe('postgres open errors', () => {
  it('names the server and hides the password when nothing answers', async () => {
    const url = 'postgres://lapwing:secret@127.0.0.1:1/nowhere';
    const e = await openStore(url).catch((x) => x);
    expect(e).toBeInstanceOf(StoreOpenError);
    expect(e.problem.code).toBe('store-unreachable');
    expect(e.problem.path).toContain('127.0.0.1:1/nowhere');
    expect(e.message).not.toContain('secret');
  });

  it('says when the database does not exist', async () => {
    const u = new URL(PG_ADMIN_URL);
    u.pathname = '/lapwing_does_not_exist_here';
    const e = await openStore(u.toString()).catch((x) => x);
    expect(e).toBeInstanceOf(StoreOpenError);
    expect(e.problem.code).toBe('store-no-database');
  });
});
