import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/format-csv.js';
import { GDELT1_COLUMNS } from '../../src/cli/format-gdelt1.js';
import { numericEventId } from '../../src/cli/gdelt-fields.js';
import { articleId } from '../../src/core/ids.js';
import type { CodedArticle, CodedEvent } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../ingest/temp-dir.js';
import { jsonOut, runCli } from './run-cli.js';

const { dir, cleanup } = tempDir('lapwing-export-');
const db = join(dir, 'export.sqlite');

// A hand-coded article: the events are written here, not produced by the coder, so that the
// export formats are checked field by field whatever state the coder is in.
const TEXT =
  'US forces struck a boat near Trinidad, killing six people. Officials said the navy did not fire on a second boat.';
const ID = articleId(TEXT);
const s2 = TEXT.indexOf('Officials');

function ev(over: Partial<CodedEvent> & Pick<CodedEvent, 'id' | 'claim' | 'sentence'>): CodedEvent {
  return {
    articleId: ID,
    type: 'ASSAULT',
    mode: 'aerial',
    context: 'drugs',
    cameo: '195',
    goldstein: -10,
    quad: 4,
    actor: { code: 'USAMIL', country: 'USA', sector: 'MIL', name: 'US military', text: 'US forces' },
    recipient: {
      code: '---CRM',
      country: null,
      sector: 'CRM',
      name: 'boat crew, "alleged" smugglers',
      text: 'a boat',
    },
    evidence: { start: 0, end: 22, text: 'US forces struck a boat' },
    sentenceText: TEXT.slice(0, s2 - 1),
    date: { from: '2025-10-14', to: '2025-10-14', granularity: 'day' },
    location: {
      text: 'Trinidad',
      name: 'Trinidad',
      country: 'TTO',
      lat: 10.5,
      lon: -61.3,
      kind: 'region',
      geonameId: 3573591,
    },
    casualties: { killed: { min: 6, max: 6, best: 6, phrase: 'killing six people' } },
    confidence: 0.9,
    rules: ['test.rule-a', 'test.rule-b'],
    ...over,
  };
}

const coded: CodedArticle = {
  article: {
    id: ID,
    text: TEXT,
    title: 'Strike near Trinidad',
    outlet: 'Sample Wire (sample)',
    published: '2025-10-15T09:00:00.000Z',
    url: 'https://example.org/t/1',
    language: 'eng',
    origin: 'test',
    format: 'text',
  },
  sentences: [
    { index: 0, start: 0, end: s2 - 1, text: TEXT.slice(0, s2 - 1), paragraph: 0 },
    { index: 1, start: s2, end: TEXT.length, text: TEXT.slice(s2), paragraph: 0 },
  ],
  tokens: [],
  mentions: [],
  quotes: [],
  markers: [],
  quantities: [],
  dates: [],
  events: [
    ev({ id: 'evt_00000000000000a1', claim: 'asserted', sentence: 0 }),
    ev({
      id: 'evt_00000000000000b2',
      claim: 'negated',
      sentence: 1,
      casualties: undefined,
      location: null,
      evidence: { start: s2 + 24, end: TEXT.length - 1, text: TEXT.slice(s2 + 24, TEXT.length - 1) },
      sentenceText: TEXT.slice(s2),
    }),
  ],
};

beforeAll(async () => {
  const store = await openStore(db);
  await store.saveArticle(coded);
  const { incidents, campaigns } = buildIncidents(coded.events, new Map([[ID, coded.article]]));
  await store.replaceIncidents(incidents, campaigns);
  await store.close();
});
afterAll(cleanup);

