import type { PloverType } from './ontology-schema.js';
import type { Tok } from './sentence-view.js';

/**
 * Acts whose verb takes its victim (or the accused) as object, so that a participle with no object
 * is passive.
 */
const TRANSITIVE_TYPES = new Set<PloverType>(['ASSAULT', 'COERCE', 'ACCUSE']);
/** Prepositions of a charge or its ground ("accused of", "charged with", "arrested for"). */
const CHARGE_PREPS = new Set(['of', 'with', 'for', 'over']);
/** Irregular past participles of such verbs. */
const IRREGULAR = new Set([
  'shot',
  'hit',
  'struck',
  'held',
  'taken',
  'beaten',
  'slain',
  'caught',
  'stricken',
]);
/** Pronouns that head a group of people ("those killed", "many detained"). */
const GROUP_PRONOUNS = new Set(['those', 'these', 'many', 'some', 'all', 'others', 'most', 'several']);
/** Particles of phrasal verbs ("forced out", "rounded up"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away', 'over', 'apart']);
/**
 * Prepositions of an adjunct of time or place after a participle ("detained during the protests",
 * "jailed after the election"); "at", "on", "against" and "into" name an attack's target instead.
 */
const ADJUNCT_PREPS = new Set([
  'in',
  'during',
  'after',
  'since',
  'near',
  'from',
  'before',
  'following',
  'amid',
  'outside',
  'inside',
  'across',
  'last',
]);
/** Words that end a clause's run of words before its finite verb. */
const CLAUSE_BREAKS = new Set([
  ',',
  ';',
  ':',
  'and',
  'but',
  'or',
  'who',
  'which',
  'that',
  'while',
  'as',
  'when',
]);
/** Parts of speech inside a noun phrase, scanned back to what governs it. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART']);
/** Parts of speech that open a direct object. */
const OBJECT_POS = new Set(['DET', 'NUM', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

/**
 * Is the verb at i a participle that follows the group it describes with no object of its own
 * ("those killed were smugglers", "details of those detained", "the people killed were")? Then
 * that group are the act's victims, not its actors: a reduced passive relative. "Rebels killed
 * five soldiers" has an object and stays active. An accusation or arrest right after a name or
 * noun is passive before its charge ("two men accused of attacks").
 */
export function reducedPassive(toks: readonly Tok[], i: number, type: PloverType, end = i + 1): boolean {
  if (i === 0) return false;
  const t = toks[i];
  if (t.pos !== 'VERB' || !(/ed$/.test(t.lower) || IRREGULAR.has(t.lower))) return false;
  // "M23 rebels backed by Rwanda", "a plan drafted by France": any act, with its agent named
  const before = toks[i - 1].pos;
  if (end === i + 1 && toks[end]?.lower === 'by' && (before === 'NOUN' || before === 'PROPN')) return true;
  if (!TRANSITIVE_TYPES.has(type)) return false;
  const prev = toks[i - 1];
  const next = toks[end];
  // "two men accused of attacks", "Jimmy Lai convicted of collusion", "activists arrested over the
  // protest": before its charge an accusation or arrest is passive
  if (type !== 'ASSAULT' && end === i + 1 && next && CHARGE_PREPS.has(next.lower))
    return prev.pos === 'NOUN' || prev.pos === 'PROPN';
  // "The men, arrested in March, were charged": a participle set off by commas after a noun
  if (prev.text === ',' && end === i + 1 && next && (adjunctAt(toks, end) || next.text === ','))
    return (
      i >= 2 &&
      (toks[i - 2].pos === 'NOUN' || toks[i - 2].pos === 'PROPN') &&
      closedAside(toks, end, verbBefore(toks, i - 2))
    );
  if (!(prev.pos === 'NOUN' || GROUP_PRONOUNS.has(prev.lower))) return false;
  if (!next) return true;
  // "a French citizen held hostage in Yemen", "a man shot dead in Lagos": an idiom that holds its
  // own complement, with nothing after it but a phrase or the clause's end
  // ("Kenyan police opened fire on protesters" has no later verb of its own: it stays active)
  if (end > i + 1)
    return next.pos === 'AUX' || ((next.pos === 'ADP' || next.text === ',') && laterAux(toks, end));
  // "killed at least five": a count is an object; "forced out", "announced that": a phrasal or
  // finite verb with its particle or clause
  if (next.lower === 'at' && /^(least|most)$/.test(toks[i + 2]?.lower ?? '')) return false;
  if (type === 'ACCUSE') return false;
  // "activists detained during the protests were freed", "including opposition figures jailed
  // after the election": an adjunct after the participle, then the clause's own finite verb, or
  // a noun that a preposition governs, which no verb can have as subject
  if (adjunctAt(toks, end) && (finiteAhead(toks, end + 1) || governedPhrase(toks, i - 1))) return true;
  if (PARTICLES.has(next.lower) || next.pos === 'SCONJ' || OBJECT_POS.has(next.pos)) return false;
  // after a noun only the clear case: the participle ends its phrase before a verb or a stop ("the
  // people killed were"); "the people killed in the campaign" may still take the clause's actor
  // "schoolgirls kidnapped by gunmen": the agent named right after the participle
  return GROUP_PRONOUNS.has(prev.lower) || next.pos === 'AUX' || next.pos === 'PUNCT' || next.lower === 'by';
}

/**
 * Does an adjunct of time or place open at k: a preposition of `ADJUNCT_PREPS`, or one the tagger
 * read as a conjunction before a date ("since July", "after 2020") rather than a clause ("after
 * troops were deployed")?
 */
function adjunctAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || !ADJUNCT_PREPS.has(t.lower)) return false;
  if (t.pos === 'ADP') return true;
  const a = toks[k + 1];
  const b = toks[k + 2];
  return !!a && (a.pos === 'PROPN' || a.pos === 'NUM') && !(b && (b.pos === 'VERB' || b.pos === 'AUX'));
}

