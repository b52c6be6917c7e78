import { createRequire } from 'node:module';
import { majorCities } from './major-cities.js';

const require = createRequire(import.meta.url);

/** Anything but printable ASCII; strings without it need no Unicode folding. */
const NOT_PLAIN_ASCII = /[^\x20-\x7e]/;

/** Folds diacritics and case so that "Bogotá" and "BOGOTA" look the same. */
export function fold(s: string): string {
  // ASCII has no decompositions, and most words are ASCII: skip the costly normalisation for them.
  if (!NOT_PLAIN_ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

let countryNames: Set<string> | null = null;
const displayNames = new Map<string, string>();

/** Everyday names the ISO list leaves out, with the display name of their country. */
const EXTRA_COUNTRY_NAMES: Record<string, string> = {
  america: 'United States',
  'the united states': 'United States',
  britain: 'United Kingdom',
  'u.k.': 'United Kingdom',
  england: 'United Kingdom',
  scotland: 'United Kingdom',
  wales: 'United Kingdom',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
  burma: 'Myanmar',
  'ivory coast': "Côte d'Ivoire",
  czechia: 'Czechia',
  uae: 'United Arab Emirates',
  syria: 'Syria',
  laos: 'Laos',
  moldova: 'Moldova',
  kosovo: 'Kosovo',
  macedonia: 'North Macedonia',
  'the gambia': 'Gambia',
  'the bahamas': 'Bahamas',
  'the philippines': 'Philippines',
  turkey: 'Turkey',
  vatican: 'Holy See',
  'north korea': 'North Korea',
};

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
  for (const [alias, display] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    set.add(alias);
    displayNames.set(alias, display);
  }
  // Everyday names the ISO list leaves out.
  countryNames = set;
  return set;
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

/** Demonyms and adjectives of nationality, lower-cased, with the country they point to. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  (
    'afghan:Afghanistan|albanian:Albania|algerian:Algeria|american:United States|angolan:Angola|argentine:Argentina|' +
    'argentinian:Argentina|armenian:Armenia|australian:Australia|austrian:Austria|azerbaijani:Azerbaijan|' +
    'bahraini:Bahrain|bangladeshi:Bangladesh|belarusian:Belarus|belgian:Belgium|bolivian:Bolivia|bosnian:Bosnia and Herzegovina|' +
    'brazilian:Brazil|british:United Kingdom|bulgarian:Bulgaria|burmese:Myanmar|burundian:Burundi|cambodian:Cambodia|' +
    'cameroonian:Cameroon|canadian:Canada|chadian:Chad|chilean:Chile|chinese:China|colombian:Colombia|congolese:Congo|' +
    'costa rican:Costa Rica|croatian:Croatia|cuban:Cuba|cypriot:Cyprus|czech:Czechia|danish:Denmark|dominican:Dominican Republic|' +
    'dutch:Netherlands|ecuadorian:Ecuador|ecuadorean:Ecuador|egyptian:Egypt|emirati:United Arab Emirates|eritrean:Eritrea|' +
    'estonian:Estonia|ethiopian:Ethiopia|filipino:Philippines|finnish:Finland|french:France|georgian:Georgia|german:Germany|' +
    'ghanaian:Ghana|greek:Greece|guatemalan:Guatemala|guinean:Guinea|haitian:Haiti|honduran:Honduras|hungarian:Hungary|' +
    'indian:India|indonesian:Indonesia|iranian:Iran|iraqi:Iraq|irish:Ireland|israeli:Israel|italian:Italy|ivorian:Ivory Coast|' +
    'jamaican:Jamaica|japanese:Japan|jordanian:Jordan|kazakh:Kazakhstan|kenyan:Kenya|kosovar:Kosovo|kuwaiti:Kuwait|' +
    'kyrgyz:Kyrgyzstan|lao:Laos|latvian:Latvia|lebanese:Lebanon|liberian:Liberia|libyan:Libya|lithuanian:Lithuania|' +
    'malaysian:Malaysia|malian:Mali|mauritanian:Mauritania|mexican:Mexico|moldovan:Moldova|mongolian:Mongolia|' +
    'montenegrin:Montenegro|moroccan:Morocco|mozambican:Mozambique|namibian:Namibia|nepalese:Nepal|nepali:Nepal|' +
    'nicaraguan:Nicaragua|nigerian:Nigeria|nigerien:Niger|north korean:North Korea|norwegian:Norway|omani:Oman|' +
    'pakistani:Pakistan|palestinian:Palestine|panamanian:Panama|paraguayan:Paraguay|peruvian:Peru|polish:Poland|' +
    'portuguese:Portugal|qatari:Qatar|romanian:Romania|russian:Russia|rwandan:Rwanda|salvadoran:El Salvador|saudi:Saudi Arabia|' +
    'senegalese:Senegal|serbian:Serbia|singaporean:Singapore|slovak:Slovakia|slovenian:Slovenia|somali:Somalia|' +
    'south african:South Africa|south korean:South Korea|south sudanese:South Sudan|spanish:Spain|sri lankan:Sri Lanka|' +
    'sudanese:Sudan|swedish:Sweden|swiss:Switzerland|syrian:Syria|taiwanese:Taiwan|tajik:Tajikistan|tanzanian:Tanzania|' +
    'thai:Thailand|tunisian:Tunisia|turkish:Turkey|turkmen:Turkmenistan|ugandan:Uganda|ukrainian:Ukraine|uruguayan:Uruguay|' +
    'uzbek:Uzbekistan|venezuelan:Venezuela|vietnamese:Vietnam|yemeni:Yemen|zambian:Zambia|zimbabwean:Zimbabwe|' +
    'european:European Union|african:Africa|asian:Asia|latin american:Latin America|south american:South America|' +
    'arab:Arab League|kurdish:Kurdistan|english:United Kingdom|scottish:United Kingdom|welsh:United Kingdom'
  )
    .split('|')
    .map((pair) => pair.split(':') as [string, string]),
);
