import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltEntity, SourceResult } from './builder-types.js';
import { newResult, skip } from './builder-types.js';
import type { PositionSector } from './positions.js';
import { readCsv } from './read-csv.js';
import { sourceIndex } from './sources.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Office holders derived from Wikidata (`holders21_all.csv`: jurisdiction, position, person, QID,
 * start, end): one person per QID, one dated role per spell, the sector from the position table.
 * The seats in legislatures (`legislators_all.csv`, same columns) of those people add `LEG` roles,
 * so that a former minister who still sits in parliament is a legislator, not an ex-official.
 */
export function readWikidataHolders(
  dir: string,
  sectorOf: (position: string) => PositionSector,
  countryOf: (name: string) => string | null,
): SourceResult {
  const out = newResult();
  const src = sourceIndex('wikidata-holders');
  const byId = new Map<string, BuiltEntity>();
  for (const row of readCsv(join(dir, 'holders21_all.csv'))) {
    const country = countryOf(row.jurisdiction);
    if (!country) {
      skip(out, `jurisdiction not a country: ${row.jurisdiction}`);
      continue;
    }
    const pos = sectorOf(row.position);
    if (!pos) {
      skip(out, 'position not in positions.yaml');
      continue;
    }
    if (!pos.sector) {
      skip(out, `position dropped by ${pos.rule}`);
      continue;
    }
    const name = row.person?.trim();
    if (!name || !/^Q\d+$/.test(row.personID) || /^Q\d+$/.test(name)) {
      skip(out, 'row without a person name or QID');
      continue;
    }
    const from = DATE.test(row.start) ? row.start : undefined;
    const to = DATE.test(row.end) ? row.end : undefined;
    let e = byId.get(row.personID);
    if (!e) {
      e = { kind: 'person', names: [name], roles: [], key: `wd.${row.personID.toLowerCase()}` };
      byId.set(row.personID, e);
      out.entities.push(e);
    }
    e.roles.push({ code: `${country}${pos.sector}`, from, to, source: src, note: row.position });
  }
  const legislators = join(dir, 'legislators_all.csv');
  if (existsSync(legislators)) addSeats(out, byId, readCsv(legislators), countryOf);
  return out;
}

/** Seats that ended before this year are left out for people who hold no office in the holders file. */
const MEMBERS_SINCE = '2000';

/**
 * Adds legislature seats: to the office holders already read, and as people of their own for
 * members who held a seat since 2000 (a name of one word, too often a common word, stays out).
 */
function addSeats(
  out: SourceResult,
  byId: Map<string, BuiltEntity>,
  rows: Iterable<Record<string, string>>,
  countryOf: (name: string) => string | null,
): void {
  const src = sourceIndex('wikidata-holders');
  for (const row of rows) {
    let e = byId.get(row.personID);
    if (!e) {
      const name = row.person?.trim() ?? '';
      if ((row.end && row.end < MEMBERS_SINCE) || !/^Q\d+$/.test(row.personID) || /^Q\d+$/.test(name))
        continue;
      if (name.split(/\s+/).length < 2) {
        skip(out, 'member with a one-word name');
        continue;
      }
      e = { kind: 'person', names: [name], roles: [], key: `wd.${row.personID.toLowerCase()}` };
      byId.set(row.personID, e);
      out.entities.push(e);
    }
    const country = countryOf(row.jurisdiction);
    if (!country) {
      skip(out, 'legislature seat outside a country');
      continue;
    }
    const code = `${country}LEG`;
    const from = DATE.test(row.start) ? row.start : undefined;
    const to = DATE.test(row.end) ? row.end : undefined;
    if (!from && !to) {
      skip(out, 'legislature seat without dates');
      continue;
    }
    if (e.roles.some((r) => r.code === code && r.from === from && r.to === to)) continue;
    e.roles.push({ code, from, to, source: src, note: row.position });
  }
  // members whose every seat was outside a country or undated
  const kept = out.entities.filter((x) => x.roles.length > 0);
  out.entities.length = 0;
  out.entities.push(...kept);
}
