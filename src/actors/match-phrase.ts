import { NOT_NAMES } from '../text/lexicon/actors.js';
import type { GazEntry, Knowledge, PrefixNode } from './gazetteer.js';
import { cities } from './knowledge.js';
import { type ActorToken, tokenizeActor } from './normalize.js';

/** A run of tokens read one way: a gazetteer phrase, a preposition, a conjunction or a bare word. */
export interface Piece {
  /** Token range `[from, to)`. */
  from: number;
  to: number;
  /** Gazetteer readings (several when a phrase is ambiguous); empty for bare words. */
  entries: GazEntry[];
  /** Structural role of a bare word. */
  word?: 'prep' | 'conj' | 'comma' | 'possessive' | 'number' | 'noun' | 'name';
}

/** A phrase split into pieces. */
export interface MatchedPhrase {
  tokens: ActorToken[];
  pieces: Piece[];
}

/** Prepositions that open a complement ("president of the Riigikogu", "ambassador to Poland"). */
export const PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'to',
  'from',
  'for',
  'across',
  'on',
  'with',
  'against',
  'near',
  'over',
  'by',
  'under',
  'inside',
  'outside',
  'between',
  'among',
  'within',
  'throughout',
  'into',
  'toward',
  'towards',
  'around',
]);

const NAME_PARTICLES = new Set([
  'the',
  'al',
  'el',
  'de',
  'del',
  'la',
  'las',
  'los',
  'le',
  'van',
  'von',
  'der',
  'da',
  'di',
  'du',
  'bin',
  'ibn',
  'ben',
  'abu',
]);

/** Prefixes joined by a hyphen that make a country the object of an opinion ("anti-Syria"). */
const OPINION_PREFIXES = new Set(['anti', 'pro']);

/** Currency signs that make a country name before them the money's ("US $50", "HK$2"). */
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);
const SPACE = /\s/;

/** Is there a currency sign at `at` in `text` (after at most one space)? */
export function currencyAt(text: string, at: number): boolean {
  // read by characters: this runs after every gazetteer phrase found, and a regex per call cost more
  const ch = text.charAt(at);
  if (CURRENCY_SIGNS.has(ch)) return true;
  return ch !== '' && (ch === ' ' || SPACE.test(ch)) && CURRENCY_SIGNS.has(text.charAt(at + 1));
}

const CONJUNCTIONS = new Set(['and', '&', 'or', 'plus']);

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'dozen',
  'dozens',
  'hundreds',
  'thousands',
  'several',
  'many',
  'some',
  'few',
  'both',
  'all',
  'most',
  'more',
  'other',
]);

function acceptable(e: GazEntry, toks: ActorToken[], from: number, to: number, anyCaps: boolean): boolean {
  if (e.upperOnly) {
    for (let i = from; i < to; i++) if (!toks[i].upper) return false;
    return true;
  }
  if (e.alwaysCap || (e.needsCap && anyCaps)) {
    // Lower-case particles open many names ("the States", "al-Shabaab", "von der Leyen"); a
    // capital on "The" at the start of a sentence says nothing of the word after it ("The union").
    let f = from;
    while (f < to - 1 && NAME_PARTICLES.has(toks[f].key) && (!toks[f].cap || toks[f].key === 'the')) f++;
    return toks[f].cap;
  }
  return true;
}

/** `list` less the entries that `drop` picks; `list` itself when it picks none, as it mostly does. */
function without(list: GazEntry[], drop: (e: GazEntry) => boolean): GazEntry[] {
  return list.some(drop) ? list.filter((e) => !drop(e)) : list;
}

/** The prefix-tree nodes read at one point of a phrase; reused, since matching never nests. */
const NODES: PrefixNode[] = [];
/** The built knowledge base's keys read at one point of a phrase (`NODES` for the built layer). */
const BUILT_KEYS: string[] = [];

/**
 * Reads a phrase left to right, taking at each point the longest gazetteer phrase whose casing
 * fits. Text typed all in lower case may match names too.
 */
