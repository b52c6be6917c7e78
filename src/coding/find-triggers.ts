import type { CompiledPattern, PatternBook, Trigger } from './patterns.js';
import {
  findAnyListed,
  matchPhrase,
  objectWindowEnd,
  passiveSubjectWindow,
  relativeObject,
} from './phrase-match.js';
import type { Tok } from './sentence-view.js';
import { USER_RANK, userMatch } from './user-match.js';

/** A pattern matched in a sentence. */
export interface TriggerMatch {
  pattern: CompiledPattern;
  kind: 'verb' | 'noun';
  /** Token range of the trigger phrase itself. */
  start: number;
  end: number;
  /** Token range of the object words that satisfied the pattern's `object` condition, if any. */
  objectSpan: [number, number] | null;
  /** For a nominal event carried by a light verb: that verb's token index. */
  lightVerb: number | null;
  /** Ordering key: higher wins when matches overlap. */
  rank: number;
}

/** Is the verb at i one of the transparent cues ("seek", "try") right before an infinitive? */
function transparentBeforeInfinitive(toks: readonly Tok[], i: number, book: PatternBook): boolean {
  const to = toks[i + 1];
  const v = toks[i + 2];
  return (
    book.cues.transparent.single.has(toks[i].lemma) &&
    to?.lower === 'to' &&
    to.pos === 'PART' &&
    (v?.pos === 'VERB' || v?.pos === 'AUX')
  );
}

/** After "call X": a predicate adjective or noun phrase says what X is called ("... a farce", "... illegal"). */
function namesPredicate(toks: readonly Tok[], after: number): boolean {
  const t = toks[after];
  return !!t && (t.pos === 'ADJ' || (t.pos === 'DET' && /^(a|an|the)$/.test(t.lower)));
}

/** Is there a verb, auxiliary or adjective among tokens [from, to)? */
function hasPredicateWord(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const pos = toks[k].pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'ADJ') return true;
  }
  return false;
}

/**
 * A capitalised word inside a name, which the tagger read as a verb: "Hong Kong's Hang Seng",
 * "the Strike Force Command": after a possessive or an article, with a name right after it.
 */
function insideName(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const c = t.text.charCodeAt(0);
  const prev = toks[i - 1];
  // after a possessive or an article, a capitalised word opens a name, not a clause
  const nominal = prev && (prev.lower === "'s" || prev.lower === '’s' || prev.pos === 'DET');
  return i > 0 && c >= 65 && c <= 90 && toks[i + 1]?.pos === 'PROPN' && !!nominal;
}

function posFits(t: Tok, kind: 'verb' | 'noun', multi: boolean): boolean {
  if (kind === 'verb') {
    // wink tags some verbs after names as nouns ("Israel shells"); multi-word idioms carry their own evidence.
    return multi || t.pos === 'VERB' || t.pos === 'AUX';
  }
  // event nouns are common nouns: "March" the month is not a march
  return (
    t.pos === 'NOUN' ||
    (t.pos === 'PROPN' && t.text !== t.text.replace(/^./, (c) => c.toUpperCase())) ||
    (t.pos === 'VERB' && /ing$/.test(t.lower)) ||
    multi
  );
}

/**
 * A present-tense verb the tagger took for a noun or adjective: between a name or plural noun
 * and a determiner ("Velmoria and Ostria welcome a return"). Read for user verbs only.
 */
function untaggedVerb(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next || next.pos !== 'DET') return false;
  return prev.pos === 'PROPN' || (prev.pos === 'NOUN' && prev.lower !== prev.lemma);
}

const capitalised = (t: Tok): boolean => /^\p{Lu}/u.test(t.text);

/**
 * A capitalised word inside a name ("the Met Office", "Strike Force Command"): not the verb or
 * noun it spells. Only where a capitalised name word follows it, and never first in the sentence.
 */
function inProperName(toks: readonly Tok[], i: number): boolean {
  if (i === 0 || !capitalised(toks[i]) || i + 1 >= toks.length) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    (prev.pos === 'DET' || capitalised(prev)) &&
    capitalised(next) &&
    (next.pos === 'PROPN' || next.pos === 'NOUN')
  );
}

/** A headline in title case: half or more of the longer words after the first are capitalised. */
function isTitleCase(toks: readonly Tok[]): boolean {
  let words = 0;
  let caps = 0;
  for (let i = 1; i < toks.length; i++)
    if (/^\p{L}/u.test(toks[i].text) && toks[i].text.length > 3) {
      words++;
      if (capitalised(toks[i])) caps++;
    }
  return words > 2 && caps / words >= 0.5;
}

