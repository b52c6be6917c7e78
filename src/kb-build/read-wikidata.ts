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
  return out;
}
