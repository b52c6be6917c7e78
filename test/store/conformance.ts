/**
 * One suite of store tests that every adapter must pass, with the same expected results: the
 * contract of `Store` as executable checks. Used by sqlite.test.ts and postgres.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedArticle, CodedEvent } from '../../src/core/records.js';
import { rebuildIncidents } from '../../src/pipeline/rebuild-incidents.js';
import { InvalidCursorError } from '../../src/store/cursor.js';
import type { EventFilter, Store } from '../../src/store/store.js';
import {
  allFixtures,
  incidentFixtures,
  seriesArticle,
  spanishArticle,
  strikeArticle,
  syntheticArticles,
  threatArticle,
  undatedArticle,
} from './fixtures.js';

/** Every aggregate the API serves, for comparing a store's rollups with a raw scan. */
async function aggregates(s: Store) {
  return {
    stats: await s.stats(),
    month: await s.dyadSeries({}, 'month'),
    days: await s.dyadSeries({ from: '2025-01-01', to: '2025-12-31' }, 'day'),
    actors: await s.actorActivity({}, 100),
    network: await s.actorNetwork({}, 100),
  };
}

/** A fresh, migrated, empty store, with a way to open a second connection to the same database. */
export interface StoreHandle {
  store: Store;
  cleanup: () => Promise<void>;
  /** Opens another store on the same database (a second process, as far as the engine knows). */
  openAnother?: () => Promise<Store>;
  /** Opens the same database with the rollup table turned off: aggregates always scan events. */
  openRaw: () => Promise<Store>;
}

const ALL_CLAIMS: EventFilter['claim'] = [
  'asserted',
  'attributed',
  'alleged',
  'denied',
  'hypothetical',
  'future',
  'negated',
];

async function ids(store: Store, filter: EventFilter): Promise<string[]> {
  const page = await store.queryEvents(filter, { limit: 1000 });
  expect(page.next).toBeNull();
  return page.items.map((e) => e.id);
}

async function saveAll(store: Store, articles: CodedArticle[]): Promise<void> {
  for (const a of articles) expect(await store.saveArticle(a)).toBe('stored');
}

