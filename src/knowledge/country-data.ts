import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DATA_ROOT } from '../core/data-file.js';

/**
 * The parts of `data/actors/countries.json` that readers below the actor stage use (mention
 * detection, places): names, demonyms and seats. The whole file is validated at build time by the
 * actor stage's schema.
 */
const countriesPart = z.object({
  countries: z.array(
    z.object({
      iso3: z.string(),
      names: z.array(z.string()).optional(),
      demonyms: z.array(z.string()).optional(),
      seats: z.array(z.object({ names: z.array(z.string()) })).optional(),
    }),
  ),
});

export type CountryData = z.infer<typeof countriesPart>;

let cached: CountryData | null = null;

/** The country data, read once per process. */
export function countryData(): CountryData {
  cached ??= countriesPart.parse(JSON.parse(readFileSync(`${DATA_ROOT}actors/countries.json`, 'utf8')));
  return cached;
}
