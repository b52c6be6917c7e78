import type { Sentence, Token } from '../core/records.js';
import { LemmaMemo, MISSING } from './lemma-memo.js';
import { maskLongRuns } from './opaque-runs.js';
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
  return lowerOfText(t.text);
}

function lowerOfText(text: string): string {
  const w = text.toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

/** The lemma memo of the wink instance in use, and that instance. */
let lemmaMemo = new LemmaMemo();
let lemmaOwner: unknown = null;

/** A wink token collection, as far as this file uses it. */
interface WinkTokens {
  out(f: unknown): unknown[];
  itemAt(k: number): { out(f: unknown): unknown };
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
  // wink reads a shadow of the text in which over-long runs (blobs) are one opaque `X`: its cost
  // would grow with the square of a run's length. Offsets are the same in both.
  const { shadow, runEnds } = maskLongRuns(text);
  // wink's typings do not accept every `its` helper in `out`, although the runtime does.
  const tokens = nlp.readDoc(shadow).tokens() as unknown as WinkTokens;
  const values = tokens.out(its.value) as string[];
  const ids = tokens.out(its.uniqueId) as number[];
  const pos = tokens.out(its.pos) as string[];
  const contracted = tokens.out(its.contractionFlag) as boolean[];
  if (lemmaOwner !== nlp) {
    lemmaMemo = new LemmaMemo();
    lemmaOwner = nlp;
  }
  const out: Token[][] = [];
  const lowers: string[][] = [];
  for (let k = 0; k < sentences.length; k++) {
    out.push([]);
    lowers.push([]);
  }
  let cursor = 0;
  let si = 0;
  let inScope = false;
  for (let i = 0; i < values.length; i++) {
    let value = values[i];
    let tag = pos[i];
    if (tag === 'SPACE' || value.trim() === '') continue;
    // wink reports preceding spaces but not newlines, so the position is searched for; the search
    // is almost always a hit at or just after the cursor.
    let start = shadow.startsWith(value, cursor) ? cursor : shadow.indexOf(value, cursor);
    if (start < 0) continue;
    let end = start + value.length;
    const runEnd = value === 'X' ? runEnds.get(start) : undefined;
    if (runEnd !== undefined) {
      // A masked run comes back whole, as one token of no known part of speech.
      end = runEnd;
      value = text.slice(start, end);
      tag = 'X';
    }
    cursor = end;
    if (si < sentences.length && sentences[si].end <= start) {
      inScope = false;
      while (si < sentences.length && sentences[si].end <= start) si++;
    }
    if (si >= sentences.length) break;
    if (start < sentences[si].start) start = Math.max(start, sentences[si].start);
    let lemma: string | undefined;
    if (runEnd !== undefined) lemma = undefined;
    else if (contracted[i]) lemma = tokens.itemAt(i).out(its.lemma) as string | undefined;
    else {
      const known = lemmaMemo.get(ids[i], tag);
      if (known !== MISSING) lemma = known;
      else {
        lemma = tokens.itemAt(i).out(its.lemma) as string | undefined;
        lemmaMemo.set(ids[i], tag, lemma);
      }
    }
    const lower = lowerOfText(value);
    // Negation scope as in `markNegationScope`, on the lower-cased form already at hand. The flag
    // is known before the token is made, so each token is made whole in one of two fixed shapes.
    let negated = false;
    if (tag === 'PUNCT') inScope = false;
    else {
      negated = inScope;
      if (NEGATORS.has(lower)) inScope = true;
    }
    const lemmaOrWord = lemma ?? value.toLowerCase();
    const token: Token = negated
      ? { start, end, text: value, pos: tag, lemma: lemmaOrWord, negated: true }
      : { start, end, text: value, pos: tag, lemma: lemmaOrWord };
    out[si].push(token);
    lowers[si].push(lower);
  }
  for (const toks of out) retagNominalAdjectives(toks);
  return { tokens: out, lowers };
}

/**
 * "the military had conducted", "the wounded were taken": an adjective between a determiner and a
 * verb heads its noun phrase, and the clause reader needs it tagged as the noun it stands for.
 */
export function retagNominalAdjectives(toks: Token[]): void {
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i].pos !== 'ADJ' || toks[i - 1].pos !== 'DET') continue;
    const next = toks[i + 1].pos;
    if (next === 'AUX' || next === 'VERB') toks[i].pos = 'NOUN';
  }
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
