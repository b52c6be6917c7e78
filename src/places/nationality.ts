import { loadDemonyms } from './place-data.js';

/** A word: letters and digits, dots inside abbreviations ("U.S."), a final dot kept to try both ways. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|\.(?=\p{L}))*\.?/gu;
/** The next word of a phrase, after a space or a hyphen ("Trinidad and Tobago", "Bissau-Guinean"). */
const NEXT = /(?:\s+|-)([\p{L}\p{N}](?:[\p{L}\p{N}]|\.(?=\p{L}))*\.?)/uy;

interface Index {
  /** Every nationality phrase as written (single spaces), to its country. */
  byPhrase: Map<string, string>;
  /** First words of the phrases, to the most words a phrase starting with it has. */
  firstWords: Map<string, number>;
}

let index: Index | null = null;

function load(): Index {
  if (index) return index;
  const byPhrase = new Map<string, string>();
  const firstWords = new Map<string, number>();
  for (const d of loadDemonyms()) {
    for (const w of d.words) {
      const phrase = w.trim().replace(/\s+/g, ' ');
      if (!byPhrase.has(phrase)) byPhrase.set(phrase, d.country);
      const words = phrase.split(/[\s-]/);
      firstWords.set(words[0], Math.max(firstWords.get(words[0]) ?? 0, words.length));
    }
  }
  index = { byPhrase, firstWords };
  return index;
}

/** A nationality word found in text: the ISO3 it names and where. */
export interface NationalityHit {
  country: string;
  start: number;
  end: number;
}

const withoutDot = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

/**
 * Every nationality word ("Colombian", "Venezuelans", "U.S. citizens") in a text. Case-sensitive on
 * purpose: demonyms are capitalised, and "dominican" or "french" in lower case are rarer than the
 * nationality.
 */
export function findNationalities(text: string): NationalityHit[] {
  const { byPhrase, firstWords } = load();
  const out: NationalityHit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const c = m[0].charCodeAt(0);
    // most words are lower case; nationality phrases start with a capital
    if (c >= 97 && c <= 122) continue;
    const max = firstWords.get(m[0]) ?? firstWords.get(withoutDot(m[0]));
    if (!max) continue;
    // the phrase's possible ends, shortest first
    const ends = [m.index + m[0].length];
    NEXT.lastIndex = ends[0];
    while (ends.length < max) {
      const w = NEXT.exec(text);
      if (!w) break;
      ends.push(NEXT.lastIndex);
    }
    for (let n = ends.length - 1; n >= 0; n--) {
      const phrase = text.slice(m.index, ends[n]).replace(/\s+/g, ' ');
      let country = byPhrase.get(phrase);
      let end = ends[n];
      if (!country && phrase.endsWith('.')) {
        country = byPhrase.get(phrase.slice(0, -1));
        end--;
      }
      if (country) {
        out.push({ country, start: m.index, end });
        WORD.lastIndex = end;
        break;
      }
    }
  }
  return out;
}