export function matchPhrase(
  text: string,
  k: Knowledge,
  toks: ActorToken[] = tokenizeActor(text),
): MatchedPhrase {
  const anyCaps = toks.some((t) => t.cap);
  const pieces: Piece[] = [];
  let i = 0;
  /** The longest acceptable gazetteer phrase starting at token i, if any. */
  const longestAt = (i: number): Piece | null => {
    let found: Piece | null = null;
    let node = k.prefixTree;
    let count = 0;
    for (let n = 1; i + n <= toks.length; n++) {
      const child = node.next.get(toks[i + n - 1].key);
      if (!child) break;
      node = child;
      NODES[count++] = child;
    }
    // The built knowledge base's names, by keys joined word by word while some key starts so
    // (where the gazetteer has a key of its own, it holds the built readings too).
    let builtCount = 0;
    const built = k.built;
    if (built) {
      let key = toks[i].key;
      while (i + builtCount < toks.length && built.has(key)) {
        BUILT_KEYS[builtCount++] = key;
        if (i + builtCount < toks.length) key = `${key} ${toks[i + builtCount].key}`;
      }
    }
    for (let n = Math.max(count, builtCount); n >= 1 && !found; n--) {
      const list =
        (n <= count ? NODES[n - 1].entries : undefined) ??
        (n <= builtCount ? built!.entries(BUILT_KEYS[n - 1]) : undefined);
      if (!list) continue;
      // the gazetteer's own list when every reading fits (most lists hold one): pieces only read it
      let ok = list.every((e) => acceptable(e, toks, i, i + n, anyCaps))
        ? list
        : list.filter((e) => acceptable(e, toks, i, i + n, anyCaps));
      // A name read in capitals is not also a function word ("U.S." is not "us").
      if (ok.some((e) => e.item.t === 'entity' || e.item.t === 'country'))
        ok = without(ok, (e) => e.item.t === 'modifier');
      // A country's own name outweighs a person who shares it as a surname ("Jordan",
      // "Montenegro"): the surname reading is kept only when nothing names a country.
      if (ok.some((e) => e.item.t === 'country' && e.item.via !== 'city'))
        ok = without(ok, (e) => e.item.t === 'entity' && e.item.via === 'short');
      // "anti-Syria", "pro-Iranian": the country is what the actor is for or against, not whose it is.
      if (i > 0 && OPINION_PREFIXES.has(toks[i - 1].key) && toks[i - 1].end + 1 === toks[i].start)
        ok = without(ok, (e) => e.item.t === 'country');
      // "US $50 million", "HK$ 2 billion": a country name before a currency sign names the money.
      if (currencyAt(text, toks[i + n - 1].end)) ok = without(ok, (e) => e.item.t === 'country');
      if (ok.length) found = { from: i, to: i + n, entries: ok };
    }
    return found;
  };
  while (i < toks.length) {
    let found = longestAt(i);
    // "the West Bank": a name that starts after the article and reaches further wins over one
    // that takes the article in ("the West")
    if (found && found.to - i > 1 && toks[i].key === 'the' && i + 1 < toks.length) {
      const after = longestAt(i + 1);
      if (after && after.to > found.to) found = null;
    }
    if (!found) {
      const t = toks[i];
      let word: Piece['word'];
      if (t.key === ',' || t.key === ';') word = 'comma';
      else if (t.key === "'s") word = 'possessive';
      else if (CONJUNCTIONS.has(t.key)) word = 'conj';
      else if (PREPOSITIONS.has(t.key) && !t.upper) word = 'prep';
      else if (/^\d/.test(t.key) || NUMBER_WORDS.has(t.key)) word = 'number';
      // a capital that opens a sentence does not make "Hours" or "However" a name
      else word = t.cap && !NOT_NAMES.has(t.key) ? 'name' : 'noun';
      found = { from: i, to: i + 1, entries: [], word };
    }
    pieces.push(found);
    i = found.to;
  }
  return { tokens: toks, pieces };
}

/** Looks a run of capitalised unknown words up as a city. */
export function cityOf(
  tokens: ActorToken[],
  from: number,
  to: number,
): { iso3: string; name: string } | null {
  const key = tokens
    .slice(from, to)
    .map((t) => t.key)
    .join(' ');
  return cities().get(key) ?? null;
}
