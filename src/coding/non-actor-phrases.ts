import { inSentence } from '../core/by-sentence.js';
import { loadDataFile } from '../core/data-file.js';
import type { ActorRef, AnalyzedArticle, Mention } from '../core/records.js';
import { resolvePlace } from '../places/resolve-place.js';
import { nonActorPhrasesSpec } from './non-actor-schema.js';
import type { NounPhrase, Tok } from './sentence-view.js';

/** The word classes of `data/patterns/non-actor-phrases.yaml` as sets. */
interface WordSets {
  timeNames: Set<string>;
  timeUnits: Set<string>;
  timeModifiers: Set<string>;
  mediumVerbs: Set<string>;
  mediumNouns: Set<string>;
  mediumPreps: Set<string>;
  platforms: Set<string>;
  quantityHeads: Set<string>;
  activityHeads: Set<string>;
  namedActivities: Set<string>;
  libertyHeads: Set<string>;
}

let sets: WordSets | null = null;

function wordSets(): WordSets {
  if (sets) return sets;
  const d = loadDataFile(nonActorPhrasesSpec);
  sets = {
    timeNames: new Set(d.timeNames),
    timeUnits: new Set(d.timeUnits),
    timeModifiers: new Set(d.timeModifiers),
    mediumVerbs: new Set(d.mediumVerbs),
    mediumNouns: new Set(d.mediumNouns),
    mediumPreps: new Set(d.mediumPreps),
    platforms: new Set(d.platforms),
    quantityHeads: new Set(d.quantityHeads),
    activityHeads: new Set(d.activityHeads),
    namedActivities: new Set(d.namedActivities),
    libertyHeads: new Set(d.libertyHeads),
  };
  return sets;
}

/** Places that are never a party: seas, oceans and named regions. */
const AREA_KINDS = new Set(['sea', 'region']);
/** Mention kinds of the language stage that name a place, not a party. */
const AREA_MENTIONS = new Set(['sea', 'region']);
/** Rules by which the resolver lent a phrase a country from the rest of the sentence. */
const BORROWED = /^(?:context\.|article\.sentence-)/;

/** Does a token fall inside one of the language stage's date expressions? */
function inDate(t: Tok, dates: readonly { start: number; end: number }[]): boolean {
  return dates.some((d) => t.start < d.end && t.end > d.start);
}

/**
 * Does a time expression begin at token k of [from, to)? A day or month name, a date the language
 * stage found, a number of time units ("two days"), or "late"/"early" next to one of these or
 * closing the phrase ("on X late", where the adverb strays into the chunk).
 */
function timeAt(
  toks: readonly Tok[],
  k: number,
  to: number,
  dates: readonly { start: number; end: number }[],
) {
  const w = wordSets();
  const t = toks[k];
  if (inDate(t, dates)) return true;
  if ((t.pos === 'PROPN' || t.pos === 'NOUN') && w.timeNames.has(t.lower)) return true;
  if (t.pos === 'NUM' && k + 1 < to && w.timeUnits.has(toks[k + 1].lemma)) return true;
  if (w.timeModifiers.has(t.lower)) {
    if (k + 1 === to) return true;
    const next = toks[k + 1];
    const after = next?.pos === 'ADP' ? toks[k + 2] : next;
    return !!after && (inDate(after, dates) || w.timeNames.has(after.lower));
  }
  return false;
}

/** Words that count or point at a time unit ("two days", "last week", "this morning"). */
const TIME_DETERMINERS = new Set(['last', 'next', 'this', 'that', 'every', 'a', 'an', 'the', 'same']);
/** Deictic time words ("Albania today"). */
const DEICTIC = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now']);

/**
 * The part of a phrase that can name a participant, with time expressions removed, or null for a
 * figure ("the number of people killed", "the toll of dead"). A phrase that is or starts with a
 * date ("Sept. 2", "Thursday's", "Late" before "on Wednesday") loses those words, and one that runs
 * on into a time ("Truth Social two days", "X late", "Albania today") loses the time at its end. A
 * time inside the phrase ("a meeting next week of Palestinian factions") stays: the words after it
 * still name someone. Null when nothing is left.
 */
