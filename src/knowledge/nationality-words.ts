import { countryData } from './country-data.js';
import { pluralsOf } from './plurals.js';

/** What makes a country's name a nationality ("U.S. citizens", "Trinidad and Tobago nationals"). */
const PEOPLE_NOUNS = ['citizen', 'citizens', 'national', 'nationals'];

/** One country's nationality words. */
export interface NationalityWords {
  country: string;
  words: string[];
}

let cached: NationalityWords[] | null = null;

/**
 * The words that say someone is of a country, from the actor data's `countries.json` (the one
 * list of demonyms): each demonym and its plural ("Colombian", "Colombians", "Germans"), and each
 * of the file's names of the country before "citizens" or "nationals".
 */
export function nationalityWords(): NationalityWords[] {
  if (cached) return cached;
  cached = countryData().countries.flatMap((c) => {
    const words = new Set<string>();
    for (const d of c.demonyms ?? []) for (const w of [d, ...pluralsOf(d, 'demonym')]) words.add(w);
    for (const n of c.names ?? []) {
      if (/^the /i.test(n)) continue;
      for (const p of PEOPLE_NOUNS) words.add(`${n} ${p}`);
    }
    return words.size ? [{ country: c.iso3, words: [...words] }] : [];
  });
  return cached;
}
