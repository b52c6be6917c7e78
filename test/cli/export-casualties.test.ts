/**
 * Casualty figures in the written exports, read back from the files: the demo corpus plus an
 * article written here, ingested by the real pipeline into a real SQLite file, exported by the
 * CLI in every format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/format-csv.js';
import { GDELT_COLUMNS } from '../../src/cli/format-gdelt.js';
import { GDELT1_COLUMNS } from '../../src/cli/format-gdelt1.js';
import type { Incident } from '../../src/core/records.js';
import { runIngest } from '../../src/pipeline/ingest-run.js';
import { openStore } from '../../src/store/open-store.js';
import { tempDir } from '../ingest/temp-dir.js';
import { runCli } from './run-cli.js';

const { dir, cleanup } = tempDir('lapwing-export-cas-');
const db = join(dir, 'cas.sqlite');
const incidents: Incident[] = [];

// Written for this test: a floor ("at least 40"), injured, a claim source and a running total.
const MARKET = `---
title: Gunmen attack market in northern town
outlet: Test Courier
date: 2025-03-05
---
Gunmen killed at least 40 people and wounded 12 others in an attack on a market in Kano on Tuesday, police said.

The attacks by the group have killed 300 people since January, bringing the toll to 300.
`;

/** Parses RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n') throw new Error(`bare LF at offset ${i}`);
    else field += ch;
    i++;
  }
  if (field || row.length) throw new Error('last record does not end in CRLF');
  return rows;
}

async function exportTo(format: string, extra: string[] = []): Promise<string> {
  const out = join(dir, `out.${format}${extra.join('')}`);
  const r = await runCli(['export', '--db', db, '--format', format, '--out', out, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return readFileSync(out, 'utf8');
}

// biome-ignore lint/suspicious/noExplicitAny: export records are read back as untyped JSON
function jsonLines<T = Record<string, any>>(text: string): T[] {
  return text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
}

const ledgerKilled = () => incidents.reduce((a, i) => a + (i.casualties.killed?.best ?? 0), 0);
const ledgerInjured = () => incidents.reduce((a, i) => a + (i.casualties.injured?.best ?? 0), 0);

beforeAll(async () => {
  writeFileSync(join(dir, 'market.txt'), MARKET);
  const store = await openStore(db);
  const run = await runIngest({ store, inputs: [resolve('demo'), join(dir, 'market.txt')] });
  expect(run.stored).toBeGreaterThan(20);
  for (let cursor: string | null = null; ; ) {
    const page = await store.queryIncidents({}, { limit: 500, cursor });
    incidents.push(...page.items);
    cursor = page.next;
    if (!cursor) break;
  }
  await store.close();
}, 120_000);
afterAll(cleanup);

describe('casualty figures in exports', { timeout: 240_000 }, () => {
  it('plover: size.dead sums to the ledger total; running totals are flagged and never in size', async () => {
    const recs = jsonLines(await exportTo('plover'));
    expect(ledgerKilled()).toBeGreaterThan(40);
    const dead = recs.reduce((a, r) => a + (r.size?.dead ?? 0), 0);
    expect(dead).toBe(ledgerKilled());
    expect(recs.reduce((a, r) => a + (r.size?.injured ?? 0), 0)).toBe(ledgerInjured());
    // One record per incident carries its figure.
    const counted = recs.filter((r) => r.casualties?.incident_counted);
    expect(counted.length).toBe(incidents.length);
    expect(new Set(counted.map((r) => r.casualties.incident_id)).size).toBe(incidents.length);
    // Running totals are in killed_total, flagged, and no record puts them in size.
    const totals = recs.filter((r) => r.casualties?.killed_total);
    expect(totals.length).toBeGreaterThan(5);
    for (const r of totals) expect(r.casualties.killed_total.cumulative).toBe(true);
    for (const r of recs) if (r.casualties?.killed) expect(r.casualties.killed.cumulative).toBe(false);
    // The naive sum of every stated figure is what misled: far above the ledger.
    const naive = recs.reduce(
      (a, r) => a + (r.casualties?.killed?.best ?? 0) + (r.casualties?.killed_total?.best ?? 0),
      0,
    );
    expect(naive).toBeGreaterThan(3 * ledgerKilled());
  });

  it('plover: "at least 40" stays a floor with its words, injured are read, the claim source kept', async () => {
    const recs = jsonLines(await exportTo('plover'));
    const market = recs.filter((r) => r.cite_info.publication === 'Test Courier');
    const attack = market.find((r) => r.casualties?.killed?.phrase?.includes('at least 40'));
    expect(attack).toBeDefined();
    expect(attack!.casualties.killed).toMatchObject({
      low: 40,
      high: null,
      qualifier: 'at least',
      shown: '40+',
    });
    expect(attack!.casualties.injured).toMatchObject({ best: 12, shown: '12' });
    expect(attack!.casualties.claim_source).toBe('police');
    const tally = market.find((r) => r.casualties?.killed_total);
    expect(tally!.casualties.killed_total).toMatchObject({ best: 300, cumulative: true });
    expect(tally!.size?.dead ?? null).toBeNull();
    const inc = incidents.find((i) => i.id === attack!.casualties.incident_id)!;
    expect(inc.casualties.killed).toMatchObject({ low: 40, open: true });
    expect(inc.casualties.injured?.best).toBe(12);
  });

  it('csv: RFC 4180 with CRLF, evidence sentence column, ledger sums and no running total in killed_*', async () => {
    const rows = parseCsv(await exportTo('csv'));
    const [header, ...body] = rows;
    expect(header).toEqual([...CSV_COLUMNS]);
    for (const r of body) expect(r).toHaveLength(CSV_COLUMNS.length);
    const col = (r: string[], name: (typeof CSV_COLUMNS)[number]) => r[CSV_COLUMNS.indexOf(name)]!;
    const num = (s: string) => (s === '' ? 0 : Number(s));
    expect(body.reduce((a, r) => a + num(col(r, 'incident_killed_best')), 0)).toBe(ledgerKilled());
    expect(body.filter((r) => col(r, 'incident_counted') === '1')).toHaveLength(incidents.length);
    const jsonl = jsonLines(await exportTo('jsonl'));
    const byId = new Map(jsonl.map((e) => [e.id, e]));
    for (const r of body) {
      const e = byId.get(col(r, 'event_id'))!;
      expect(col(r, 'evidence_sentence')).toBe(e.sentenceText);
      if (e.casualties?.killed?.cumulative) {
        expect(col(r, 'killed_best')).toBe('');
        expect(col(r, 'killed_total_best')).toBe(String(e.casualties.killed.best ?? ''));
      }
    }
    const floor = body.find((r) => col(r, 'killed_qualifier') === 'at least');
    expect(col(floor!, 'killed_shown')).toBe('40+');
    expect(col(floor!, 'killed_best')).toBe('');
    expect(col(floor!, 'injured_best')).toBe('12');
    expect(col(floor!, 'casualty_source')).toBe('police');
  });

  it('jsonl: each event names its incident, and the counted figures sum to the ledger', async () => {
    const recs = jsonLines(await exportTo('jsonl'));
    const counted = recs.filter((e) => e.incident?.counted);
    expect(counted.reduce((a, e) => a + (e.incident.killed?.best ?? 0), 0)).toBe(ledgerKilled());
    const ids = new Set(incidents.flatMap((i) => i.sources.map((s) => s.eventId)));
    for (const e of recs) expect(!!e.incident).toBe(ids.has(e.id));
  });

  it('gdelt: 61 tab-separated GDELT 2.0 columns, DATEADDED to the second, FIPS geography', async () => {
    const lines = (await exportTo('gdelt')).trimEnd().split('\n');
    const header = lines[0]!.split('\t');
    expect(header).toEqual([...GDELT_COLUMNS]);
    expect(header).toHaveLength(61);
    expect(header.slice(35, 43)).toEqual([
      'Actor1Geo_Type',
      'Actor1Geo_FullName',
      'Actor1Geo_CountryCode',
      'Actor1Geo_ADM1Code',
      'Actor1Geo_ADM2Code',
      'Actor1Geo_Lat',
      'Actor1Geo_Long',
      'Actor1Geo_FeatureID',
    ]);
    const rows = lines.slice(1).map((l) => l.split('\t'));
    const col = (r: string[], n: string) => r[GDELT_COLUMNS.indexOf(n)]!;
    for (const r of rows) {
      expect(r).toHaveLength(61);
      expect(col(r, 'DATEADDED')).toMatch(/^20\d{12}$/);
      // Unknown actors are blank, never "---".
      expect(col(r, 'Actor1Code')).not.toMatch(/-/);
      expect(col(r, 'Actor2Code')).not.toMatch(/-/);
    }
    const kano = rows.find((r) => col(r, 'ActionGeo_FullName') === 'Kano');
    expect(col(kano!, 'ActionGeo_CountryCode')).toBe('NI'); // FIPS 10-4 Nigeria; ISO would be NGA
    const iso = (await exportTo('gdelt', ['--geo-codes', 'iso3'])).split('\n').map((l) => l.split('\t'));
    expect(col(iso.find((r) => col(r, 'ActionGeo_FullName') === 'Kano')!, 'ActionGeo_CountryCode')).toBe(
      'NGA',
    );
    const v1 = (await exportTo('gdelt1')).trimEnd().split('\n');
    expect(v1[0]!.split('\t')).toEqual([...GDELT1_COLUMNS]);
    for (const l of v1) expect(l.split('\t')).toHaveLength(58);
  });

  it('refuses an unknown geography code scheme once, naming what it expects', async () => {
    const r = await runCli(['export', '--db', db, '--format', 'gdelt', '--geo-codes', 'fips5']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('lapwing: --geo-codes "fips5": expected fips or iso3');
  });
});