/** Registers the conformance suite for one adapter. */
export function describeStoreConformance(name: string, makeStore: () => Promise<StoreHandle>): void {
  describe(`store conformance: ${name}`, () => {
    let h: StoreHandle;
    let store: Store;
    beforeEach(async () => {
      h = await makeStore();
      store = h.store;
    });
    afterEach(async () => {
      await h.cleanup();
    });

    it('migrates twice without error and keeps the data', async () => {
      await saveAll(store, [strikeArticle()]);
      await store.migrate();
      await store.migrate();
      expect(await store.hasArticle('art_fixture_strike')).toBe(true);
      expect((await store.stats()).events).toBe(3);
    });

    it('round-trips every fixture article through save and get', async () => {
      for (const a of allFixtures()) {
        expect(await store.saveArticle(a)).toBe('stored');
        const back = await store.getArticle(a.article.id);
        expect(back).toEqual(a);
      }
      expect(await store.getArticle('art_missing')).toBeNull();
      expect(await store.hasArticle('art_missing')).toBe(false);
    });

    it('keeps undefined and null optional fields apart on events', async () => {
      await saveAll(store, [strikeArticle(), threatArticle()]);
      const strike = (await store.getArticle('art_fixture_strike'))!;
      expect(strike.events[0]).not.toHaveProperty('claimSource');
      expect(strike.events[1].claimSource).toBeNull();
      expect(strike.events[0].casualties?.killed?.best).toBe(11);
      expect(strike.events[1]).not.toHaveProperty('casualties');
      const threat = (await store.getArticle('art_fixture_threat'))!;
      expect(threat.events[1].claimSource?.name).toBe('officials');
    });

    it('treats a second save of the same id as a no-op', async () => {
      await saveAll(store, allFixtures());
      const before = await store.stats();
      const again = strikeArticle();
      again.article.title = 'A different title';
      again.events.pop();
      expect(await store.saveArticle(again)).toBe('duplicate');
      expect(await store.stats()).toEqual(before);
      expect((await store.getArticle('art_fixture_strike'))?.article.title).toBe('Strike in the Caribbean');
    });

    it('stores nothing of an article whose events violate a constraint, and keeps working', async () => {
      const bad = strikeArticle();
      bad.events[1] = { ...bad.events[1], id: bad.events[0].id };
      await expect(store.saveArticle(bad)).rejects.toThrow();
      expect(await store.hasArticle('art_fixture_strike')).toBe(false);
      const s = await store.stats();
      expect([s.articles, s.sentences, s.mentions, s.events]).toEqual([0, 0, 0, 0]);
      expect(await store.saveArticle(strikeArticle())).toBe('stored');
      expect((await store.stats()).events).toBe(3);
    });

    it('rolls back an article that fails at its last write (evidence), after the others succeeded', async () => {
      const bad = seriesArticle();
      // NOT NULL violation on event_evidence, the last table written for an article.
      (bad.events[3].evidence as { text: unknown }).text = null;
      await expect(store.saveArticle(bad)).rejects.toThrow();
      expect(await store.getArticle('art_fixture_series')).toBeNull();
      const s = await store.stats();
      expect([s.articles, s.sentences, s.events]).toEqual([0, 0, 0]);
      expect(await ids(store, { claim: ALL_CLAIMS })).toEqual([]);
      expect(await store.saveArticle(seriesArticle())).toBe('stored');
      expect(await ids(store, { articleId: 'art_fixture_series' })).toEqual([
        'evt_series_1',
        'evt_series_2',
        'evt_series_3',
        'evt_series_4',
      ]);
    });

    it('refuses an event date that is not a calendar day, storing nothing of its article', async () => {
      const bad = strikeArticle();
      bad.events[0] = {
        ...bad.events[0],
        date: { from: '2025-02-30', to: '2025-02-30', granularity: 'day' },
      };
      await expect(store.saveArticle(bad)).rejects.toThrow(/evt_strike_1.*ISO days/);
      const [out] = await store.saveArticles([bad]);
      expect(out).toBeInstanceOf(Error);
      expect(await store.hasArticle('art_fixture_strike')).toBe(false);
      // A malformed publication date is metadata, not a coding bug: the fallback is just unknown.
      const odd = undatedArticle();
      odd.article.published = 'last Tuesday';
      expect(await store.saveArticle(odd)).toBe('stored');
      expect((await store.getArticle(odd.article.id))?.article.published).toBe('last Tuesday');
    });

    it('saves in bulk with one outcome per article, isolating a bad one', async () => {
      await saveAll(store, [undatedArticle()]);
      const bad = threatArticle();
      bad.events[2] = { ...bad.events[2], id: bad.events[0].id };
      const batch = [
        strikeArticle(),
        bad,
        undatedArticle(),
        seriesArticle(),
        ...syntheticArticles(5, 2, 'bulk'),
      ];
      const out = await store.saveArticles(batch);
      expect(out.length).toBe(batch.length);
      expect(out[0]).toBe('stored');
      expect(out[1]).toBeInstanceOf(Error);
      expect(out[2]).toBe('duplicate');
      expect(out.slice(3)).toEqual(Array(6).fill('stored'));
      expect(await store.hasArticle('art_fixture_threat')).toBe(false);
      const s = await store.stats();
      expect(s.articles).toBe(8);
      expect(s.events).toBe(3 + 2 + 4 + 10);
      expect(await store.getArticle('art_bulk_3')).toEqual(syntheticArticles(5, 2, 'bulk')[3]);
      // Re-running the same batch changes nothing.
      const again = await store.saveArticles(batch.filter((a) => a !== bad));
      expect(again.every((o) => o === 'duplicate')).toBe(true);
      expect(await store.stats()).toEqual(s);
    });

    describe('with the fixtures stored', () => {
      beforeEach(async () => {
        await saveAll(store, allFixtures());
      });

      it('orders events by date (unknown first) then id, excluding negated and hypothetical by default', async () => {
        expect(await ids(store, {})).toEqual([
          'evt_undated_1',
          'evt_undated_2',
          'evt_strike_1',
          'evt_strike_2',
          'evt_threat_2',
          'evt_threat_3',
          'evt_series_1',
          'evt_series_2',
          'evt_series_3',
          'evt_series_4',
        ]);
        const desc = await store.queryEvents({}, { limit: 100, order: 'desc' });
        expect(desc.items.map((e) => e.id)).toEqual([
          'evt_series_4',
          'evt_series_3',
          'evt_series_2',
          'evt_series_1',
          'evt_threat_3',
          'evt_threat_2',
          'evt_strike_2',
          'evt_strike_1',
          'evt_undated_2',
          'evt_undated_1',
        ]);
      });

      it('returns events equal to the ones saved', async () => {
        const page = await store.queryEvents({ claim: ALL_CLAIMS }, { limit: 100 });
        const saved = new Map<string, CodedEvent>(
          allFixtures().flatMap((a) => a.events.map((e) => [e.id, e])),
        );
        expect(page.items.length).toBe(12);
        for (const e of page.items) expect(e).toEqual(saved.get(e.id));
      });

      it('falls back to the publication day for undated events', async () => {
        const [e] = (
          await store.queryEvents({ articleId: 'art_fixture_strike', type: 'DISAPPROVE' }, { limit: 5 })
        ).items;
        expect(e.date).toBeNull();
        expect(await ids(store, { from: '2025-09-03', to: '2025-09-03' })).toEqual(['evt_strike_2']);
      });

      it('filters on every field', async () => {
        const sorted = async (f: EventFilter) => (await ids(store, f)).sort();
        expect(await sorted({ actor: 'USA' })).toEqual(
          [
            'evt_series_1',
            'evt_series_2',
            'evt_strike_1',
            'evt_strike_2',
            'evt_threat_2',
            'evt_undated_2',
          ].sort(),
        );
        expect(await sorted({ actor: 'usamil' })).toEqual(
          ['evt_series_1', 'evt_series_2', 'evt_strike_1', 'evt_strike_2', 'evt_threat_2'].sort(),
        );
        expect(await sorted({ actor: 'petro' })).toEqual([
          'evt_series_3',
          'evt_series_4',
          'evt_strike_2',
          'evt_undated_2',
        ]);
        expect(await sorted({ actor: 'Maduro' })).toEqual(['evt_series_3', 'evt_threat_3']);
        expect(await sorted({ recipient: 'VEN' })).toEqual([
          'evt_series_1',
          'evt_series_2',
          'evt_series_3',
          'evt_strike_1',
        ]);
        expect(await sorted({ recipient: 'united nations' })).toEqual(['evt_threat_3']);
        expect(await sorted({ dyad: ['USA', 'VEN'] })).toEqual([
          'evt_series_1',
          'evt_series_2',
          'evt_strike_1',
          'evt_threat_2',
        ]);
        expect(await sorted({ dyad: ['VENCRM', 'USAMIL'] })).toEqual([
          'evt_series_1',
          'evt_series_2',
          'evt_strike_1',
          'evt_threat_2',
        ]);
        expect(await sorted({ dyad: ['COL', 'USA'] })).toEqual(['evt_strike_2', 'evt_undated_2']);
        expect(await sorted({ type: 'ASSAULT' })).toEqual([
          'evt_series_1',
          'evt_series_2',
          'evt_strike_1',
          'evt_threat_2',
        ]);
        expect(await sorted({ cameoRoot: '19' })).toEqual(['evt_series_1', 'evt_series_2', 'evt_strike_1']);
        expect(await sorted({ cameoRoot: '18' })).toEqual(['evt_threat_2']);
        expect(await sorted({ from: '2025-09-03', to: '2025-10-05' })).toEqual([
          'evt_series_1',
          'evt_strike_2',
          'evt_threat_2',
          'evt_threat_3',
        ]);
        expect(await sorted({ from: '2025-11-01' })).toEqual(['evt_series_3', 'evt_series_4']);
        expect(await sorted({ to: '2025-09-02T23:59:59Z' })).toEqual(['evt_strike_1']);
        expect(await sorted({ place: 'COL' })).toEqual(['evt_strike_2']);
        expect(await sorted({ place: 'caribbean' })).toEqual([
          'evt_series_1',
          'evt_series_2',
          'evt_strike_1',
        ]);
        expect(await sorted({ place: 'Pacific' })).toEqual(['evt_threat_2']);
        expect(await sorted({ text: 'BOAT' })).toEqual(['evt_series_1', 'evt_series_2', 'evt_strike_1']);
        expect(await sorted({ text: '100%' })).toEqual(['evt_series_4']);
        // LIKE wildcards in user text match literally.
        expect(await sorted({ text: 'a%d' })).toEqual([]);
        expect(await sorted({ text: 'd_w' })).toEqual(['evt_series_4']);
        expect(await sorted({ text: 'e_d' })).toEqual([]);
        expect(await sorted({ articleId: 'art_fixture_undated' })).toEqual([
          'evt_undated_1',
          'evt_undated_2',
        ]);
        expect(await sorted({ actor: 'USA', type: 'ASSAULT', from: '2025-10-01' })).toEqual([
          'evt_series_1',
          'evt_series_2',
        ]);
        expect(await sorted({ actor: 'nobody' })).toEqual([]);
        // Typed as a code, a value is only a code prefix; otherwise it may be part of a name.
        expect(await sorted({ actor: 'United' })).toEqual(['evt_threat_3', 'evt_undated_1']);
        expect(await sorted({ actor: 'UNITED' })).toEqual([]);
        expect(await sorted({ recipient: 'Nations' })).toEqual(['evt_threat_3']);
      });

      it('includes negated and hypothetical events only when the claim filter asks', async () => {
        expect(await ids(store, { claim: ['negated'] })).toEqual(['evt_strike_3']);
        expect((await ids(store, { claim: ['hypothetical', 'future'] })).sort()).toEqual([
          'evt_threat_1',
          'evt_threat_3',
        ]);
        expect(await ids(store, { claim: ['alleged'] })).toEqual(['evt_threat_2']);
        expect((await ids(store, { claim: ALL_CLAIMS })).length).toBe(12);
        expect((await ids(store, { actor: 'USAGOV' })).sort()).toEqual(['evt_undated_2']);
        expect((await ids(store, { actor: 'USAGOV', claim: ALL_CLAIMS })).sort()).toEqual([
          'evt_strike_3',
          'evt_threat_1',
          'evt_undated_2',
        ]);
      });

      it('paginates with cursors covering every row once, both directions', async () => {
        const extra = syntheticArticles(12, 3, 'page');
        for (const a of extra) await store.saveArticle(a);
        for (const order of ['asc', 'desc'] as const) {
          const all = (await store.queryEvents({ claim: ALL_CLAIMS }, { limit: 1000, order })).items.map(
            (e) => e.id,
          );
          expect(all.length).toBe(12 + 36);
          const seen: string[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page = await store.queryEvents({ claim: ALL_CLAIMS }, { limit: 5, cursor, order });
            expect(page.items.length).toBeLessThanOrEqual(5);
            seen.push(...page.items.map((e) => e.id));
            cursor = page.next;
            pages++;
          } while (cursor && pages < 100);
          expect(seen).toEqual(all);
          expect(new Set(seen).size).toBe(seen.length);
          expect(pages).toBe(Math.ceil(all.length / 5));
        }
        const filtered = await store.queryEvents({ actor: 'USA', type: 'ASSAULT' }, { limit: 2 });
        const rest = await store.queryEvents(
          { actor: 'USA', type: 'ASSAULT' },
          { limit: 100, cursor: filtered.next },
        );
        const whole = await ids(store, { actor: 'USA', type: 'ASSAULT' });
        expect([...filtered.items, ...rest.items].map((e) => e.id)).toEqual(whole);
      });

      it('rejects a cursor it did not issue', async () => {
        await expect(store.queryEvents({}, { limit: 2, cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
        await expect(
          store.listArticles({ limit: 2, cursor: Buffer.from('[1,2]').toString('base64url') }),
        ).rejects.toThrow(/invalid cursor/);
      });

      it('streams matching events in id order', async () => {
        const out: string[] = [];
        for await (const e of store.iterateEvents({ claim: ALL_CLAIMS })) out.push(e.id);
        expect(out.length).toBe(12);
        expect(out).toEqual([...out].sort());
        const assaults: string[] = [];
        for await (const e of store.iterateEvents({ type: 'ASSAULT' })) assaults.push(e.id);
        expect(assaults).toEqual(['evt_series_1', 'evt_series_2', 'evt_strike_1', 'evt_threat_2']);
      });

      it('buckets dyad series by day, ISO week and month', async () => {
        expect(await store.dyadSeries({}, 'month')).toEqual([
          // PLOVER intensity (data/ontology/plover-types.yaml): ASSAULT -9 twice (mode 'kinetic' has no
          // score of its own), CONSULT 2.5, DISAPPROVE not a PLOVER 1.0 type (0).
          { period: '2025-09', events: 4, goldstein: -20, intensity: -15.5, conflict: 3, cooperation: 1 },
          { period: '2025-10', events: 2, goldstein: -20, intensity: -18, conflict: 2, cooperation: 0 },
          // AID 10 + AGREE 2.5
          { period: '2025-11', events: 2, goldstein: 11, intensity: 12.5, conflict: 0, cooperation: 2 },
        ]);
        expect((await store.dyadSeries({}, 'week')).map((p) => [p.period, p.events])).toEqual([
          ['2025-09-01', 2],
          ['2025-09-08', 1],
          ['2025-09-15', 1],
          ['2025-09-29', 1],
          ['2025-10-06', 1],
          ['2025-10-27', 2],
        ]);
        expect(
          (await store.dyadSeries({ dyad: ['USA', 'VEN'] }, 'day')).map((p) => [p.period, p.goldstein]),
        ).toEqual([
          ['2025-09-02', -10],
          ['2025-09-14', -9],
          ['2025-10-05', -10],
          ['2025-10-06', -10],
        ]);
        expect(await store.dyadSeries({ dyad: ['USA', 'VEN'] }, 'month')).toEqual([
          { period: '2025-09', events: 2, goldstein: -19, intensity: -18, conflict: 2, cooperation: 0 },
          { period: '2025-10', events: 2, goldstein: -20, intensity: -18, conflict: 2, cooperation: 0 },
        ]);
      });

      it('answers aggregates from the rollup exactly as from the events, for every rolled-up filter', async () => {
        // More data through the batch path, and a re-save that must not count twice.
        await store.saveArticles(syntheticArticles(30, 5, 'rollup'));
        expect(await store.saveArticle(strikeArticle())).toBe('duplicate');
        const raw = await h.openRaw();
        try {
          const filters: EventFilter[] = [
            {},
            { dyad: ['USA', 'VEN'] },
            { dyad: ['VEN', 'USAMIL'] },
            { actor: 'USA' },
            { actor: 'COLGOV' },
            { recipient: 'VEN' },
            { type: 'ASSAULT' },
            { cameoRoot: '19' },
            { claim: ALL_CLAIMS },
            { claim: ['negated', 'hypothetical'] },
            { from: '2025-09-10', to: '2025-10-31' },
            // Whole months (the month rollup) and not (the day rollup).
            { to: '2025-09-30' },
            { to: '2025-09-29' },
            { dyad: ['USA', 'VEN'], from: '2025-09-01', to: '2025-10-31' },
            { from: '2025-10-01' },
            { actor: 'USA', type: 'CONSULT', to: '2025-12-31', claim: ALL_CLAIMS },
            // Not rolled up (name substring, place, text): both read the events.
            { actor: 'petro' },
            { text: 'envoys' },
          ];
          for (const f of filters) {
            for (const bucket of ['day', 'week', 'month'] as const) {
              expect(await store.dyadSeries(f, bucket), JSON.stringify([f, bucket])).toEqual(
                await raw.dyadSeries(f, bucket),
              );
            }
            expect(await store.actorActivity(f, 50), JSON.stringify(f)).toEqual(
              await raw.actorActivity(f, 50),
            );
            expect(await store.actorNetwork(f, 50), JSON.stringify(f)).toEqual(await raw.actorNetwork(f, 50));
          }
          // Dyad pages (one index range per matching code pair, merged) page like the raw query.
          const pageAll = async (st: Store, f: EventFilter, order: 'asc' | 'desc') => {
            const out: string[] = [];
            let cursor: string | null = null;
            let n = 0;
            do {
              const page = await st.queryEvents(f, { limit: 3, cursor, order });
              out.push(...page.items.map((e) => e.id));
              cursor = page.next;
            } while (cursor && ++n < 200);
            return out;
          };
          for (const f of [
            { dyad: ['USA', 'VEN'] },
            { dyad: ['COL', 'USAGOV'], claim: ALL_CLAIMS },
            { dyad: ['VEN', 'USA'], type: 'ASSAULT', from: '2025-03-01' },
            { dyad: ['XXX', 'USA'] },
          ] as EventFilter[]) {
            for (const order of ['asc', 'desc'] as const) {
              const mine = await pageAll(store, f, order);
              expect(mine, JSON.stringify([f, order])).toEqual(await pageAll(raw, f, order));
              if (f.dyad?.[0] !== 'XXX') expect(mine.length).toBeGreaterThan(0);
            }
          }
          // Counts by type come from the rollup too, and must equal a count over the events.
          expect(await store.stats()).toEqual(await raw.stats());
          // Non-trivial: the comparisons above covered data.
          expect((await raw.dyadSeries({}, 'month')).reduce((n, p) => n + p.events, 0)).toBeGreaterThan(100);
        } finally {
          await raw.close();
        }
      });

      it('gets one incident by id, and display names of actor codes', async () => {
        const { incidents, campaigns } = incidentFixtures();
        await store.replaceIncidents(incidents, campaigns);
        const listed = (await store.queryIncidents({}, { limit: 100 })).items;
        for (const inc of listed) expect(await store.getIncident(inc.id)).toEqual(inc);
        expect(await store.getIncident('no-such-incident')).toBeNull();
        const names = await store.actorNames(['USAMIL', 'COLGOV', 'NOSUCH', 'USAMIL']);
        expect(Object.fromEntries(names)).toEqual({ USAMIL: 'US military', COLGOV: 'Gustavo Petro' });
      });

      it('filters incidents by their source events, and counts imprecise dates apart in series', async () => {
        const { incidents, campaigns } = incidentFixtures();
        await store.replaceIncidents(incidents, campaigns);
        const ids = async (events: Parameters<Store['queryIncidents']>[0]['events']) =>
          (await store.queryIncidents({ events }, { limit: 10 })).items.map((i) => i.id);
        expect(await ids({ articleId: strikeArticle().article.id })).toEqual(['inc_strike_0902']);
        expect(await ids({ articleId: seriesArticle().article.id })).toEqual(['inc_strike_1005']);
        expect(await ids({ type: 'AID' })).toEqual([]);
        const vague = (await store.queryEvents({}, { limit: 100 })).items.filter(
          (e) => e.date && e.date.to > e.date.from,
        );
        expect(vague.length).toBeGreaterThan(0);
        const points = await store.dyadSeries({}, 'month', { imprecise: true });
        const sum = points.reduce(
          (a, p) => a + (p.impreciseConflict ?? 0) + (p.impreciseCooperation ?? 0),
          0,
        );
        expect(sum).toBe(vague.length);
        expect(points.find((p) => p.period === '2025-11')).toMatchObject({ impreciseCooperation: 1 });
        // Without asking, the points are as before.
        expect((await store.dyadSeries({}, 'month'))[0]).not.toHaveProperty('impreciseConflict');
      });

      it('ranks actor activity and the actor network', async () => {
        expect(await store.actorActivity({}, 10)).toEqual([
          {
            code: 'USAMIL',
            name: 'US military',
            asActor: 3,
            asRecipient: 2,
            goldsteinSum: -41,
            first: '2025-09-02',
            last: '2025-10-06',
          },
          {
            code: 'COLGOV',
            name: 'Gustavo Petro',
            asActor: 4,
            asRecipient: 0,
            goldsteinSum: 5,
            first: '2025-09-03',
            last: '2025-11-01',
          },
          {
            code: 'VENCRM',
            name: 'alleged drug traffickers',
            asActor: 1,
            asRecipient: 3,
            goldsteinSum: -39,
            first: '2025-09-02',
            last: '2025-10-06',
          },
          {
            code: 'IGOUNO',
            name: 'United Nations',
            asActor: 1,
            asRecipient: 1,
            goldsteinSum: 4,
            first: '2025-09-15',
            last: '2025-09-15',
          },
          {
            code: 'VENGOV',
            name: 'Nicolás Maduro',
            asActor: 1,
            asRecipient: 1,
            goldsteinSum: 8,
            first: '2025-09-15',
            last: '2025-11-01',
          },
          {
            code: 'USAGOV',
            name: 'Donald Trump',
            asActor: 0,
            asRecipient: 1,
            goldsteinSum: -4,
            first: null,
            last: null,
          },
        ]);
        expect((await store.actorActivity({ type: 'ASSAULT' }, 1)).map((a) => a.code)).toEqual(['USAMIL']);
        expect(await store.actorNetwork({}, 10)).toEqual([
          { source: 'USAMIL', target: 'VENCRM', events: 3, goldstein: -30 },
          { source: 'COLGOV', target: 'USAGOV', events: 1, goldstein: -4 },
          { source: 'COLGOV', target: 'USAMIL', events: 1, goldstein: -2 },
          { source: 'COLGOV', target: 'VENGOV', events: 1, goldstein: 7 },
          { source: 'VENCRM', target: 'USAMIL', events: 1, goldstein: -9 },
          { source: 'VENGOV', target: 'IGOUNO', events: 1, goldstein: 1 },
        ]);
        expect(await store.actorNetwork({ dyad: ['USA', 'VEN'] }, 1)).toEqual([
          { source: 'USAMIL', target: 'VENCRM', events: 3, goldstein: -30 },
        ]);
      });

      it('counts what it holds', async () => {
        const runId = await store.startRun(['demo/']);
        await store.finishRun(runId, { stored: 5, skipped: 1, failed: 0 });
        const { incidents, campaigns } = incidentFixtures();
        await store.replaceIncidents(incidents, campaigns);
        expect(await store.stats()).toEqual({
          articles: 5,
          articlesByLanguage: { eng: 4, spa: 1 },
          sentences: 14,
          mentions: 3,
          events: 12,
          eventsByType: {
            AGREE: 1,
            AID: 1,
            APPEAL: 1,
            ASSAULT: 4,
            CONSULT: 2,
            DISAPPROVE: 1,
            REDUCE: 1,
            THREATEN: 1,
          },
          incidents: 3,
          campaigns: 1,
          runs: 1,
        });
      });

      it('lists articles by id with cursors and a language filter', async () => {
        const first = await store.listArticles({ limit: 2 });
        const second = await store.listArticles({ limit: 2, cursor: first.next });
        const third = await store.listArticles({ limit: 2, cursor: second.next });
        expect([...first.items, ...second.items, ...third.items].map((a) => a.id)).toEqual(
          allFixtures()
            .map((a) => a.article.id)
            .sort(),
        );
        expect(third.next).toBeNull();
        const spa = await store.listArticles({ limit: 10, language: 'spa' });
        expect(spa.items).toEqual([spanishArticle().article]);
      });
    });

    it('replaces incidents and campaigns in one go and filters them', async () => {
      const { incidents, campaigns } = incidentFixtures();
      await store.replaceIncidents(incidents, campaigns);
      await store.replaceIncidents(incidents, campaigns);
      const all = await store.queryIncidents({}, { limit: 10 });
      expect(all.items.map((i) => i.id)).toEqual([
        'inc_protest_bogota',
        'inc_strike_0902',
        'inc_strike_1005',
      ]);
      expect(all.items[2]).toEqual(incidents[1]);
      expect(all.items[0]).toEqual(incidents[2]);
      expect(await store.listCampaigns()).toEqual(campaigns);
      const q = async (f: Parameters<Store['queryIncidents']>[0]) =>
        (await store.queryIncidents(f, { limit: 10 })).items.map((i) => i.id);
      expect(await q({ actor: 'VEN' })).toEqual(['inc_strike_0902', 'inc_strike_1005']);
      expect(await q({ actor: 'trump' })).toEqual(['inc_protest_bogota']);
      expect(await q({ from: '2025-09-02', to: '2025-09-30' })).toEqual(['inc_strike_0902']);
      expect(await q({ type: 'DISAPPROVE' })).toEqual(['inc_protest_bogota']);
      expect(await q({ place: 'COL' })).toEqual(['inc_protest_bogota']);
      expect(await q({ place: 'caribbean' })).toEqual(['inc_strike_0902', 'inc_strike_1005']);
      expect(await q({ campaignId: 'camp_boats' })).toEqual(['inc_strike_0902', 'inc_strike_1005']);
      const p1 = await store.queryIncidents({}, { limit: 2 });
      const p2 = await store.queryIncidents({}, { limit: 2, cursor: p1.next });
      expect([...p1.items, ...p2.items].map((i) => i.id)).toEqual(all.items.map((i) => i.id));
      expect(p2.next).toBeNull();

      // A rebuild with fewer incidents leaves only the new ledger.
      await store.replaceIncidents([incidents[2]], []);
      expect((await store.queryIncidents({}, { limit: 10 })).items).toEqual([incidents[2]]);
      expect(await store.listCampaigns()).toEqual([]);
      // A failing rebuild (duplicate ids) leaves the previous ledger whole.
      await expect(store.replaceIncidents([incidents[0], incidents[0]], campaigns)).rejects.toThrow();
      expect((await store.queryIncidents({}, { limit: 10 })).items).toEqual([incidents[2]]);
      expect((await store.stats()).incidents).toBe(1);
    });

    it('deletes articles with their sentences, mentions and events; rollups and incidents follow', async () => {
      const others = syntheticArticles(6, 3, 'del');
      await saveAll(store, [...allFixtures(), ...others]);
      expect(await store.incidentsPending()).toBe(true);
      await rebuildIncidents(store);
      expect(await store.incidentsPending()).toBe(false);
      const ledger = (await store.queryIncidents({}, { limit: 100 })).items;
      const cites = (id: string) => ledger.filter((i) => i.sources.some((x) => x.articleId === id)).length;
      const gone = strikeArticle();
      expect(cites(gone.article.id)).toBeGreaterThan(0);
      const before = await store.stats();

      const counts = await store.deleteArticles([gone.article.id, others[0].article.id, 'art_not_stored']);
      expect(counts).toMatchObject({
        articles: 2,
        sentences: gone.sentences.length + others[0].sentences.length,
        mentions: gone.mentions.length + others[0].mentions.length,
        events: gone.events.length + others[0].events.length,
        incidentsTouched: cites(gone.article.id) + cites(others[0].article.id),
      });
      expect(await store.getArticle(gone.article.id)).toBeNull();
      expect(await store.hasArticle(others[0].article.id)).toBe(false);
      const after = await store.stats();
      expect(after.articles).toBe(before.articles - 2);
      expect(after.sentences).toBe(before.sentences - counts.sentences);
      expect(after.mentions).toBe(before.mentions - counts.mentions);
      expect(after.events).toBe(before.events - counts.events);
      expect(await ids(store, { articleId: gone.article.id, claim: ALL_CLAIMS })).toEqual([]);
      // The rollups (read by default) agree with a scan of the remaining events.
      const raw = await h.openRaw();
      try {
        expect(await aggregates(store)).toEqual(await aggregates(raw));
      } finally {
        await raw.close();
      }
      // The ledger waits for its rebuild (marked in the delete's transaction), which drops the source.
      expect(await store.incidentsPending()).toBe(true);
      await rebuildIncidents(store);
      const rebuilt = (await store.queryIncidents({}, { limit: 100 })).items;
      expect(rebuilt.flatMap((i) => i.sources).some((x) => x.articleId === gone.article.id)).toBe(false);
      expect(await store.incidentsPending()).toBe(false);
      // Deleting again is a no-op; the article can be stored again afterwards.
      expect((await store.deleteArticles([gone.article.id])).articles).toBe(0);
      expect(await store.saveArticle(strikeArticle())).toBe('stored');
      expect(await store.getArticle(gone.article.id)).toEqual(strikeArticle());
    });

    it('deletes single events too (the month rollup trigger)', async () => {
      await saveAll(store, [strikeArticle(), seriesArticle()]);
      const raw = await h.openRaw();
      try {
        // A delete of events alone, as a correction tool would do it, through the store's own db.
        // biome-ignore lint/suspicious/noExplicitAny: reaching the query builder of the store under test.
        const db = (store as any).db;
        await db.deleteFrom('event_evidence').where('event_id', '=', 'evt_strike_1').execute();
        await db.deleteFrom('events').where('id', '=', 'evt_strike_1').execute();
        expect(await aggregates(store)).toEqual(await aggregates(raw));
        expect((await store.stats()).events).toBe(
          strikeArticle().events.length + seriesArticle().events.length - 1,
        );
      } finally {
        await raw.close();
      }
    });

    it('marks rebuilds pending in the article transaction and settles only what the rebuild claimed', async () => {
      expect(await store.incidentsPending()).toBe(false);
      await saveAll(store, [strikeArticle()]);
      expect(await store.incidentsPending()).toBe(true);
      const claim = await store.claimPendingIncidents();
      // Stored after the claim: the rebuild holding it may not have seen it.
      await saveAll(store, [threatArticle()]);
      await store.replaceIncidents([], [], { settles: claim });
      expect(await store.incidentsPending()).toBe(true);
      await store.replaceIncidents([], [], { settles: await store.claimPendingIncidents() });
      expect(await store.incidentsPending()).toBe(false);
      // Bulk paths mark too.
      await store.saveArticles(syntheticArticles(3, 1, 'pend'));
      expect(await store.incidentsPending()).toBe(true);
    });

    it('stores U+0000 in any text as U+FFFD, offsets intact, on every write path', async () => {
      const base = strikeArticle();
      const text = base.article.text.replace('boat', 'bo\u0000t');
      const nul = structuredClone(base);
      nul.article = { ...nul.article, text, title: 'Strike\u0000 in the Caribbean', outlet: 'Wire\u0000' };
      nul.sentences[0].text = nul.sentences[0].text.replace('boat', 'bo\u0000t');
      nul.events[0].sentenceText = nul.events[0].sentenceText.replace('boat', 'bo\u0000t');
      nul.events[0].evidence = { ...nul.events[0].evidence, text: 'struck a bo\u0000t' };
      nul.mentions[0].text = 'US\u0000forces';
      const bulk = structuredClone(nul);
      bulk.article.id = 'art_fixture_nul_bulk';
      for (const e of bulk.events) {
        e.id = `${e.id}_bulk`;
        e.articleId = bulk.article.id;
      }
      expect(await store.saveArticle(nul)).toBe('stored');
      expect(await store.saveArticles([bulk, threatArticle()])).toEqual(['stored', 'stored']);
      for (const id of [nul.article.id, bulk.article.id]) {
        const back = (await store.getArticle(id)) as CodedArticle;
        expect(back.article.text).toBe(base.article.text.replace('boat', 'bo\uFFFDt'));
        expect(back.article.text.length).toBe(base.article.text.length);
        expect(back.article.title).toBe('Strike\uFFFD in the Caribbean');
        expect(back.article.outlet).toBe('Wire\uFFFD');
        expect(back.sentences[0].text).toContain('bo\uFFFDt');
        expect(back.events[0].evidence.text).toBe('struck a bo\uFFFDt');
        expect(back.mentions[0].text).toBe('US\uFFFDforces');
        const ev = back.events[0].evidence;
        expect(back.article.text.slice(ev.start, ev.end)).toBe(ev.text);
      }
      expect(JSON.stringify(await store.queryEvents({ claim: ALL_CLAIMS }, { limit: 100 }))).not.toContain(
        '\\u0000',
      );
    });

    it('reads an article a layer page at a time, and an incident a source page at a time', async () => {
      const long = syntheticArticles(1, 30, 'pages')[0];
      await saveAll(store, [long, strikeArticle()]);
      const t = await store.getArticleTrimmed(long.article.id, 7);
      expect(t?.totals).toEqual({
        sentences: 30,
        mentions: 0,
        events: 30,
        quotes: 0,
        markers: 0,
        quantities: 0,
        dates: 0,
      });
      expect(t?.coded.events).toEqual(long.events.slice(0, 7));
      expect(t?.coded.sentences).toEqual(long.sentences.slice(0, 7));
      expect(t?.coded.article).toEqual(long.article);
      const page = await store.getArticleLayer(long.article.id, 'events', { offset: 25, limit: 10 });
      expect(page).toEqual({ items: long.events.slice(25), total: 30 });
      const strike = strikeArticle();
      expect(await store.getArticleLayer(strike.article.id, 'markers', { offset: 0, limit: 5 })).toEqual({
        items: strike.markers,
        total: strike.markers.length,
      });
      expect(await store.getArticleLayer('art_missing', 'events', { offset: 0, limit: 5 })).toBeNull();
      expect(await store.getArticleTrimmed('art_missing', 5)).toBeNull();

      const { incidents, campaigns } = incidentFixtures();
      const many = {
        ...incidents[0],
        sources: Array.from({ length: 12 }, (_, k) => ({
          ...incidents[0].sources[0],
          eventId: `evt_src_${k}`,
        })),
      };
      await store.replaceIncidents([many, ...incidents.slice(1)], campaigns);
      const listed = (await store.queryIncidents({}, { limit: 10, maxSources: 5 })).items.find(
        (i) => i.id === many.id,
      );
      expect(listed?.sources).toEqual(many.sources.slice(0, 5));
      expect(listed?.sourceCount).toBe(12);
      const one = await store.getIncident(many.id, { maxSources: 3 });
      expect(one).toEqual({ ...many, sources: many.sources.slice(0, 3), sourceCount: 12 });
      expect(await store.incidentSources(many.id, { offset: 10, limit: 5 })).toEqual({
        items: many.sources.slice(10),
        total: 12,
      });
      expect(await store.incidentSources('inc_missing', { offset: 0, limit: 5 })).toBeNull();
    });

    it('records ingest runs, newest first', async () => {
      const a = await store.startRun(['a.txt']);
      await new Promise((r) => setTimeout(r, 5));
      const b = await store.startRun(['feed.xml', 'b.html']);
      await store.finishRun(a, { stored: 3, skipped: 1, failed: 2 });
      const runs = await store.listRuns(10);
      expect(runs.map((r) => r.id)).toEqual([b, a]);
      expect(runs[0]).toMatchObject({
        inputs: ['feed.xml', 'b.html'],
        finishedAt: null,
        stored: 0,
        status: 'running',
      });
      expect(runs[1]).toMatchObject({
        inputs: ['a.txt'],
        stored: 3,
        skipped: 1,
        failed: 2,
        status: 'finished',
      });
      // This process is alive: its own running run is not taken for an unfinished one.
      expect(await store.markUnfinishedRuns()).toBe(0);
      expect(runs[1].finishedAt).not.toBeNull();
      expect(await store.listRuns(1)).toHaveLength(1);
    });

    it('stores one copy when two connections save the same articles at once', async (ctx) => {
      if (!store.caps.concurrentWriters || !h.openAnother) {
        ctx.skip();
        return;
      }
      const other = await h.openAnother();
      try {
        const outcomes = await Promise.all([
          store.saveArticle(strikeArticle()),
          other.saveArticle(strikeArticle()),
        ]);
        expect(outcomes.sort()).toEqual(['duplicate', 'stored']);
        const a = syntheticArticles(30, 2, 'conc');
        const [x, y] = await Promise.all([
          store.saveArticles(a.slice(0, 20)),
          other.saveArticles(a.slice(10).reverse()),
        ]);
        const stored = [...x, ...y].filter((o) => o === 'stored').length;
        const dup = [...x, ...y].filter((o) => o === 'duplicate').length;
        expect([stored, dup]).toEqual([30, 10]);
        const s = await store.stats();
        expect([s.articles, s.events, s.sentences]).toEqual([31, 3 + 60, 3 + 60]);
      } finally {
        await other.close();
      }
    });
  });
}
