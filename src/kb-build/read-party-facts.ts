import { join } from 'node:path';
import { newResult, type SourceResult, skip } from './builder-types.js';
import { readCsv } from './read-csv.js';
import { sourceIndex } from './sources.js';

/** Parties that ended before this year are left out: news rarely names them. */
const SINCE = 1990;

/**
 * Party Facts core parties: names in English and the original language as `PTY` of their country,
 * dated by first and last year. An acronym may stand alone only when no other party has it.
 */
export function readPartyFacts(dir: string, known: (iso3: string) => boolean): SourceResult {
  const out = newResult();
  const src = sourceIndex('party-facts');
  const rows = readCsv(join(dir, 'import/elecglob/partyfacts-core-parties.csv'));
  const acronymCount = new Map<string, number>();
  for (const r of rows)
    if (r.name_short) acronymCount.set(r.name_short, (acronymCount.get(r.name_short) ?? 0) + 1);
  for (const r of rows) {
    if (!known(r.country)) {
      skip(out, 'country code not ISO alpha-3');
      continue;
    }
    const last = Number(r.year_last) || null;
    if (last !== null && last < SINCE) {
      skip(out, `ended before ${SINCE}`);
      continue;
    }
    // The first English name and the original one; names of one word ("Chinese", "League") are
    // too often ordinary words.
    const names = [
      ...new Set([(r.name_english ?? '').split(' / ')[0], r.name].map((s) => s?.trim() ?? '')),
    ].filter((n) => /\S\s+\S/.test(n) && !/\d{4}/.test(n));
    if (!names.length) {
      skip(out, 'no usable name');
      continue;
    }
    const acr = r.name_short?.trim();
    const short =
      acr && acr.length >= 2 && acronymCount.get(acr) === 1 && /^[A-Z][A-Z0-9-]+$/.test(acr) ? [acr] : [];
    out.entities.push({
      kind: 'organization',
      names,
      short,
      roles: [
        {
          code: `${r.country}PTY`,
          from: /^\d{4}$/.test(r.year_first) ? r.year_first : undefined,
          to: last ? String(last) : undefined,
          source: src,
        },
      ],
      key: `partyfacts.${r.partyfacts_id}`,
    });
  }
  return out;
}
