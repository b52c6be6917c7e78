/**
 * Tokens and lookup keys for actor phrases. Keys are lower-case and free of diacritics so that
 * "Bogotá" and "Bogota", "Khürelsükh" and "Khurelsukh" meet; punctuation other than commas, the
 * possessive `'s` and `&` is dropped so that "Ho-jen" and "Ho jen", "d'Ivoire" and "d Ivoire" meet.
 */

/** One word of an actor phrase. */
export interface ActorToken {
  /** Text as written. */
  surface: string;
  /** Folded lookup key. */
  key: string;
  start: number;
  end: number;
  /** Written all in capitals (or as a dotted abbreviation such as "U.S."). */
  upper: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Built once: one pass per phrase, no per-call compilation.
const TOKEN_RE = /[A-Za-z](?:\.[A-Za-z])+\.?|['\u2019][sS](?![\p{L}])|[\p{L}\p{N}]+|[,&;]/gu;
const MARKS_RE = /\p{M}+/gu;
const NON_ASCII_RE = /[\u0080-\uffff]/;
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};
const SPECIAL_RE = /[ßøłđıæœþð]/g;

/** Lower-case, diacritic-free form of a word. */
export function foldKey(word: string): string {
  let k = word.toLowerCase();
  if (NON_ASCII_RE.test(k)) {
    k = k
      .normalize('NFKD')
      .replace(MARKS_RE, '')
      .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
  }
  return k;
}

/** Splits a phrase into tokens with folded keys. */
export function tokenizeActor(text: string): ActorToken[] {
  const out: ActorToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const surface = m[0];
    let key: string;
    const c0 = surface.charCodeAt(0);
    if (c0 === 39 || c0 === 0x2019) key = "'s";
    else if (surface.length > 2 && surface.includes('.')) key = foldKey(surface.replace(/\./g, ''));
    else key = foldKey(surface);
    // ASCII letters first: most words start with one, and the Unicode checks below allocate
    const asciiLetter = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
    const hasLetter = asciiLetter || /\p{L}/u.test(surface);
    const upper =
      hasLetter &&
      !(asciiLetter && c0 >= 97) &&
      surface === surface.toUpperCase() &&
      surface !== surface.toLowerCase();
    let cap = asciiLetter ? c0 <= 90 : hasLetter && surface[0] !== surface[0].toLowerCase();
    // The parts of a hyphenated name share its capital ("Ho-jen", "Oyun-Erdene").
    const prev = out[out.length - 1];
    if (!cap && prev?.cap && prev.end === m.index - 1 && text[prev.end] === '-') cap = true;
    out.push({ surface, key, start: m.index, end: m.index + surface.length, upper, cap });
  }
  return out;
}

/** Folded keys of a phrase joined by single spaces: the form every lookup map is keyed by. */
export function phraseKey(text: string): string {
  return tokenizeActor(text)
    .map((t) => t.key)
    .join(' ');
}

const KEY_MEMO = new Map<string, string>();
const KEY_MEMO_MAX = 20_000;

/**
 * `phraseKey`, remembered: for run-time lookups of names an article repeats ("Petro", "he",
 * "Gustavo Petro"). Bounded; loaders that key whole gazetteers once use `phraseKey` itself.
 */
export function cachedPhraseKey(text: string): string {
  let key = KEY_MEMO.get(text);
  if (key === undefined) {
    key = phraseKey(text);
    if (KEY_MEMO.size >= KEY_MEMO_MAX) KEY_MEMO.clear();
    KEY_MEMO.set(text, key);
  }
  return key;
}

export { pluralsOf } from '../knowledge/plurals.js';
