import type { Sentence, Token } from '../core/records.js';
import { wink } from './wink.js';

/**
 * Tokens of a whole article with universal POS tags, lemmas and wink's negation flag, grouped by
 * sentence. wink runs once over the whole text (one pass is much cheaper than one per sentence);
 * its tokens are then placed back at their character offsets and dealt out to our sentences.
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Token[][] {
  const nlp = wink();
  const its = nlp.its;
  const tokens = nlp.readDoc(text).tokens();
  // wink's typings do not accept every `its` helper in `out`, although the runtime does.
  const read = tokens.out.bind(tokens) as unknown as (f: unknown) => unknown[];
  const values = read(its.value) as string[];
  const pos = read(its.pos) as string[];
  const lemmas = read(its.lemma) as string[];
  const negated = read(its.negationFlag) as boolean[];
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
    const tok: Token = { start, end, text: value, pos: pos[i], lemma: lemmas[i] ?? value.toLowerCase() };
    if (negated[i]) tok.negated = true;
    out[si].push(tok);
  }
  return out;
}
