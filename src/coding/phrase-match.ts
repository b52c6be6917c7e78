import { WEEKDAYS } from '../core/time-words.js';
import type { Tok } from './sentence-view.js';

/*
 * Matching a pattern's words in a sentence: its trigger phrase (`matchPhrase`), the window its
 * object words are looked for in (`objectWindowEnd`), and those words (`findAny`, `findAnyListed`,
 * `relativeObject`). Used by `find-triggers.ts`.
 */

const WINDOW = 9;
/** Words a verb phrase may have inside it ("called Thursday on"). */
const INSIDE_VERB_PHRASE = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'again',
  'also',
  'once',
  'repeatedly',
  'formally',
  'publicly',
  'openly',
  'jointly',
]);
const STOP = new Set(['.', ';', ':', '?', '!']);

/** True when token `t` can stand for phrase word `w` (lemma or surface form). */
function wordIs(t: Tok, w: string): boolean {
  return t.lemma === w || t.lower === w || t.alt?.includes(w) === true;
}

/**
 * Matches a lemma phrase starting at token `i`. Adverbs may sit inside a verb phrase ("pushed
 * swiftly back"), hyphens are skipped, and a short object may separate a verb from its particle
 * ("blew themselves up" is listed; "called the strike off" is not worth the false alarms).
 * Returns the index after the last matched token, or -1.
 */
export function matchPhrase(
  toks: readonly Tok[],
  i: number,
  words: readonly string[],
  kind: 'verb' | 'noun',
): number {
  let k = i;
  for (let w = 0; w < words.length; w++) {
    while (
      w > 0 &&
      k < toks.length &&
      (toks[k].text === '-' ||
        (kind === 'verb' &&
          (toks[k].pos === 'ADV' || INSIDE_VERB_PHRASE.has(toks[k].lower)) &&
          !wordIs(toks[k], words[w])))
    )
      k++;
    if (k >= toks.length || !wordIs(toks[k], words[w])) return -1;
    k++;
  }
  return k;
}

/** End of the object window after token `from`: a fixed number of tokens, cut at clause stops. */
export function objectWindowEnd(toks: readonly Tok[], from: number, content = false): number {
  let k = from;
  const max = Math.min(toks.length, from + WINDOW);
  while (k < max) {
    if (STOP.has(toks[k].text)) break;
    // "announced that it is prepared to impose martial law": what follows "that" is another
    // clause, with its own verbs, not this verb's object ("that" itself stays in: "denied that"),
    // unless that clause is the content of the act ("warned that it would retaliate")
    if (!content && toks[k].lower === 'that' && toks[k].pos === 'SCONJ') return k + 1;
    k++;
  }
  return k;
}

/**
 * The first words of a pattern's object lists (fixed for the process), so that a token no phrase
 * starts with is passed over; null for a list holding an empty phrase, which matches anywhere.
 */
const FIRST_WORDS = new WeakMap<readonly string[][], Set<string> | null>();

function firstWords(phrases: readonly string[][]): Set<string> | null {
  let set = FIRST_WORDS.get(phrases);
  if (set === undefined) {
    set = phrases.every((p) => p.length > 0) ? new Set(phrases.map((p) => p[0])) : null;
    FIRST_WORDS.set(phrases, set);
  }
  return set;
}

/** Can token `t` be the first word of a phrase that starts with one of `first` (see `wordIs`)? */
function mayStart(t: Tok, first: Set<string>): boolean {
  if (first.has(t.lemma) || first.has(t.lower)) return true;
  if (t.alt) for (const a of t.alt) if (first.has(a)) return true;
  return false;
}

/** `findAny` for a list kept for the process (a pattern's object words): passes over tokens no phrase starts with. */
export function findAnyListed(
  toks: readonly Tok[],
  from: number,
  to: number,
  phrases: readonly string[][],
): [number, number] | null {
  const first = firstWords(phrases);
  if (!first) return findAny(toks, from, to, phrases);
  for (let k = from; k < to; k++) {
    if (!mayStart(toks[k], first)) continue;
    const e = phraseEndAt(toks, k, to, phrases);
    if (e > 0) return [k, e];
  }
  return null;
}

/** End of the first of `phrases` that starts at k and ends by `to`, or -1. */
function phraseEndAt(toks: readonly Tok[], k: number, to: number, phrases: readonly string[][]): number {
  for (const p of phrases) {
    if (prepositionalTo(toks, k, p)) continue;
    const e = matchPhrase(toks, k, p, 'noun');
    if (e > 0 && e <= to) return e;
  }
  return -1;
}

/**
 * An object word "to" stands for an infinitive ("told them to leave"), not the preposition ("warned
 * that it could spread to other countries").
 */
function prepositionalTo(toks: readonly Tok[], k: number, phrase: readonly string[]): boolean {
  if (phrase.length !== 1 || phrase[0] !== 'to' || toks[k].lower !== 'to') return false;
  // the verb after an infinitive's "to" is a bare form ("to leave"), not "to neighbouring countries"
  const v = toks[k + 1];
  return toks[k].pos !== 'PART' || !v || (v.pos !== 'VERB' && v.pos !== 'AUX') || /(?:ing|ed)$/.test(v.lower);
}

/**
 * Is the verb at i in a relative clause whose object is a noun the pattern refuses, told before the
 * clause's subject ("a claim Israel denied", "allegations that the army denies")?
 */
export function relativeObject(toks: readonly Tok[], i: number, refused: readonly string[][]): boolean {
  let k = i - 1;
  while (k >= 0 && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k--;
  const subjectEnd = k;
  while (k >= 0 && k > subjectEnd - 4 && /^(?:PROPN|NOUN|PRON|DET|ADJ)$/.test(toks[k].pos)) {
    if (k < subjectEnd && findAny(toks, k, k + 1, refused)) return true;
    k--;
  }
  if (k >= 0 && /^(?:that|which)$/.test(toks[k].lower)) k--;
  return k >= 0 && k < subjectEnd && !!findAny(toks, k, k + 1, refused);
}

/** Finds the first of `phrases` inside [from, to); returns its token range or null. */
export function findAny(
  toks: readonly Tok[],
  from: number,
  to: number,
  phrases: readonly string[][],
): [number, number] | null {
  for (let k = from; k < to; k++) {
    const e = phraseEndAt(toks, k, to, phrases);
    if (e > 0) return [k, e];
  }
  return null;
}

/** Parts of speech of a noun phrase that a passive's subject window scans back over. */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * The words of a passive verb's subject ("Four British diplomats were expelled", "Two inspectors
 * for the agency have been expelled"), where a pattern's object words stand when the verb is
 * passive: the noun phrase (with "of"/"for" phrases) right before its auxiliaries, or null when
 * the verb at i is not passive.
 */
export function passiveSubjectWindow(toks: readonly Tok[], i: number): [number, number] | null {
  let k = i - 1;
  while (k >= 0 && (toks[k].pos === 'ADV' || toks[k].lower === 'not')) k--;
  if (k < 0 || !(toks[k].lemma === 'be' || toks[k].lemma === 'get')) return null;
  while (k > 0 && (toks[k - 1].pos === 'AUX' || toks[k - 1].pos === 'ADV')) k--;
  const end = k;
  let start = end;
  while (
    start > 0 &&
    end - start < 10 &&
    (SUBJECT_POS.has(toks[start - 1].pos) || /^(?:of|for|against|on|in|from)$/.test(toks[start - 1].lower))
  )
    start--;
  return start < end ? [start, end] : null;
}
