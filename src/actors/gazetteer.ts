import type { KbEntity } from '../knowledge/entity-schema.js';
import type { BuiltLayer } from './built-layer.js';
import { phraseKey } from './normalize.js';
import type { ModifierRule, SectorRule } from './schemas.js';

/**
 * The gazetteer the resolver reads phrases with: what a phrase key can stand for, and how its
 * readings are added. Built by `knowledge.ts`.
 */

/** How a country-bearing phrase names its country. */
export type CountryVia = 'name' | 'demonym' | 'demonym-plural' | 'capital' | 'seat' | 'region' | 'city';

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
  /**
   * Gazetteer readings by phrase key (folded words joined by single spaces): countries, sectors,
   * curated entities, user dictionaries, and the built entities that share a key with them.
   */
  phrases: Map<string, GazEntry[]>;
  /**
   * The same keys as a tree of words, so that a scan stops as soon as no phrase can match, stepping
   * from word to word without joining a key string at each step (joining and hashing keys was most
   * of the matcher's time).
   */
  prefixTree: PrefixNode;
  /** The built knowledge base's other names, read when a text names them (null when not built). */
  built: BuiltLayer | null;
  /** Display name of each country code. */
  countryName: Map<string, string>;
  /** ISO alpha-2 to our country code (Kosovo is XKX, not the library's XKK). */
  alpha2To3: Map<string, string>;
  /** Curated and user entities (the built ones are counted by `built`). */
  entities: KbEntity[];
}

/** Acronyms and short forms written in capitals are matched only in capitals ("US" vs "us"). */
export function isUpperAlias(alias: string): boolean {
  const letters = alias.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 5 && alias === alias.toUpperCase();
}

/** The reading an entity's name or short form gives. */
export function entityEntry(entity: KbEntity, alias: string, via: 'name' | 'short'): GazEntry {
  if (via === 'short')
    return {
      item: { t: 'entity', entity, via },
      upperOnly: isUpperAlias(alias),
      needsCap: true,
      alwaysCap: true,
    };
  // A one-word organisation name is often a common noun too ("shell", "total", "apple"):
  // written in lower case it is the noun, even when the whole input is lower case.
  // So is one with "the" before the word ("The Union", "The Left").
  const bare = alias.trim().replace(/^the\s+/i, '');
  const wordName = entity.kind === 'organization' && !/\s/.test(bare) && /^[A-Z]/.test(bare);
  return {
    item: { t: 'entity', entity, via },
    upperOnly: isUpperAlias(alias),
    needsCap: true,
    alwaysCap: wordName,
  };
}

export function sameItem(a: GazItem, b: GazItem): boolean {
  if (a.t !== b.t) return false;
  if (a.t === 'country' && b.t === 'country')
    return a.iso3 === b.iso3 && a.via === b.via && a.sector === b.sector;
  if (a.t === 'entity' && b.t === 'entity') return a.entity.id === b.entity.id;
  if (a.t === 'sector' && b.t === 'sector') return a.rule.id === b.rule.id;
  if (a.t === 'modifier' && b.t === 'modifier') return a.rule.id === b.rule.id;
  if (a.t === 'area' && b.t === 'area') return a.name === b.name;
  return false;
}

/** Adds a reading under its key; the same reading under the same key twice adds nothing. */
export function addEntry(map: Map<string, GazEntry[]>, key: string, entry: GazEntry): void {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (!list.some((e) => sameItem(e.item, entry.item))) list.push(entry);
  } else map.set(key, [entry]);
}

/** Adds a reading of `alias` (keyed by `phraseKey` unless the key is given). */
export function add(
  map: Map<string, GazEntry[]>,
  alias: string,
  item: GazItem,
  needsCap: boolean,
  alwaysCap = false,
  knownKey?: string,
): void {
  addEntry(map, knownKey ?? phraseKey(alias), { item, upperOnly: isUpperAlias(alias), needsCap, alwaysCap });
}
