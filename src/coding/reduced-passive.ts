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
  if (PARTICLES.has(next.lower) || next.pos === 'SCONJ' || OBJECT_POS.has(next.pos)) return false;
  // after a noun only the clear case: the participle ends its phrase before a verb or a stop ("the
  // people killed were"); "the people killed in the campaign" may still take the clause's actor
  // "schoolgirls kidnapped by gunmen": the agent named right after the participle
  return GROUP_PRONOUNS.has(prev.lower) || next.pos === 'AUX' || next.pos === 'PUNCT' || next.lower === 'by';
}

/** Is there an auxiliary after k in the sentence, the verb of the clause the phrase is subject of? */
function laterAux(toks: readonly Tok[], k: number): boolean {
  for (let j = k; j < toks.length; j++) {
    if (toks[j].text === ';') return false;
    if (toks[j].pos === 'AUX') return true;
  }
  return false;
}
