import type { Token } from '../core/records.js';
import { NO_WORDS, pastFormVerb, regularPast, repairedPos } from './tag-repairs.js';
import { irregularBase } from './verb-forms.js';

/** A token as the coder reads it: lower-cased lemma and surface, position in the sentence. */
export interface Tok {
  i: number;
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
  /** Base forms guessed from the surface, where the tagger's lemma may be wrong ("staged" -> "stag"). */
  alt?: string[];
}

/** A base noun phrase (chunk), possibly joined over "of" ("the president of Armenia"). */
export interface NounPhrase {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Index of the head token (last noun before any "of"). */
  head: number;
  /** Lemma of the preposition right before the phrase, if any. */
  prep: string | null;
  pronoun: boolean;
  /** True when the phrase ends in a possessive "'s" or is a possessive pronoun. */
  possessive: boolean;
}

/** A group of coordinated noun phrases ("Venezuela and Colombia", "Iran, Libya and Cuba"). */
export interface PhraseGroup {
  members: NounPhrase[];
  start: number;
  end: number;
  prep: string | null;
}

const NP_BODY = new Set(['ADJ', 'PROPN', 'NOUN', 'NUM']);
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'me', 'us', 'him', 'her', 'them']);
const POSSESSIVE_PRON = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "''", '``', '`']);

/** Lower-cased lemma with wink's contractions normalised. */
function normLemma(t: Token): string {
  const l = t.lemma.toLowerCase();
  if (l === "n't" || l === 'n’t') return 'not';
  return l;
}

/** Turns the language stage's tokens into the coder's view of them. */
export function toToks(tokens: readonly Token[], aspectual: ReadonlySet<string> = NO_WORDS): Tok[] {
  // A plain loop, not `map`: the array's elements kind then stays the same once this function is
  // optimised, and the code that reads tokens is not deoptimised for it.
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.text.toLowerCase();
    let lemma = normLemma(t);
    let alt: string[] | undefined;
    // an irregular past form the tagger read as a noun ("police shot dead")
    const base = t.pos === 'NOUN' ? irregularBase(lower) : undefined;
    // ... between a subject and its object it is the clause's verb ("police shot two men")
    const pastVerb =
      (base !== undefined || (t.pos === 'NOUN' && regularPast(lower))) && pastFormVerb(tokens, i);
    // a regular form's other base guesses ("rescued" -> "rescue") stay in `alt`
    if (pastVerb) lemma = base ?? (lower.endsWith('ied') ? `${lower.slice(0, -3)}y` : lower.slice(0, -2));
    const pos = pastVerb ? 'VERB' : repairedPos(tokens, i, lower, aspectual);
    // (a sentence's first word read as a name may be a plural noun: "Sanctions were imposed")
    if (pos === 'VERB' || pos === 'NOUN' || (i === 0 && pos === 'PROPN')) {
      const guesses = baseGuesses(lower, lemma);
      if (guesses.length) alt = guesses as string[];
      if (base && base !== lemma) alt = alt ? [...alt, base] : [base];
      // "cyber-attacks" kept as one token: the closed-up word and its base ("cyberattack")
      if (pos === 'NOUN' && lower.includes('-')) {
        const joined = lower.replace(/-/g, '');
        alt = [...(alt ?? []), joined, ...baseGuesses(joined, lemma)];
      }
    }
    // Every field set in one literal, `alt` too: one hidden class for all tokens, so the coder's
    // optimised code is not thrown away when a token with guesses follows one without.
    out.push({ i, text: t.text, lower, lemma, pos, start: t.start, end: t.end, alt });
  }
  return out;
}

const NO_GUESSES: readonly string[] = [];

/** Regular-inflection base forms of a word that differ from the lemma given. */
function baseGuesses(w: string, lemma: string): readonly string[] {
  // most words have none of the endings below (-d, -s, -g): nothing to build for them
  const last = w.charCodeAt(w.length - 1);
  if (last !== 100 && last !== 115 && last !== 103) return NO_GUESSES;
  const out: string[] = [];
  const add = (x: string) => {
    if (x.length > 2 && x !== lemma && x !== w && !out.includes(x)) out.push(x);
  };
  if (w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ed')) {
    add(w.slice(0, -1));
    add(w.slice(0, -2));
  } else if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) {
    add(w.slice(0, -1));
    add(w.slice(0, -2));
  } else if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  else if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
    // "expelling" -> "expel": a doubled final consonant
    if (w.length > 6 && w[w.length - 4] === w[w.length - 5]) add(w.slice(0, -4));
  }
  return out;
}