/** Multi-word cue phrases joined by spaces, per phrase list (the lists are fixed once loaded). */
const JOINED = new WeakMap<readonly string[][], Set<string>>();

function joinedPhrases(phrases: readonly string[][]): Set<string> {
  let set = JOINED.get(phrases);
  if (!set) {
    set = new Set(phrases.map((p) => p.join(' ')));
    JOINED.set(phrases, set);
  }
  return set;
}

/** The light verb (or verb of consideration or intent) whose object this noun is, if any. */
function lightVerbOf(
  toks: readonly Tok[],
  nounStart: number,
  book: PatternBook,
  allowed: Set<string> | null,
): number | null {
  // Walk back over the noun phrase and at most one short gap to the verb.
  let k = nounStart - 1;
  let steps = 0;
  while (k >= 0 && steps < 7) {
    const t = toks[k];
    // "carried out (apparently) coordinated attacks": a participle that modifies the noun
    if (
      t.pos === 'VERB' &&
      k === nounStart - 1 &&
      /ed$/.test(t.lower) &&
      k > 0 &&
      (toks[k - 1].pos === 'ADV' || toks[k - 1].pos === 'DET' || toks[k - 1].pos === 'ADJ')
    ) {
      k--;
      steps++;
      continue;
    }
    if (t.pos === 'VERB' || (t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'have'))) {
      const cand = [t.lemma, ...(t.alt ?? [])];
      // phrasal light verbs: "carry out", "step up", "engage in", "take part in"
      if (k + 1 < nounStart) cand.unshift(`${t.lemma} ${toks[k + 1].lemma}`);
      if (k + 2 < nounStart) cand.unshift(`${t.lemma} ${toks[k + 1].lemma} ${toks[k + 2].lemma}`);
      for (const c of cand) {
        if (
          allowed
            ? allowed.has(c)
            : book.cues.light.single.has(c) || joinedPhrases(book.cues.light.phrases).has(c)
        )
          return k;
        if (book.cues.consider.single.has(c) || book.cues.intent.single.has(c)) return k;
      }
      return null;
    }
    // (a count in the phrase: "carried out more than two dozen air strikes", "at least ten raids")
    const count =
      t.lower === 'than' || (t.lower === 'at' && /^(?:least|most)$/.test(toks[k + 1]?.lower ?? ''));
    if (t.pos === 'ADP' && !count && !['of', 'in', 'out', 'up', 'on', 'under', 'into'].includes(t.lower))
      return null;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '"' && t.text !== '“' && t.text !== '”')
      return null;
    k--;
    steps++;
  }
  return null;
}

/**
 * Every pattern match in a sentence, overlaps resolved: verb patterns whose object condition holds
 * rank first, then nominal events carried by light verbs, then plain verbs, then bare nominals. A
 * match claims its trigger tokens and the object words it needed, so "imposed sanctions" does not
 * also give a nominal "sanctions".
 */
