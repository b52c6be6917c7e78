import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { StoreOpenError } from '../../src/store/store-open-error.js';
import { describeStoreConformance } from './conformance.js';
import { strikeArticle, syntheticArticles } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'lapwing-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const fastWrites of [true, false]) {
  describeStoreConformance(fastWrites ? 'sqlite' : 'sqlite, shared write path', async () => {
    const file = join(dir, `t${n++}.sqlite`);
    const store = await openStore(file, { fastWrites });
    return {
      store,
      cleanup: async () => {
        await store.close();
        rmSync(file, { force: true });
        rmSync(`${file}-wal`, { force: true });
        rmSync(`${file}-shm`, { force: true });
      },
      openAnother: () => openStore(file, { fastWrites }),
      openRaw: () => openStore(file, { fastWrites, rollup: false }),
    };
  });
}

describe('sqlite adapter specifics', () => {
  it('creates the file with WAL, foreign keys and recorded migrations', async () => {
    const file = join(dir, 'specifics.sqlite');
    const store = await openStore(file);
    expect(store.caps.dialect).toBe('sqlite');
    await store.saveArticle(strikeArticle());
    await store.close();
    const again = await openStore(file);
    expect(await again.hasArticle('art_fixture_strike')).toBe(true);
    await again.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const migrations = raw.prepare('select name from lapwing_migrations order by name').all() as {
      name: string;
    }[];
    expect(migrations.map((m) => m.name)).toEqual([
      '0001_schema',
      '0002_indexes',
      '0003_page_order_indexes',
      '0004_event_rollup',
      '0005_campaign_killed',
      '0006_reliability',
    ]);
    // Foreign keys are declared, so orphan rows cannot exist: every event has its article.
    const orphans = raw
      .prepare(
        'select count(*) as n from events e left join articles a on a.id = e.article_id where a.id is null',
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    raw.close();
  });

  it('keeps event_rollup equal to the events and reads aggregates from it', async () => {
    const file = join(dir, 'rollup.sqlite');
    const store = await openStore(file);
    await store.saveArticles(syntheticArticles(20, 4, 'ru'));
    await store.saveArticle(strikeArticle());
    const db = new Database(file);
    const sums = db
      .prepare(
        `select (select count(*) from events) as n, (select sum(events) from event_rollup) as r,
                (select round(sum(goldstein), 6) from events) as g, (select round(sum(goldstein), 6) from event_rollup) as rg`,
      )
      .get() as { n: number; r: number; g: number; rg: number };
    expect(sums.r).toBe(sums.n);
    expect(sums.rg).toBe(sums.g);
    for (const table of ['event_rollup', 'event_rollup_month']) {
      const sum = db.prepare(`select sum(events) as n from ${table}`).get() as { n: number };
      expect(sum.n, table).toBe(sums.n);
    }
    // The aggregates read the rollups: a change there (and only there) shows in the answer. The
    // whole store comes from the month rollup, a range of days from the day rollup, and a filter
    // no rollup serves (text) from the events.
    const bump = (table: string, source: string, target: string, extra = '') =>
      db
        .prepare(
          `update ${table} set events = events + 1000 where rowid = (select rowid from ${table}
             where actor_code = ? and recipient_code = ? and claim = 'asserted' ${extra} limit 1)`,
        )
        .run(source, target);
    const before = (await store.actorNetwork({}, 1))[0];
    bump('event_rollup_month', before.source, before.target);
    expect((await store.actorNetwork({}, 1))[0].events).toBe(before.events + 1000);
    const days = { from: '2025-01-02', to: '2025-12-30' };
    const beforeDays = (await store.actorNetwork(days, 1))[0];
    expect(beforeDays.events).toBeLessThan(1000);
    bump(
      'event_rollup',
      beforeDays.source,
      beforeDays.target,
      "and date_from between '2025-01-02' and '2025-12-30'",
    );
    expect((await store.actorNetwork(days, 1))[0].events).toBe(beforeDays.events + 1000);
    expect((await store.actorNetwork({ text: 'met' }, 1))[0].events).toBeLessThan(1000);
    db.close();
    await store.close();
  });

  it('names the file and the problem when it cannot open a database', async () => {
    const missingDir = join(dir, 'no-such-dir', 'x.sqlite');
    const e1 = await openStore(missingDir).catch((e) => e);
    expect(e1).toBeInstanceOf(StoreOpenError);
    expect(e1.problem).toMatchObject({ code: 'store-cannot-open', path: missingDir });
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'These are notes, not a database. '.repeat(200));
    const e2 = await openStore(text).catch((e) => e);
    expect(e2).toBeInstanceOf(StoreOpenError);
    expect(e2.problem).toMatchObject({ code: 'store-not-sqlite', path: text });
    expect(e2.message).toContain(text);
  });

  it('gathers planner statistics once the events table has grown', async () => {
    const file = join(dir, 'stats.sqlite');
    const store = await openStore(file);
    await store.saveArticles(syntheticArticles(100, 7, 'small'));
    const raw = () => new Database(file, { readonly: true });
    const statRows = (db: Database.Database) => {
      try {
        return db.prepare("select count(*) from sqlite_stat1 where tbl = 'events'").pluck().get() as number;
      } catch {
        return 0;
      }
    };
    let db = raw();
    expect(statRows(db)).toBe(0);
    db.close();
    await store.saveArticles(syntheticArticles(300, 7, 'more'));
    db = raw();
    expect(statRows(db)).toBeGreaterThan(0);
    const stat = db
      .prepare("select stat from sqlite_stat1 where tbl = 'events' limit 1")
      .pluck()
      .get() as string;
    expect(Number(stat.split(' ')[0])).toBeGreaterThanOrEqual(2000);
    db.close();
    await store.close();
  });

  it('refuses orphan rows because foreign keys are on', async () => {
    const file = join(dir, 'fk.sqlite');
    const store = await openStore(file);
    await store.close();
    const raw = new Database(file);
    raw.pragma('foreign_keys = ON');
    expect(() =>
      raw
        .prepare(
          "insert into sentences (article_id, idx, start_offset, end_offset, paragraph, text) values ('nope', 0, 0, 1, 0, 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    raw.close();
  });
});
