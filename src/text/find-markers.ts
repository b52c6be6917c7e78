import type { Marker, MarkerKind, Sentence, Token } from '../core/records.js';
import { lowerOf } from './tokenize.js';

/**
 * Marker phrases by kind, as lower-case word sequences matched on token surface forms. Contracted
 * negation ("didn't") reaches us as two tokens, "did" and "n't".
 */
const PHRASES: Record<MarkerKind, string[]> = {
  hedge: [
    'apparently',
    'possibly',
    'probably',
    'likely',
    'unlikely',
    'seemingly',
    'unconfirmed',
    'believed to',
    'thought to',
    'appears to',
    'appeared to',
    'seems to',
    'seemed to',
    'unclear',
    'unverified',
    'purportedly',
  ],
  alleged: [
    'allegedly',
    'alleged',
    'suspected',
    'purported',
    'claimed',
    'claims',
    'claim',
    'claiming',
    'accused of',
    'accusing',
    'accuses',
    'presumed',
  ],
  reported: [
    'reportedly',
    'according to',
    'as per',
    'said to',
    'reports that',
    'reported that',
    'is said',
    'are said',
    'was said',
    'were said',
  ],
  denied: [
    'denied',
    'denies',
    'deny',
    'denying',
    'dismissed',
    'rejected claims',
    'rejected reports',
    'refuted',
    'refutes',
  ],
  negation: [
    'not',
    "n't",
    'n’t',
    'never',
    'no',
    'none',
    'neither',
    'nor',
    'nobody',
    'nothing',
    'without',
    'no one',
    'failed to',
    'fails to',
  ],
  modal: ['could', 'would', 'may', 'might', 'can', 'should', 'must', 'ought to'],
  future: [
    'will',
    "'ll",
    '’ll',
    'expected to',
    'plans to',
    'planned to',
    'planning to',
    'plan to',
    'set to',
    'going to',
    'intends to',
    'intend to',
    'intended to',
    'scheduled to',
    'aims to',
    'due to',
    'poised to',
    'vowed to',
    'pledged to',
    'promised to',
    'prepared to',
    'preparing to',
    'about to',
  ],
  hypothetical: [
    'if',
    'unless',
    'contemplating',
    'considering',
    'weighing',
    'mulling',
    'threatened to',
    'threatens to',
    'threatening to',
    'threaten to',
    'considered',
    'contemplated',
    'in case',
    'whether',
  ],
  refusal: [
    'refused to',
    'refuses to',
    'refuse to',
    'refusing to',
    'declined to',
    'declines to',
    'decline to',
    'rejected',
    'rejects',
    'reject',
    'vetoed',
    'turned down',
  ],
};

interface Entry {
  words: string[];
  kind: MarkerKind;
}

/** Patterns indexed by their first word, longest first, built once. */
const BY_FIRST: Map<string, Entry[]> = (() => {
  const map = new Map<string, Entry[]>();
  for (const [kind, phrases] of Object.entries(PHRASES) as [MarkerKind, string[]][]) {
    for (const p of phrases) {
      const words = p.split(' ');
      const list = map.get(words[0]) ?? [];
      list.push({ words, kind });
      map.set(words[0], list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** "not just", "not only", "no longer"... are not negations of the event. */
const NOT_NEGATING_AFTER = new Set([
  'just',
  'only',
  'merely',
  'simply',
  'least',
  'longer',
  'doubt',
  'matter',
  'less',
  'more',
  'sooner',
]);

const AUX_FOR_NEGATION = new Set([
  'do',
  'does',
  'did',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'could',
  'would',
  'will',
  'can',
  'should',
  'may',
  'might',
  'must',
  'wo',
  'ca',
  'sha',
]);

/**
 * Finds hedges, claim markers, modality and negation in one sentence. Words used as something else
 * are skipped where the part of speech tells ("may" the month, "will" the noun, "claims" in
 * "claims of"); "did not"/"didn't" come out as one negation marker; "not just" is no negation.
 */
export function findMarkers(
  sentence: Sentence,
  toks: readonly Token[],
  lw: readonly string[] = toks.map(lowerOf),
): Marker[] {
  const out: Marker[] = [];
  for (let i = 0; i < toks.length; i++) {
    const w = lw[i];
    const entries = BY_FIRST.get(w);
    if (!entries) continue;
    for (const e of entries) {
      if (!matches(lw, i, e.words)) continue;
      if (!fits(toks, lw, i, e)) continue;
      let a = i;
      const b = i + e.words.length;
      if (
        e.kind === 'negation' &&
        (w === 'not' || w === "n't" || w === 'n’t') &&
        i > 0 &&
        AUX_FOR_NEGATION.has(lw[i - 1])
      )
        a = i - 1;
      if (a < i && out.length && out[out.length - 1].start === toks[a].start) out.pop();
      out.push({
        start: toks[a].start,
        end: toks[b - 1].end,
        sentence: sentence.index,
        kind: e.kind,
        text: sentence.text.slice(toks[a].start - sentence.start, toks[b - 1].end - sentence.start),
      });
      i = b - 1;
      break;
    }
  }
  return out;
}

function matches(lw: readonly string[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    if (lw[i + k] !== words[k]) return false;
  }
  return true;
}

function fits(toks: readonly Token[], lw: readonly string[], i: number, e: Entry): boolean {
  const t = toks[i];
  const w = lw[i];
  const next = toks[i + e.words.length];
  if (e.words.length === 1) {
    if ((w === 'may' || w === 'will' || w === 'can' || w === 'must') && t.pos !== 'AUX' && t.pos !== 'VERB')
      return false;
    if (w === 'may' && t.text === 'May') return false;
    if ((w === 'claim' || w === 'claims') && lw[i + 1] === 'of') return false;
    if (e.kind === 'negation' && next && NOT_NEGATING_AFTER.has(lw[i + 1])) return false;
    // "No." as an answer negates no event.
    if (w === 'no' && next?.pos === 'PUNCT') return false;
  }
  if (e.kind === 'refusal' && (w === 'rejected' || w === 'rejects' || w === 'reject')) {
    // "rejected" as refusal only for proposals and demands; "rejected claims" is a denial above.
    return !!next && /^(the|a|an|any|calls?|demands?|proposals?|offers?|requests?|plans?)$/i.test(next.text);
  }
  if (w === 'due' && toks[i + 2] && toks[i + 2].pos !== 'VERB') return false;
  return true;
}