export function findTriggers(toks: readonly Tok[], book: PatternBook): TriggerMatch[] {
  const cands: TriggerMatch[] = [];
  let titleCase: boolean | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const a = book.byFirst.get(t.lemma);
    const b = t.lower !== t.lemma ? book.byFirst.get(t.lower) : undefined;
    // most tokens start no trigger: no list built for them
    if (!a && !b && !t.alt) continue;
    if (inProperName(toks, i)) {
      if (titleCase === undefined) titleCase = isTitleCase(toks);
      if (!titleCase) continue;
    }
    const lists: Trigger[][] = [];
    if (a) lists.push(a);
    if (b) lists.push(b);
    for (const x of t.alt ?? []) {
      const c = book.byFirst.get(x);
      if (c) lists.push(c);
    }
    for (const list of lists) {
      for (const trig of list) {
        // the tag first: it rules out most candidates without reading the phrase
        if (!posFits(t, trig.kind, trig.words.length > 1) && !(trig.pattern.user && untaggedVerb(toks, i)))
          continue;
        if (trig.kind === 'verb' && insideName(toks, i)) continue;
        // "seeking to overthrow": a verb that passes its subject on to an infinitive is no act itself
        if (trig.kind === 'verb' && trig.words.length === 1 && transparentBeforeInfinitive(toks, i, book))
          continue;
        const end = matchPhrase(toks, i, trig.words, trig.kind);
        if (end < 0) continue;
        // a verb phrase needs a verb or predicate word in it ("air strikes" is not one)
        if (trig.kind === 'verb' && trig.words.length < 3 && !hasPredicateWord(toks, i, end)) continue;
        const p = trig.pattern;
        if (p.user) {
          // a user verb pattern: its own word conditions, ranked above every built-in pattern
          const um = userMatch(toks, i, end, p.user);
          if (um === false) continue;
          const surface = toks[i].lower === trig.words[0] ? 5 : 0;
          const rank = USER_RANK + p.user.order * 1000 + p.user.weight * 10 + trig.words.length + surface;
          cands.push({ pattern: p, kind: 'verb', start: i, end, objectSpan: um, lightVerb: null, rank });
          continue;
        }
        const wEnd = objectWindowEnd(toks, end, p.complement === 'absorb' && !!p.object);
        let objectSpan: [number, number] | null = null;
        if (p.object) {
          objectSpan = findAnyListed(toks, end, wEnd, p.object);
          // "Four British diplomats were expelled": a passive's object words are its subject's
          if (!objectSpan && trig.kind === 'verb') {
            const subject = passiveSubjectWindow(toks, i);
            if (subject) objectSpan = findAnyListed(toks, subject[0], subject[1], p.object);
          }
          if (!objectSpan) continue;
        }
        if (p.notObject && findAnyListed(toks, end, Math.min(wEnd, end + 5), p.notObject)) continue;
        if (p.notObject && trig.kind === 'verb' && relativeObject(toks, i, p.notObject)) continue;
        let lightVerb: number | null = null;
        if (trig.kind === 'noun') lightVerb = lightVerbOf(toks, i, book, p.light);
        // "called the protests treasonous", "called the trial a witch hunt": naming, not calling one
        if (lightVerb !== null && toks[lightVerb].lemma === 'call' && namesPredicate(toks, end)) continue;
        if (trig.kind === 'noun' && p.light && lightVerb === null && !p.source.verbs?.length) {
          // Noun-only pattern restricted to its light verbs: still allowed as a bare nominal.
        }
        const rank =
          (objectSpan ? 400 : 0) +
          (trig.kind === 'noun' && lightVerb !== null ? 300 : 0) +
          (trig.kind === 'verb' ? 200 : 100) +
          trig.words.length * 10 +
          p.confidence;
        cands.push({ pattern: p, kind: trig.kind, start: i, end, objectSpan, lightVerb, rank });
      }
    }
  }
  // "launched an investigation into the bombing": when an event noun is the verb's object, the
  // verb carries that noun, not the later words its own object condition happened to find.
  for (let k = cands.length - 1; k >= 0; k--) {
    const v = cands[k];
    if (v.kind !== 'verb' || !v.objectSpan || v.pattern.user) continue;
    const [objStart] = v.objectSpan;
    if (cands.some((n) => n.kind === 'noun' && n.lightVerb === v.start && n.start < objStart))
      cands.splice(k, 1);
  }
  cands.sort((x, y) => y.rank - x.rank || x.start - y.start);
  const claimed = new Uint8Array(toks.length);
  const out: TriggerMatch[] = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.start; k < c.end; k++) if (claimed[k]) free = false;
    if (!free) continue;
    // A light verb already used by a nominal event cannot also be a verb event, and vice versa.
    if (c.lightVerb !== null && claimed[c.lightVerb] === 2) continue;
    for (let k = c.start; k < c.end; k++) claimed[k] = 1;
    // (a passive's object words in its subject stay free: "held hostage" in "A citizen held
    // hostage in Yemen was freed" is an act of its own)
    if (c.objectSpan && c.objectSpan[0] >= c.end)
      for (let k = c.objectSpan[0]; k < c.objectSpan[1]; k++) claimed[k] = claimed[k] || 1;
    if (c.lightVerb !== null) claimed[c.lightVerb] = 2;
    out.push(c);
  }
  // Drop verb events on tokens that a nominal event took as its light verb.
  const lightTaken = new Set(out.filter((m) => m.lightVerb !== null).map((m) => m.lightVerb));
  return out
    .filter((m) => !(m.kind === 'verb' && lightTaken.has(m.start) && !m.objectSpan))
    .sort((x, y) => x.start - y.start);
}
