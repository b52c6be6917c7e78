import type { Token } from '../core/records.js';
import { demonymWords, fold } from '../knowledge/mention-names.js';
import { countryNameSet } from '../text/lexicon/places.js';
import { irregularBase } from './verb-forms.js';

/**
 * Repairs of the tagger's parts of speech in the coder's own view of the tokens (the language
 * stage's tags are left as they are): past forms read as nouns, adjectives that head their phrase
 * or are the clause's verb, plural nouns read as verbs, nationalities read as verbs, headline verbs
 * read as plural nouns, floating quantifiers.
 */

/**
 * The tag the coder reads where the tagger's is a known slip: a participle or gerund read as an
 * adjective is the verb, an adjective heading its phrase or a plural read as a verb is the noun.
 */
export function repairedPos(
  tokens: readonly Token[],
  i: number,
  lower: string,
  aspectual: ReadonlySet<string>,
): string {
  const t = tokens[i];
  if (t.pos === 'ADJ') {
    if (verbalAdjective(tokens, i, lower) || gerundAfter(tokens, i, lower, aspectual)) return 'VERB';
    if (nominalAdjective(tokens, i)) return 'NOUN';
  }
  if (t.pos === 'VERB' && pluralSubject(tokens, i, lower)) return 'NOUN';
  if (t.pos === 'NOUN' && (headlineVerb(tokens, i, lower) || prepositionGerund(tokens, i, lower)))
    return 'VERB';
  // "have both indicted", "were all arrested": a floating quantifier between auxiliary and verb
  if (
    t.pos === 'DET' &&
    (lower === 'both' || lower === 'all' || lower === 'each') &&
    tokens[i - 1]?.pos === 'AUX' &&
    tokens[i + 1]?.pos === 'VERB'
  )
    return 'ADV';
  // "opposed to French mediation": a nationality read as a verb after "to"
  if (t.pos === 'VERB' && i > 0 && /^[A-Z]/.test(t.text) && demonymWords().has(lower)) return 'ADJ';
  return t.pos;
}

const OBJECT_START = new Set(['DET', 'PROPN', 'NUM', 'PRON']);
/** Nouns of number that open an object like a numeral ("releases dozens of activists"). */
const COUNT_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions']);

/**
 * A present-tense verb the tagger read as a plural noun, right after a name that opens the
 * sentence and before its object, as headlines and leads write it ("Venezuela releases dozens
 * of activists", "US sanctions Iranian officials"); after a person's name only in a headline
 * with no verb of its own ("Obama lifts US embargo").
 */
