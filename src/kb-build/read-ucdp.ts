import { join } from 'node:path';
import { newResult, type SourceResult, skip } from './builder-types.js';
import { readCsv } from './read-csv.js';
import { sourceIndex } from './sources.js';

/**
 * UCDP armed actors (v22.1): non-state armed groups (`Org` 1) as rebels of the first country of
 * their location. Governments (`Org` 4) are the countries themselves; informal identity groups
 * (`Org` 3) are peoples and clans, not named organisations, and are left out.
 */
export function readUcdp(dir: string, countryOf: (name: string) => string | null): SourceResult {
  const out = newResult();
  const src = sourceIndex('ucdp-actor');
  for (const row of readCsv(join(dir, 'data/ucdp_ged/ucdp-actor-221.csv'))) {
    if (row.Org !== '1') {
      skip(out, `organisation type ${row.Org} (not an armed group)`);
      continue;
    }
    const places = (row.Location ?? '').split(',').map((s) => s.trim());
    const country = places.map(countryOf).find((c) => c) ?? null;
    const names = [row.NameData, row.NameOrigFullEng, row.NameOrig]
      .map((n) => (n ?? '').trim())
      .filter((n) => n && n !== 'n/a' && n.length > 2);
    if (!names.length) {
      skip(out, 'no name');
      continue;
    }
    out.entities.push({
      kind: 'organization',
      names: [...new Set(names)],
      roles: [{ code: country ? `${country}REB` : 'IMGREB', source: src }],
      key: `ucdp.${row.ActorId}`,
    });
  }
  return out;
}
