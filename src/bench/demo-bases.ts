import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Article } from '../core/records.js';

/** A benchmark seed text with its publication day. */
export interface Base {
  text: string;
  published: string | null;
}

/**
 * The demo articles as benchmark seeds (body without front matter, and its date), or the given
 * fallback texts when `demo/` is missing, so benchmarks also run from an installed package.
 */
export function loadDemoBases(fallback: readonly string[], fallbackDate: string): Base[] {
  const dir = 'demo';
  const bases: Base[] = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const parsed = matter(readFileSync(join(dir, f), 'utf8'));
      const d = parsed.data.date;
      const published = d instanceof Date ? d.toISOString().slice(0, 10) : d ? String(d) : null;
      bases.push({ text: parsed.content.trim(), published });
    }
  }
  return bases.length ? bases : fallback.map((text) => ({ text, published: fallbackDate }));
}

/** Given names for invented people. */
export const GIVEN_NAMES = [
  'Maria',
  'Jonas',
  'Aiko',
  'Pedro',
  'Fatima',
  'Oleksandr',
  'Ines',
  'Tomas',
  'Leila',
  'Ravi',
  'Greta',
];
const SYLLABLES = [
  'ka',
  'ro',
  'len',
  'vi',
  'dor',
  'mas',
  'te',
  'lu',
  'bran',
  'si',
  'gor',
  'na',
  've',
  'quin',
];

/** A plausible surname unique to `n`: syllables read as the digits of `n` in base 14. */
export function inventedSurname(n: number): string {
  let s = '';
  let x = n + SYLLABLES.length;
  while (x > 0) {
    s += SYLLABLES[x % SYLLABLES.length];
    x = Math.floor(x / SYLLABLES.length);
  }
  return s[0].toUpperCase() + s.slice(1);
}

/** Words that stand right before a person's name in a run of capitalised words. */
const TITLES = new Set(
  'President Minister Secretary State Senator Governor General Admiral Commander Leader Spokesman Spokeswoman Ambassador Envoy Mayor Judge Chief Director Representative Colonel Captain'.split(
    ' ',
  ),
);

/** A run of capitalised words ("President Donald Trump", "Secretary of State Marco Rubio" gives "State Marco Rubio"). */
const RUN = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g;

/**
 * The k-th variant of a text with people nobody has seen before, as in a stream of real news: in a
 * run of capitalised words whose last word also stands alone in the text ("President Gustavo
 * Petro" … "Petro said") or whose last two words follow a title ("Secretary of State Marco
 * Rubio"), the last two words are a person's name and become a new one, and the lone surname
 * follows. Surnames are unique to `k`, so no tokenizer or resolver cache has met
 * them. Small numbers shift with `k`, as in the other benchmark corpora.
 */
export function withFreshNames(text: string, k: number): string {
  const surnames = new Map<string, string>();
  const alone = (w: string) => new RegExp(`(?<![A-Z][a-z]* )\\b${w}\\b(?! [A-Z][a-z])`).test(text);
  const renamed = text.replace(RUN, (run: string) => {
    const words = run.split(' ');
    const last = words[words.length - 1];
    const titled = words.length >= 3 && TITLES.has(words[words.length - 3]);
    if (last.length < 4 || !(titled || alone(last))) return run;
    let fresh = surnames.get(last);
    if (!fresh) {
      fresh = inventedSurname(k * 97 + surnames.size);
      surnames.set(last, fresh);
    }
    const given = GIVEN_NAMES[(k + last.length) % GIVEN_NAMES.length];
    return [...words.slice(0, -2), given, fresh].join(' ');
  });
  let out = renamed;
  for (const [old, fresh] of surnames) out = out.replace(new RegExp(`\\b${old}\\b`, 'g'), fresh);
  return out.replace(/\b(\d{1,2})\b(?! \d{4})/g, (m) => String((Number(m) + k) % 97 || 1));
}

/** A benchmark article: English plain text with no metadata but its publication day. */
export function benchArticle(id: string, text: string, published: string | null): Article {
  return {
    id,
    text,
    title: null,
    outlet: null,
    published,
    url: null,
    language: 'eng',
    origin: 'bench',
    format: 'text',
  };
}