function headlineVerb(tokens: readonly Token[], i: number, lower: string): boolean {
  if (i === 0 || i > 3 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  for (let k = 0; k < i; k++) if (tokens[k].pos !== 'PROPN') return false;
  // the subject is a country or an abbreviation ("US", "EU"), not any capitalised words ("Old foes")
  const subject = tokens
    .slice(0, i)
    .map((t) => t.text)
    .join(' ');
  // (or any name, in a headline with no verb of its own: "Obama lifts US embargo on arms sales")
  if (!countryNameSet().has(fold(subject)) && !/^[A-Z]{2,5}$/.test(subject) && !verbless(tokens))
    return false;
  const next = tokens[i + 1];
  if (!next) return false;
  // "Japan lifts sanctions against": a bare noun object, unless a verb follows it ("US sanctions
  // hit Iran", where the two nouns are the subject)
  const after = tokens[i + 2];
  if (next.pos === 'NOUN' && after && after.pos !== 'VERB' && after.pos !== 'AUX') return true;
  return OBJECT_START.has(next.pos) || COUNT_NOUNS.has(next.text.toLowerCase());
}
const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON']);

/** A sentence with no verb or auxiliary at all: a headline. */
function verbless(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  return true;
}
/** Prepositions that take a gerund clause ("retaliated by expelling", "after storming"). */
const GERUND_OPENERS = new Set([
  'by',
  'after',
  'before',
  'for',
  'of',
  'without',
  'from',
  'while',
  'in',
  'since',
]);
/** Words that open the object of a gerund. */
const GERUND_OBJECT = new Set(['DET', 'NUM', 'PROPN']);

/**
 * An "-ing" form the tagger read as a noun right after a preposition and before its own object:
 * "Russia retaliated by expelling ten diplomats", "accused of shelling the town". With a
 * determiner before it ("after the killing of") or a noun after it ("of bombing raids") it stays a
 * noun.
 */
function prepositionGerund(tokens: readonly Token[], i: number, lower: string): boolean {
  if (!lower.endsWith('ing') || i === 0) return false;
  const prev = tokens[i - 1];
  if (prev.pos !== 'ADP' && prev.pos !== 'SCONJ') return false;
  if (!GERUND_OPENERS.has(prev.text.toLowerCase())) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  const w = next.text.toLowerCase();
  return GERUND_OBJECT.has(next.pos) || (next.pos === 'PRON' && ARTICLES.test(w)) || COUNT_NOUNS.has(w);
}

/**
 * A participle the tagger read as an adjective where it is the clause's verb: "-ed" between a
 * subject and an object ("troops on Sunday apprehended a man"), "-ing" after "be" before an object
 * ("warplanes are striking Daesh positions"). An adjective after a determiner ("an armed man") or
 * before punctuation ("the result was striking") stays one.
 */
function verbalAdjective(tokens: readonly Token[], i: number, lower: string): boolean {
  const next = tokens[i + 1];
  if (!next || !OBJECT_START.has(next.pos)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const prev = tokens[k];
  if (!prev) return false;
  if (lower.endsWith('ing')) return prev.pos === 'AUX' && prev.lemma === 'be';
  return lower.endsWith('ed') && SUBJECT_END.has(prev.pos);
}

/** A regular past form ("abducted", "attacked"), not a noun in -ed ("speed", "hundred"). */
export function regularPast(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ed') && !lower.endsWith('eed') && !lower.endsWith('dred');
}

/** Words that open a count as an object ("abducted more than 280 pupils", "killed nearly 40"). */
const QUANTITY_OPENERS = new Set([
  'more',
  'nearly',
  'about',
  'around',
  'almost',
  'over',
  'some',
  'up',
  'roughly',
]);

/**
 * An irregular (or regular) past form read as a noun where it is the clause's verb: right after a plural or
 * proper-noun subject and before an object ("soldiers shot two farmers", "the police shot a man").
 * After "a"/"an" and a noun ("a warning shot the day before") it stays a noun.
 */
export function pastFormVerb(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  // "it had retaken the palace": a past participle after the perfect's auxiliary
  if (prev?.pos === 'AUX' && /^(?:have|has|had|having|'ve|'d)$/i.test(prev.text)) return true;
  if (!next || !prev || !(OBJECT_START.has(next.pos) || QUANTITY_OPENERS.has(next.text.toLowerCase())))
    return false;
  if (prev.pos === 'PROPN') return true;
  if (prev.pos !== 'NOUN') return false;
  const before = tokens[i - 2];
  return !(before && before.pos === 'DET' && /^(a|an)$/i.test(before.text));
}

/** Articles and possessive determiners that open a noun phrase ("its offensive"). */
const ARTICLES = /^(?:a|an|the|its|their|his|her|our)$/i;

/** A word that closes a noun phrase: a preposition, a comma or stop, a relative "that" or "which". */
function phraseEnd(t: Token): boolean {
  return (
    t.pos === 'ADP' ||
    t.pos === 'SCONJ' ||
    t.text === ',' ||
    t.text === '.' ||
    /^(?:that|which)$/i.test(t.text)
  );
}

/**
 * An article or possessive right before i, or before one modifier before it ("a military", "a
 * ground", "its", and "a new", whose adjective the tagger may read as an adverb).
 */
function determined(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (ARTICLES.test(prev?.text ?? '')) return true;
  return (
    // (a plural noun is no modifier: "called the protests treasonous")
    (prev?.pos === 'ADJ' || prev?.pos === 'ADV' || (prev?.pos === 'NOUN' && !/s$/i.test(prev.text))) &&
    ARTICLES.test(tokens[i - 2]?.text ?? '')
  );
}

/**
 * An adjective that heads its noun phrase, before a preposition or the phrase's end ("launched a
 * military offensive in", "an offensive that"), or right before the clause's verb: "the U.S. military
 * bombed", "the Syrian military said", "the wounded were taken" (a determiner before it, at most
 * one name or adjective between).
 */
function nominalAdjective(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && phraseEnd(next) && determined(tokens, i)) return true;
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  const prev = tokens[i - 1];
  if (prev?.pos === 'DET') return true;
  return (
    (prev?.pos === 'PROPN' || prev?.pos === 'ADJ') && tokens[i - 2]?.pos === 'DET' && !/ing$/.test(next.text)
  );
}

/**
 * A plural noun the tagger read as a present-tense verb, right before the past-tense verb it is
 * the subject of: "when rebels attacked", "after protesters stormed".
 */
function pluralSubject(tokens: readonly Token[], i: number, lower: string): boolean {
  const next = tokens[i + 1];
  if (next?.pos !== 'VERB' || !lower.endsWith('s') || lower.endsWith('ss') || lower.length < 4) return false;
  // "Lima says killed": after its own subject it is the verb
  const prev = tokens[i - 1]?.pos;
  if (prev === 'NOUN' || prev === 'PROPN' || prev === 'PRON') return false;
  const nl = next.text.toLowerCase();
  return nl.endsWith('ed') || irregularBase(nl) !== undefined;
}

export const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * An "-ing" form the tagger read as an adjective right after a verb of going on, which takes a
 * gerund ("vowed to keep attacking ships", "will continue shelling the town"): the gerund is the verb.
 */
function gerundAfter(
  tokens: readonly Token[],
  i: number,
  lower: string,
  aspectual: ReadonlySet<string>,
): boolean {
  const prev = tokens[i - 1];
  return lower.endsWith('ing') && prev?.pos === 'VERB' && aspectual.has(prev.lemma.toLowerCase());
}