/**
 * "mediate between the two countries, and the African Union called for": a comma, "and", and a
 * phrase followed by its own verb open a new clause when the phrase before is an object (after a
 * preposition or a verb), so the two are not one coordinated group.
 */
function opensClause(toks: readonly Tok[], g: PhraseGroup, np: NounPhrase): boolean {
  if (toks[g.end]?.text !== ',') return false;
  const next = toks[np.end];
  if (!next || !(next.pos === 'VERB' || next.pos === 'AUX') || /ing$/.test(next.lower)) return false;
  let k = g.start - 1;
  while (k > 0 && (toks[k].pos === 'ADV' || toks[k].pos === 'ADJ')) k--;
  const before = toks[k];
  return !!before && (before.pos === 'ADP' || before.pos === 'VERB');
}

/** True for quotation marks. */
export function isQuoteMark(t: Tok): boolean {
  return t.pos === 'PUNCT' && QUOTE_MARKS.has(t.text);
}

/** True for a participle or adjective-like verb form that can sit inside a noun phrase. */
function isAttributiveVerb(t: Tok): boolean {
  return t.pos === 'VERB' && /(ed|en|ing)$/.test(t.lower);
}

/**
 * Chunks a sentence into base noun phrases with a small finite-state rule over POS tags: optional
 * determiner or possessive pronoun, then adjectives, numbers, names and nouns, with possessive
 * "'s" and hyphens inside; "X of Y" is joined into one phrase.
 */
export function chunkNounPhrases(toks: readonly Tok[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.pos === 'PRON' && PERSONAL.has(t.lower)) {
      out.push({
        start: i,
        end: i + 1,
        head: i,
        prep: prepBefore(toks, i),
        pronoun: true,
        possessive: false,
      });
      i++;
      continue;
    }
    const startsDet = t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE_PRON.has(t.lower));
    const startsBody =
      NP_BODY.has(t.pos) ||
      (isAttributiveVerb(t) &&
        i + 1 < toks.length &&
        (toks[i + 1].pos === 'NOUN' || toks[i + 1].pos === 'PROPN') &&
        (i === 0 || toks[i - 1].pos === 'DET' || toks[i - 1].pos === 'ADP' || toks[i - 1].pos === 'PUNCT'));
    if (!startsDet && !startsBody) {
      i++;
      continue;
    }
    let j = startsDet ? i + 1 : i;
    let lastNoun = -1;
    let possessive = t.pos === 'PRON' && POSSESSIVE_PRON.has(t.lower) && j >= toks.length;
    while (j < toks.length) {
      const u = toks[j];
      if (NP_BODY.has(u.pos)) {
        if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM') lastNoun = j;
        j++;
        continue;
      }
      if (u.pos === 'PART' && (u.lower === "'s" || u.lower === '’s' || u.lower === "'")) {
        possessive = true;
        j++;
        continue;
      }
      if (
        u.text === '-' &&
        j + 1 < toks.length &&
        (NP_BODY.has(toks[j + 1].pos) || isAttributiveVerb(toks[j + 1])) &&
        j > i
      ) {
        j++;
        continue;
      }
      if (
        isAttributiveVerb(u) &&
        j + 1 < toks.length &&
        (toks[j + 1].pos === 'NOUN' || toks[j + 1].pos === 'PROPN' || toks[j + 1].pos === 'ADJ') &&
        j > i &&
        (toks[j - 1].pos === 'DET' ||
          toks[j - 1].pos === 'ADJ' ||
          toks[j - 1].pos === 'ADV' ||
          toks[j - 1].pos === 'NUM' ||
          toks[j - 1].pos === 'PRON' ||
          toks[j - 1].text === '-')
      ) {
        j++;
        continue;
      }
      if (u.pos === 'ADV' && j + 1 < toks.length && toks[j + 1].pos === 'ADJ' && j > i && lastNoun < 0) {
        j++;
        continue;
      }
      break;
    }
    if (lastNoun < 0) {
      // A determiner or adjectives with no noun: not a phrase ("that", "the latest").
      i = Math.max(j, i + 1);
      continue;
    }
    // Trailing possessive marker already consumed; a phrase ending on it stays possessive.
    possessive =
      possessive && (toks[j - 1].pos === 'PART' || (t.pos === 'PRON' && POSSESSIVE_PRON.has(t.lower)));
    out.push({ start: i, end: j, head: lastNoun, prep: prepBefore(toks, i), pronoun: false, possessive });
    i = j;
  }
  // Join "X of Y" into one phrase: the head stays X's.
  const joined: NounPhrase[] = [];
  for (const np of out) {
    const prev = joined[joined.length - 1];
    if (prev && !prev.pronoun && !np.pronoun && np.start === prev.end + 1 && toks[prev.end].lower === 'of') {
      prev.end = np.end;
      continue;
    }
    joined.push({ ...np });
  }
  return joined;
}

