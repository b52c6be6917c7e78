import type { CueSets } from './patterns.js';
import type { Tok } from './sentence-view.js';

/** Words a noun phrase of a reporting aside is made of ("the army", "US officials", "Washington"). */
const ASIDE_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** The longest speaker phrase read: an aside names its source briefly. */
const MAX_SPEAKER = 5;

/**
 * A reporting aside right after a relative word: "the strike that Washington says killed 11",
 * "the raid, which the army claims killed five", "the attack that officials said wounded three".
 * The words between the relative word at `rel` and a verb are a speaker and a reporting verb, so
 * the relative clause's verb has the noun before `rel` as its subject and is the speaker's claim.
 * Reporting verbs are the speech and alleging cues ("say", "claim"). Returns the speaker's token
 * range and the reporting verb's index, or null.
 *
 * The tagger often reads the reporting verb as a plural noun ("the army claims") and a "that"
 * before a plural noun as a demonstrative, so the verb is known by its lemma and by the verb
 * after it, not by its tag.
 */
export function reportingAsideAt(
  toks: readonly Tok[],
  rel: number,
  cues: CueSets,
): { speaker: [number, number]; verb: number } | null {
  const start = rel + 1;
  for (let v = start + 1; v <= start + MAX_SPEAKER && v + 1 < toks.length; v++) {
    const t = toks[v];
    const reporting = cues.speech.single.has(t.lemma) || cues.alleging.single.has(t.lemma);
    if (reporting && (t.pos === 'VERB' || t.pos === 'NOUN') && finiteVerb(toks[v + 1])) {
      for (let k = start; k < v; k++) if (!ASIDE_PHRASE.has(toks[k].pos)) return null;
      // the speaker's phrase has a head of its own: "the 20th that said killed" is no aside
      const head = toks[v - 1];
      if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
      return { speaker: [start, v], verb: v };
    }
    if (!ASIDE_PHRASE.has(t.pos)) return null;
  }
  return null;
}

/** A verb that heads a clause by itself: past or present tense, not a participle in -ing. */
function finiteVerb(t: Tok | undefined): boolean {
  return !!t && t.pos === 'VERB' && !/ing$/.test(t.lower) && t.lower !== t.lemma;
}
