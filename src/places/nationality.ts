import { foldName } from './fold-name.js';
import { loadDemonyms } from './place-data.js';

let byWord: Map<string, string> | null = null;
let pattern: RegExp | null = null;

function load(): { byWord: Map<string, string>; pattern: RegExp } {
  if (byWord && pattern) return { byWord, pattern };
  byWord = new Map();
  for (const d of loadDemonyms()) for (const w of d.words) byWord.set(foldName(w), d.country);
  const words = [...new Set(loadDemonyms().flatMap((d) => d.words))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  // Case-sensitive on purpose: demonyms are capitalised, and "dominican" or "french" in lower case
  // are rarer than the nationality.
  pattern = new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'gu');
  return { byWord, pattern };
}

/** A nationality word found in text: the ISO3 it names and where. */
export interface NationalityHit {
  country: string;
  start: number;
  end: number;
}

/** Every nationality word ("Colombian", "Venezuelans", "U.S. citizens") in a text. */
export function findNationalities(text: string): NationalityHit[] {
  const { byWord: map, pattern: re } = load();
  const out: NationalityHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const country = map.get(foldName(m[0]));
    if (country) out.push({ country, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