function prepBefore(toks: readonly Tok[], i: number): string | null {
  let k = i - 1;
  while (k >= 0 && isQuoteMark(toks[k])) k--;
  if (k >= 0 && (toks[k].pos === 'ADP' || (toks[k].pos === 'PART' && toks[k].lower === 'to'))) {
    // quantifiers are not prepositions: "more than 100 people", "at least eight", "up to 16"
    const w = toks[k].lower;
    if (
      w === 'than' ||
      (w === 'to' && toks[k - 1]?.lower === 'up') ||
      (w === 'at' && (toks[i].lower === 'least' || toks[i].lower === 'most'))
    )
      return null;
    return w;
  }
  return null;
}

/**
 * Groups coordinated phrases: "A and B", "A, B and C", "both A and B", "A as well as B". Adjective
 * coordination ("Hungarian and Romanian officials") gives two members; the bare one borrows the
 * head noun later, when actors are resolved.
 */
/**
 * "In Nairobi, the foreign ministers of Kenya and Uganda signed": a phrase with its own article
 * after a sentence-opening prepositional phrase and its comma is the clause's subject, not one
 * more place of a list ("in Kenya, Uganda and Tanzania" stays a list).
 */
function afterFrontedPlace(toks: readonly Tok[], g: PhraseGroup, np: NounPhrase): boolean {
  return g.prep !== null && g.start === 1 && g.members.length === 1 && toks[np.start].pos === 'DET';
}

export function groupPhrases(toks: readonly Tok[], nps: readonly NounPhrase[]): PhraseGroup[] {
  const groups: PhraseGroup[] = [];
  const isCoord = (a: number, b: number): boolean => {
    // tokens strictly between two phrases are only commas and one "and"/"or"/"as well as"
    if (b - a > 4 || b <= a) return false;
    // the words other than commas, joined by spaces (built without arrays: this runs for every
    // pair of neighbouring phrases); only commas in between is a list too
    let s = '';
    let words = 0;
    for (let k = a; k < b; k++) {
      const w = toks[k].lower;
      if (w === ',') continue;
      s = words++ ? `${s} ${w}` : w;
    }
    return (
      s === 'and' ||
      s === 'or' ||
      s === 'as well as' ||
      s === 'along with' ||
      s === 'together with' ||
      words === 0
    );
  };
  for (const np of nps) {
    const g = groups[groups.length - 1];
    const opensPair = toks[np.start].lower === 'both' || toks[np.start].lower === 'either';
    if (
      g &&
      !np.pronoun &&
      !g.members[0].pronoun &&
      isCoord(g.end, np.start) &&
      !np.prep &&
      !opensPair &&
      !opensClause(toks, g, np) &&
      !afterFrontedPlace(toks, g, np)
    ) {
      // "A, B" without a later "and" is an apposition, not a list: accept the comma only inside
      // a list that closes with "and"/"or" (checked when the group is finished).
      g.members.push(np);
      g.end = np.end;
      continue;
    }
    groups.push({ members: [np], start: np.start, end: np.end, prep: np.prep });
  }
  // A comma-only group with no conjunction anywhere is an apposition: split it back.
  const out: PhraseGroup[] = [];
  for (const g of groups) {
    if (g.members.length > 1) {
      const words = toks.slice(g.start, g.end).map((t) => t.lower);
      if (!words.some((w) => w === 'and' || w === 'or' || w === 'as' || w === 'along' || w === 'together')) {
        for (const m of g.members) out.push({ members: [m], start: m.start, end: m.end, prep: m.prep });
        continue;
      }
    }
    out.push(g);
  }
  return out;
}
