import type { Sentence, Token } from '../core/records.js';
import { winkFor } from './wink.js';

/**
 * Tokens of a whole article with universal POS tags, lemmas and a negation-scope flag, grouped by
 * sentence. wink runs once over the whole text (one pass is much cheaper than one per sentence);
 * its tokens are then placed back at their character offsets and dealt out to our sentences.
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[][] {
  return tokenizeWithLower(text, sentences).tokens;
}

/** Lower-cased token surfaces with the typographic apostrophe made plain, for look-ups. */
export function lowerOf(t: Token): string {
  const w = t.text.toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

/**
 * As `tokenize`, plus each token's lower-cased surface (`lowerOf`), computed once here because
 * every finder looks words up by it.
 */
export function tokenizeWithLower(
  text: string,
  sentences: readonly Sentence[],
): { tokens: Token[][]; lowers: string[][] } {
  const nlp = winkFor(text.length);
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  // wink's typings do not accept every `its` helper in `out`, although the runtime does.
  const read = tokens.out.bind(tokens) as unknown as (f: unknown) => unknown[];
  const values = read(its.value) as string[];
  const pos = read(its.pos) as string[];
  const lemmas = read(its.lemma) as string[];
  const out: Token[][] = sentences.map(() => []);
  let cursor = 0;
  let si = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (pos[i] === 'SPACE' || value.trim() === '') continue;
    // wink reports preceding spaces but not newlines, so the position is searched for; the search
    // is almost always a hit at or just after the cursor.
    let start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) continue;
    const end = start + value.length;
    cursor = end;
    while (si < sentences.length && sentences[si].end <= start) si++;
    if (si >= sentences.length) break;
    if (start < sentences[si].start) start = Math.max(start, sentences[si].start);
    out[si].push({ start, end, text: value, pos: pos[i], lemma: lemmas[i] ?? value.toLowerCase() });
  }
  const lowers = out.map((toks) => {
    markNegationScope(toks);
    return toks.map(lowerOf);
  });
  return { tokens: out, lowers };
}

/** Words that open a negation scope, as in wink's negation pipe (which also counts "fail", "prevent"). */
const NEGATORS = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'nor',
  'neither',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'cannot',
  'without',
  'fail',
  'fails',
  'failed',
  'failing',
  'prevent',
  'prevents',
  'prevented',
  'preventing',
  'refuse',
  'refuses',
  'refused',
  'refusing',
]);

/**
 * Marks tokens inside a negation scope: from just after a negator to the next punctuation mark,
 * the same rule as wink's negation pipe, done here in one pass instead of running that pipe.
 */
export function markNegationScope(toks: Token[]): void {
  let inScope = false;
  for (const t of toks) {
    if (t.pos === 'PUNCT') {
      inScope = false;
      continue;
    }
    if (inScope) t.negated = true;
    if (NEGATORS.has(t.text.toLowerCase())) inScope = true;
  }
}
