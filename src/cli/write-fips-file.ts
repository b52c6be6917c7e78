/**
 * Regenerates `data/exports/fips-10-4.json` from the country-code-lookup package (MIT), which
 * lists FIPS 10-4 next to ISO 3166-1 codes for 251 countries and territories. Lapwing's own
 * country list calls Kosovo `XKK` where the package says `XKX`: both are written.
 * Run after a build: `node dist/cli/write-fips-file.js [output path]`.
 */
import { writeFileSync } from 'node:fs';
import lookup from 'country-code-lookup';
import { DATA_ROOT } from '../core/data-file.js';

/** Lapwing's ISO3 spellings that differ from the package's, and the package code they stand for. */
const ALIASES: Record<string, string> = { XKK: 'XKX' };

/** The rows of the table, sorted by ISO3. */
export function fipsRows(): { iso3: string; fips: string; name: string }[] {
  const rows = lookup.countries
    .filter((c) => /^[A-Z]{3}$/.test(c.iso3 ?? '') && /^[A-Z]{2}$/.test(c.fips ?? ''))
    .map((c) => ({ iso3: c.iso3, fips: c.fips, name: c.country }));
  for (const [ours, theirs] of Object.entries(ALIASES)) {
    const r = rows.find((x) => x.iso3 === theirs);
    if (r && !rows.some((x) => x.iso3 === ours)) rows.push({ ...r, iso3: ours });
  }
  return rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

if (process.argv[1]?.endsWith('write-fips-file.js')) {
  const rows = fipsRows();
  const file = {
    source:
      'FIPS 10-4 country codes by ISO 3166-1 alpha-3, from the country-code-lookup npm package 0.1.5 ' +
      '(fields fips and iso3); XKK added as Lapwing spells Kosovo. Regenerate with node dist/cli/write-fips-file.js.',
    licence: 'MIT (country-code-lookup); FIPS 10-4 codes are a US federal standard in the public domain',
  };
  const lines = rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  const text = `{\n "source": ${JSON.stringify(file.source)},\n "licence": ${JSON.stringify(file.licence)},\n "countries": [\n${lines}\n ]\n}\n`;
  writeFileSync(process.argv[2] ?? `${DATA_ROOT}exports/fips-10-4.json`, text);
  console.log(`wrote ${rows.length} countries`);
}