// Each test starts the CLI as a child process, which takes seconds on a busy machine.
describe('lapwing events and export on a real SQLite file', { timeout: 240_000 }, () => {
  it('events: a readable table by default, and leaves negated events out', async () => {
    const r = await runCli(['events', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^date\s+type\s+cameo\s+actor\s+recipient\s+claim\s+evidence$/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^2025-10-14\s+ASSAULT\/aerial\s+195\s+USAMIL US military/);
  });

  it('events --json with --claim all gives both events and a next cursor field', async () => {
    const r = await runCli(['events', '--db', db, '--json', '--claim', 'all', '--type', 'assault']);
    const page = jsonOut<{ items: CodedEvent[]; next: string | null }>(r);
    expect(page.items.map((e: CodedEvent) => e.claim).sort()).toEqual(['asserted', 'negated']);
    expect(page).toHaveProperty('next');
  });

  it('export jsonl round-trips the stored events', async () => {
    const r = await runCli(['export', '--db', db, '--claim', 'all']);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((e: CodedEvent) => e.id).sort()).toEqual([
      'evt_00000000000000a1',
      'evt_00000000000000b2',
    ]);
    expect(rows.find((e: CodedEvent) => e.claim === 'asserted').casualties.killed.best).toBe(6);
  });

  it('export csv has the documented header and quotes fields with commas and quotes', async () => {
    const out = join(dir, 'events.csv');
    const r = await runCli(['export', '--db', db, '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('wrote 1 events');
    const [header, row] = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    const at = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    // Split on commas outside quotes.
    const cells = row!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    expect(cells[at('cameo_root')]).toBe('19');
    expect(cells[at('recipient_name')]).toBe('"boat crew, ""alleged"" smugglers"');
    expect(cells[at('killed_best')]).toBe('6');
    expect(cells[at('url')]).toBe('https://example.org/t/1');
  });

  it('export gdelt1 writes the 58 GDELT 1.0 columns in order', async () => {
    const r = await runCli(['export', '--db', db, '--format', 'gdelt1', '--geo-codes', 'iso3']);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header!.split('\t')).toEqual([...GDELT1_COLUMNS]);
    const cells = row!.split('\t');
    expect(cells).toHaveLength(58);
    const col = (name: string) => cells[GDELT1_COLUMNS.indexOf(name)];
    expect(col('GLOBALEVENTID')).toBe(numericEventId('evt_00000000000000a1'));
    expect(col('SQLDATE')).toBe('20251014');
    expect(col('MonthYear')).toBe('202510');
    expect(col('Actor1Code')).toBe('USAMIL');
    expect(col('Actor1CountryCode')).toBe('USA');
    expect(col('Actor1Type1Code')).toBe('MIL');
    // An actor of unknown country is coded by its sector alone, as GDELT codes "police" COP.
    expect(col('Actor2Code')).toBe('CRM');
    expect(col('Actor2CountryCode')).toBe('');
    expect(col('IsRootEvent')).toBe('1');
    expect([col('EventCode'), col('EventBaseCode'), col('EventRootCode')]).toEqual(['195', '195', '19']);
    expect([col('QuadClass'), col('GoldsteinScale')]).toEqual(['4', '-10']);
    expect([col('ActionGeo_FullName'), col('ActionGeo_Lat'), col('ActionGeo_FeatureID')]).toEqual([
      'Trinidad',
      '10.5',
      '3573591',
    ]);
    expect(col('ActionGeo_CountryCode')).toBe('TTO');
    expect(col('DATEADDED')).toMatch(/^\d{8}$/);
    expect(col('SOURCEURL')).toBe('https://example.org/t/1');
  });

  it('export plover uses the PLOVER manual field names', async () => {
    const r = await runCli(['export', '--db', db, '--format', 'plover', '--claim', 'asserted']);
    const rec = jsonOut(r);
    expect(rec).toMatchObject({
      id: 'evt_00000000000000a1',
      date: '2025-10-14',
      actor: [{ code: 'USA', sector: 'MIL', entity_text: 'US forces' }],
      event: ['ASSAULT'],
      mode: ['aerial'],
      context: ['drugs'],
      quad_code: 4,
      event_scale: -10,
      event_loc: { resolved_place: 'Trinidad', geonameid: 3573591, country_code: 'TTO' },
      event_text: ['US forces struck a boat'],
      text_info: { sequence: 0, start: 0, end: 22 },
      cite_info: { url: 'https://example.org/t/1', language: 'en', publication: 'Sample Wire (sample)' },
      size: { dead: 6, injured: null, arrested: null },
      casualties: { killed: { best: 6, shown: '6', cumulative: false }, incident_counted: true },
      claim: 'asserted',
    });
  });
});