/** Does a finite verb follow k in the same clause ("detained during the protests were freed")? */
function finiteAhead(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length; j++) {
    const t = toks[j];
    if (CLAUSE_BREAKS.has(t.lower) || t.pos === 'SCONJ') return false;
    if (t.pos === 'AUX') return true;
    if (t.pos === 'VERB') return !/ing$/.test(t.lower) && toks[j - 1]?.lower !== 'to';
  }
  return false;
}

/**
 * Is the noun phrase ending at k the object of a preposition ("including several opposition
 * figures"), after the clause's verb (a fronted "In Kabul gunmen killed" is not)?
 */
function governedPhrase(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j >= 0 && PHRASE_POS.has(toks[j].pos) && toks[j].lower !== 'including') j--;
  if (j < 0 || !(toks[j].pos === 'ADP' || toks[j].lower === 'including')) return false;
  return verbBefore(toks, j);
}

/** Is there a verb before k (the clause's own, when k is in its object)? */
function verbBefore(toks: readonly Tok[], k: number): boolean {
  for (let v = k - 1; v >= 0; v--) if (toks[v].pos === 'VERB' || toks[v].pos === 'AUX') return true;
  return false;
}

/**
 * After a comma-set participle phrase: does its closing comma come before the clause's verb, or,
 * when the noun it describes is an object (`object`), anything else ("freed Bazoum, detained
 * since July, on Friday")?
 */
function closedAside(toks: readonly Tok[], k: number, object: boolean): boolean {
  for (let j = k; j < Math.min(toks.length - 1, k + 12); j++) {
    if (toks[j].text === ';' || toks[j].pos === 'VERB' || toks[j].pos === 'AUX') return false;
    if (toks[j].text === ',') return object || toks[j + 1].pos === 'AUX' || toks[j + 1].pos === 'VERB';
  }
  return false;
}

/** Is there an auxiliary after k in the sentence, the verb of the clause the phrase is subject of? */
function laterAux(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length; j++) {
    if (toks[j].text === ';') return false;
    if (toks[j].pos === 'AUX') return true;
  }
  return false;
}