export function actorRange(
  analyzed: AnalyzedArticle,
  toks: readonly Tok[],
  from: number,
  to: number,
  sentence: number,
): [number, number] | null {
  const w = wordSets();
  // a figure: the first noun counts what follows "of" ("the number of", not "a number of": several)
  let first = from;
  while (first < to && toks[first].pos !== 'NOUN' && toks[first].pos !== 'PROPN') first++;
  if (
    first < to &&
    w.quantityHeads.has(toks[first].lemma) &&
    toks[first + 1]?.lower === 'of' &&
    !(toks[first - 1]?.lower === 'a' && toks[first].lemma === 'number')
  )
    return null;
  const dates = inSentence(analyzed.dates, sentence);
  let a = from;
  // leading time words, with their possessive ("Thursday's")
  while (a < to && (timeAt(toks, a, to, dates) || (a > from && toks[a].lower === "'s"))) a++;
  if (a > from && a < to && toks[a].lower === "'s") a++;
  // trailing time words, then what counts or points at them ("two days", "last Friday")
  let b = to;
  const timeWord = (t: Tok) =>
    inDate(t, dates) ||
    DEICTIC.has(t.lower) ||
    w.timeModifiers.has(t.lower) ||
    ((t.pos === 'PROPN' || t.pos === 'NOUN') && (w.timeNames.has(t.lower) || w.timeUnits.has(t.lemma)));
  while (b > a && timeWord(toks[b - 1])) b--;
  if (b < to) while (b > a && (toks[b - 1].pos === 'NUM' || TIME_DETERMINERS.has(toks[b - 1].lower))) b--;
  // only function words left ("the", "'s") name nothing
  const content = toks.slice(a, b).some((t) => t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PUNCT');
  return content ? [a, b] : null;
}

/**
 * A noun phrase reduced to its participant words (see `actorRange`), its head moved inside when the
 * time words held it. Null when the phrase is only a time.
 */
export function actorWords(
  analyzed: AnalyzedArticle,
  toks: readonly Tok[],
  np: NounPhrase,
  sentence: number,
): NounPhrase | null {
  if (np.pronoun) return np;
  const r = actorRange(analyzed, toks, np.start, np.end, sentence);
  if (!r) return null;
  const [start, end] = r;
  if (start === np.start && end === np.end) return np;
  let head = np.head >= start && np.head < end ? np.head : end - 1;
  while (head > start && (toks[head].pos === 'PART' || toks[head].pos === 'PUNCT')) head--;
  return { ...np, start, end, head };
}

/**
 * Is the phrase starting at token `from` the medium of a statement: "on X" or "via Telegram" after
 * a verb of saying or posting ("announced the attack on X"), or after a message noun ("in a post
 * on Truth Social")? The scan stops at a clause break or another verb.
 */
export function mediumSlot(toks: readonly Tok[], from: number): boolean {
  const w = wordSets();
  const prep = toks[from - 1];
  if (!prep || !w.mediumPreps.has(prep.lower)) return false;
  for (let k = from - 2; k >= 0 && k >= from - 9; k--) {
    const t = toks[k];
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'NOUN' && w.mediumNouns.has(t.lemma) && k >= from - 4) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return w.mediumVerbs.has(t.lemma);
  }
  return false;
}

/** Is the text the name of a social platform or messaging service? */
export function isPlatform(text: string): boolean {
  return wordSets().platforms.has(
    text
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[.,;:]+$/, ''),
  );
}

/** Did the resolver find an actor in the phrase's own words, not only in the sentence around it? */
function ownActor(hit: ActorRef & { weak?: boolean }): boolean {
  if (hit.weak || hit.code === '---') return false;
  if (hit.entityId) return true;
  const rules = hit.rules ?? [];
  if (!hit.country) return !!hit.sector && !rules.includes('sector.unknown-noun');
  return !rules.some((r) => BORROWED.test(r));
}

/** Is the word a noun of a liberty ("right", "freedom")? */
export function libertyNoun(t: Tok): boolean {
  return t.pos === 'NOUN' && wordSets().libertyHeads.has(t.lemma);
}

