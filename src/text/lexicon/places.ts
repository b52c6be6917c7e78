import { createRequire } from 'node:module';
import { onKnowledgeReset } from '../../knowledge/knowledge-reset.js';
import { dataCountryNames, fold } from '../../knowledge/mention-names.js';
import { majorCities } from './major-cities.js';

const require = createRequire(import.meta.url);

export { fold };

let countryNames: Set<string> | null = null;
const displayNames = new Map<string, string>();
onKnowledgeReset(() => {
  countryNames = null;
});

/** Lower-cased, folded English country names and short forms ("u.s.", "russia", "colombia"). */
export function countryNameSet(): ReadonlySet<string> {
  if (countryNames) return countryNames;
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const set = new Set<string>();
  for (const v of Object.values(en.countries)) {
    const names = (Array.isArray(v) ? v : [v]).filter((n) => !n.includes(','));
    // The display name: the shortest ordinary name ("Russia", "United States", "China").
    const display =
      names.filter((n) => n.length > 3 && n !== n.toUpperCase()).sort((a, b) => a.length - b.length)[0] ??
      names[0];
    for (const name of names) {
      set.add(fold(name));
      if (display) displayNames.set(fold(name), display);
    }
  }
  // Everyday names the ISO list leaves out ("Britain", "Burma"), from the actor data that the
  // resolver reads too, and the countries of user dictionaries.
  for (const [alias, all] of dataCountryNames()) {
    const display = countryDisplayFor(all);
    for (const a of alias.startsWith('the ') ? [alias] : [alias, `the ${alias}`]) {
      set.add(a);
      if (!displayNames.has(a)) displayNames.set(a, display);
    }
  }
  countryNames = set;
  return set;
}

/** The ISO display name of a country our data names by any of its names ("Britain"). */
function countryDisplayFor(names: readonly string[]): string {
  for (const n of names) {
    const d = displayNames.get(fold(n));
    if (d) return d;
  }
  return names[0];
}

/** The display name of a country from any of its names: "U.S." and "USA" give "United States". */
export function countryDisplayName(name: string): string | undefined {
  countryNameSet();
  return displayNames.get(fold(name));
}

/** Cities the major-city list leaves out because GeoNames names them differently. */
const EXTRA_CITIES = new Set([
  'washington',
  'new york',
  'mosul',
  'aleppo',
  'kharkiv',
  'odesa',
  'odessa',
  'gaza city',
  'rafah',
  'khan younis',
  'kabul',
  'cucuta',
  'cali',
  'medellin',
]);

let cityNames: Set<string> | null = null;

/** True if the folded name is a major city. */
export function isCity(name: string): boolean {
  if (!cityNames) {
    cityNames = new Set(majorCities().map(fold));
    for (const c of EXTRA_CITIES) cityNames.add(c);
  }
  return cityNames.has(fold(name));
}

/** Regions larger or other than a country. */
const REGIONS = new Set([
  'latin america',
  'south america',
  'north america',
  'central america',
  'the americas',
  'americas',
  'middle east',
  'europe',
  'africa',
  'asia',
  'caribbean',
  'oceania',
  'eurasia',
  'balkans',
  'the balkans',
  'sahel',
  'maghreb',
  'west africa',
  'east africa',
  'north africa',
  'southern africa',
  'horn of africa',
  'southeast asia',
  'south asia',
  'east asia',
  'central asia',
  'western europe',
  'eastern europe',
  'scandinavia',
  'gulf',
  'persian gulf region',
  'west bank',
  'gaza',
  'gaza strip',
  'crimea',
  'donbas',
  'donbass',
  'kashmir',
  'darfur',
  'kurdistan',
  'tibet',
  'xinjiang',
  'catatumbo',
  'andes',
  'amazon',
  'patagonia',
  'siberia',
  'levant',
  'arctic',
  'antarctic',
]);

/** Head words that make a proper name a region. */
const REGION_HEADS = new Set([
  'province',
  'region',
  'county',
  'district',
  'governorate',
  'oblast',
  'territory',
  'valley',
  'peninsula',
  'state',
  'department',
  'prefecture',
  'canton',
  'municipality',
]);

/** Head words that make a proper name a body of water. */
const SEA_HEADS = new Set([
  'sea',
  'ocean',
  'gulf',
  'bay',
  'strait',
  'straits',
  'channel',
  'lake',
  'river',
  'lagoon',
  'sound',
]);

/** True if the folded name is a known region, or ends in a region head ("Sucre Department"). */
export function isRegion(folded: string, lastWord: string): boolean {
  return REGIONS.has(folded) || REGIONS.has(folded.replace(/^the /, '')) || REGION_HEADS.has(lastWord);
}

/** True if the name is a sea, ocean, gulf, strait...: by its head or a leading "Gulf of". */
export function isSea(folded: string, lastWord: string, firstWord: string): boolean {
  return SEA_HEADS.has(lastWord) || (SEA_HEADS.has(firstWord) && folded.includes(' of '));
}