/** Is the phrase the "to" or "of" complement of a liberty noun ("the right to", "freedom of")? */
function libertyOf(toks: readonly Tok[], np: NounPhrase, w: WordSets): boolean {
  let k = np.start - 1;
  while (k > 0 && (toks[k].pos === 'ADJ' || toks[k].pos === 'DET')) k--;
  // "of" names who holds the liberty ("the right of Malian troops"), except before a bare noun of
  // what is free ("freedom of assembly")
  const bareOf = toks[k]?.lower === 'of' && k === np.start - 1 && np.end - np.start === 1;
  if (k < 1 || (toks[k].lower !== 'to' && !bareOf)) return false;
  return toks[k - 1].pos === 'NOUN' && w.libertyHeads.has(toks[k - 1].lemma);
}

/**
 * Why a resolved phrase is not a participant, or null when it is one:
 * - `medium`: the platform or unknown name a statement was made on ("announced it on X");
 * - `activity`: an activity ("the campaign", "its crackdown", "Operation Southern Spear") that no
 *   named person or organisation owns;
 * - `liberty`: what a liberty is to or of ("the right to peaceful assembly", "freedom of assembly");
 * - `area`: a sea or region ("the Caribbean", "the Eastern Pacific") that holds no country of its
 *   own, where the event took place (the event's location), not who took part.
 */
export function nonParticipant(
  text: string,
  toks: readonly Tok[],
  np: NounPhrase,
  hit: ActorRef & { weak?: boolean },
  mentions: readonly Mention[],
): 'medium' | 'activity' | 'liberty' | 'area' | null {
  const w = wordSets();
  if (libertyOf(toks, np, w) && !hit.entityId) return 'liberty';
  if (mediumSlot(toks, np.start) && (isPlatform(text) || !ownActor(hit))) return 'medium';
  let first = np.start;
  while (first < np.end && toks[first].pos !== 'NOUN' && toks[first].pos !== 'PROPN') first++;
  const firstTok = toks[first];
  const head = toks[np.head];
  if (
    firstTok &&
    firstTok.pos === 'PROPN' &&
    w.namedActivities.has(firstTok.lower) &&
    toks[first + 1]?.pos === 'PROPN'
  )
    return 'activity';
  if (head.pos === 'NOUN' && w.activityHeads.has(head.lemma) && !hit.entityId) {
    // "the Trump campaign" is his organisation, "Turkey's efforts" stand for Turkey; "the campaign",
    // "its campaign" and "the US campaign" are what was done
    const named = (hit.rules ?? []).some((r) => r.startsWith('kb.'));
    const owner = toks
      .slice(np.start, np.head)
      .some((t, k, ts) => t.lower === "'s" && ts[k - 1]?.pos === 'PROPN');
    if (!named && !owner) return 'activity';
  }
  if (!hit.country || !ownActor(hit)) {
    const area =
      mentions.some(
        (m) => AREA_MENTIONS.has(m.kind) && m.start <= head.start && m.end >= head.end && !m.actor?.country,
      ) || AREA_KINDS.has(resolvePlace(text)?.kind ?? '');
    if (area) return 'area';
  }
  return null;
}

/**
 * `nonParticipant` for a range of modifiers or a whole phrase read for the actor it names ("the US
 * campaign", "on Truth Social"): its head is its last noun.
 */
export function nonParticipantRange(
  hit: ActorRef & { weak?: boolean; text: string },
  toks: readonly Tok[],
  from: number,
  to: number,
  mentions: readonly Mention[],
): 'medium' | 'activity' | 'liberty' | 'area' | null {
  let head = to - 1;
  while (head > from && toks[head].pos !== 'NOUN' && toks[head].pos !== 'PROPN') head--;
  if (head < from) return null;
  const np: NounPhrase = { start: from, end: to, head, prep: null, pronoun: false, possessive: false };
  return nonParticipant(hit.text, toks, np, hit, mentions);
}

/**
 * Do the words in [from, to) date what follows ("Tuesday's strike", "the Sept. 2 attack")? A dated
 * act is a particular one, worth coding even when no one is named as its actor.
 */
export function datedRange(
  analyzed: AnalyzedArticle,
  toks: readonly Tok[],
  from: number,
  to: number,
  sentence: number,
): boolean {
  const dates = inSentence(analyzed.dates, sentence);
  const units = wordSets().timeUnits;
  for (let k = from; k < to; k++) {
    // "two weeks of protests": a length of time says how long, not which act
    if (toks[k].pos === 'NUM' && units.has(toks[k + 1]?.lemma ?? '')) return false;
    if (timeAt(toks, k, to, dates)) return true;
  }
  return false;
}
