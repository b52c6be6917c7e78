import { WEEKDAYS } from '../core/time-words.js';
import type { CueSets } from './patterns.js';
import { reportingAsideAt } from './reporting-aside.js';
import { isQuoteMark, type PhraseGroup, type Tok } from './sentence-view.js';
import { trailingAttribution } from './trailing-attribution.js';

/** How a clause hangs on the rest of the sentence. */
export type ClauseKind =
  /** the sentence's first clause, or one after ";" */
  | 'main'
  /** "and" + a new subject + verb */
  | 'coord'
  /** "and" + verb: shares the previous clause's subject */
  | 'vp'
  /** ", accusing ...": shares the previous clause's subject */
  | 'participle'
  /** "to VERB": shares its governor's subject */
  | 'infinitive'
  /** "that ...", or a bare clause after a reporting verb */
  | 'complement'
  /** "who/which/that + verb" after a noun */
  | 'relative'
  /** "if/because/after/when ..." */
  | 'adverbial'
  /** ", police said." at the end of a sentence */
  | 'attribution';

/** A clause: a token range with its kind and the token that governs it, if any. */
export interface Clause {
  index: number;
  start: number;
  end: number;
  kind: ClauseKind;
  /** Token index of the verb (or noun) that governs a complement, infinitive or relative. */
  governor: number | null;
  /** The subordinator that opened an adverbial clause ("if", "because"). */
  marker: string | null;
  /** Index of the clause this one resumes after a parenthetical participle ("X, occurring ..., killed"). */
  resumes?: number;
}

const TIME = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'week', 'month', 'year', 'weekend']);
/** Subordinators that are also prepositions ("since September", "after the vote"). */
const PREPOSITION_LIKE = new Set(['since', 'after', 'before', 'as', 'until', 'following']);
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose']);
/** Words that open an indirect question after a verb of saying or knowing. */
const EMBEDDED_QUESTION = new Set(['where', 'what', 'how', 'why', 'whether']);
const SPEECH_NOUNS = new Set([
  'report',
  'claim',
  'allegation',
  'statement',
  'warning',
  'reminder',
  'news',
  'word',
  'assurance',
  'announcement',
  'declaration',
  'charge',
  'accusation',
  'rumor',
  'rumour',
  'fear',
  'concern',
  'sign',
  'evidence',
  'indication',
  'belief',
  'view',
  'insistence',
  'demand',
  'threat',
  'promise',
  'pledge',
  'hope',
  'suggestion',
]);

function isVerbLike(t: Tok | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Phrase groups by their first token, built once per sentence. */
type GroupIndex = ReadonlyMap<number, PhraseGroup>;

/** Is there a noun phrase starting at `i` that is followed by a verb (a clause with a subject)? */
/** Words that open a count before its number ("at least", "more than", "up to"). */
const COUNT_WORDS = new Set([
  'at',
  'least',
  'most',
  'more',
  'than',
  'up',
  'to',
  'nearly',
  'about',
  'some',
  'over',
]);

function subjectThenVerb(toks: readonly Tok[], groups: GroupIndex, i: number, pps = 0): boolean {
  let k = i;
  while (k < toks.length && (isQuoteMark(toks[k]) || toks[k].lower === 'both' || toks[k].lower === 'either'))
    k++;
  // "said at least 50 people had been killed", "said more than 20 were": a count's own words
  while (k < i + 2 && !groups.get(k) && COUNT_WORDS.has(toks[k]?.lower ?? '')) k++;
  const g = groups.get(k) ?? groups.get(i);
  if (!g) return false;
  let e = g.end;
  // "(after) clashes along the border killed": up to `pps` prepositional phrases after the head
  for (let pp = 0; pp < pps && toks[e]?.pos === 'ADP' && toks[e].lower !== 'that'; pp++) {
    const after = groups.get(e + 1);
    if (!after || after.members.length > 1) break;
    e = after.end;
  }
  while (e < toks.length && (toks[e].pos === 'ADV' || isQuoteMark(toks[e]))) e++;
  return isVerbLike(toks[e]);
}

/**
 * Does a fronted time or place phrase and then a new subject and verb open at `i` ("and [on Monday,]
 * police detained", "but [in April] troops ...")? The chunker may join the phrase's last noun to
 * the subject ("April police"), so the subject is read as the noun right before the verb.
 */
function frontedPhraseThenClause(toks: readonly Tok[], groups: GroupIndex, i: number): boolean {
  let k = i;
  while (k < toks.length && toks[k].pos === 'ADV') k++;
  if (toks[k]?.pos !== 'ADP') return false;
  const g = groups.get(k) ?? groups.get(k + 1);
  if (g && toks[g.end]?.text === ',' && subjectThenVerb(toks, groups, g.end + 1)) return true;
  for (let j = k + 2; j < Math.min(toks.length, k + 7); j++) {
    const t = toks[j];
    if (isVerbLike(t)) return SUBJECT_POS.has(toks[j - 1].pos) && j - 1 > k + 1;
    if (t.pos === 'PUNCT' && t.text !== ',') return false;
  }
  return false;
}

const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** The nearest verb to the left of `i` within `max` tokens that can govern a clause. */
function governorBefore(toks: readonly Tok[], i: number, max: number, nounsToo: boolean): number | null {
  for (let k = i - 1; k >= 0 && k >= i - max; k--) {
    const t = toks[k];
    if (t.pos === 'VERB' || (t.pos === 'ADJ' && k === i - 1)) return k;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-' && t.text !== '(' && t.text !== ')')
      return null;
    if (nounsToo && t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lemma)) return k;
    if (t.text === ';' || t.text === '.') return null;
  }
  return null;
}

/**
 * Splits a sentence into clauses from POS tags and closed word classes alone: subordinators,
 * relative pronouns, coordinated clauses, participial and infinitival clauses, bare complements of
 * reporting verbs, and a trailing attribution (", officials said.").
 */
export function splitClauses(
  toks: readonly Tok[],
  phraseGroups: readonly PhraseGroup[],
  cues: CueSets,
): Clause[] {
  const n = toks.length;
  const groups: GroupIndex = new Map(phraseGroups.map((g) => [g.start, g]));
  const first = toks[0];
  // "If X attacks Y, ..." opens with a clause; "Since early September, ..." only with a phrase
  const fronted =
    first &&
    ((first.pos === 'SCONJ' && !PREPOSITION_LIKE.has(first.lower)) ||
      ((first.pos === 'SCONJ' || first.pos === 'ADP') &&
        cues.subordinators.single.has(first.lower) &&
        subjectThenVerb(toks, groups, 1)));
  const opens: Omit<Clause, 'index' | 'end'>[] = [
    { start: 0, kind: fronted ? 'adverbial' : 'main', governor: null, marker: fronted ? first.lower : null },
  ];
  let frontedOpen = !!fronted;
  for (let i = 1; i < n; i++) {
    const t = toks[i];
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // "If X attacks Y, Z will ...": the comma closes a fronted adverbial clause
    if (frontedOpen && t.text === ',' && (subjectThenVerb(toks, groups, i + 1) || groups.get(i + 1))) {
      frontedOpen = false;
      opens.push({ start: i + 1, kind: 'main', governor: null, marker: null });
      continue;
    }
    if (t.text === ';' || t.text === ':') {
      if (i + 1 < n) opens.push({ start: i + 1, kind: 'main', governor: null, marker: null });
      continue;
    }
    if (
      RELATIVE_WORDS.has(t.lower) ||
      (t.lower === 'that' &&
        (isVerbLike(next) || next?.pos === 'ADV') &&
        (prev.pos === 'NOUN' || prev.pos === 'PROPN')) ||
      // "the strike that Washington says killed 11": a reporting aside inside a relative clause
      (t.lower === 'that' &&
        (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.pos === 'ADJ') &&
        reportingAsideAt(toks, i, cues) !== null)
    ) {
      opens.push({ start: i, kind: 'relative', governor: null, marker: t.lower });
      continue;
    }
    if (
      t.lower === 'that' &&
      next &&
      next.pos !== 'PUNCT' &&
      (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET') &&
      !(
        next &&
        (next.pos === 'NOUN' || next.pos === 'ADJ') &&
        !subjectThenVerb(toks, groups, i + 1) &&
        t.pos === 'DET'
      )
    ) {
      opens.push({
        start: i,
        kind: 'complement',
        governor: governorBefore(toks, i, 8, true),
        marker: 'that',
      });
      continue;
    }
    // "did not say where (exactly) the boat had been hit", "asked what it carried": an indirect
    // question is the verb's complement, with a subject of its own
    if (EMBEDDED_QUESTION.has(t.lower) && prev.pos === 'VERB' && !isVerbLike(next)) {
      opens.push({ start: i, kind: 'complement', governor: i - 1, marker: t.lower });
      continue;
    }
    if (
      t.pos === 'SCONJ' ||
      ((t.lower === 'where' || t.lower === 'when') && subjectThenVerb(toks, groups, i + 1)) ||
      (t.pos === 'ADP' && cues.subordinators.single.has(t.lower) && subjectThenVerb(toks, groups, i + 1, 2))
    ) {
      if (cues.subordinators.single.has(t.lower) || t.pos === 'SCONJ') {
        opens.push({ start: i, kind: 'adverbial', governor: null, marker: t.lower });
        continue;
      }
    }
    if (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === 'but')) {
      let k = i + 1;
      while (k < n && toks[k].pos === 'ADV') k++;
      if (isVerbLike(toks[k])) {
        opens.push({ start: i + 1, kind: 'vp', governor: null, marker: null });
        continue;
      }
      if (subjectThenVerb(toks, groups, i + 1) || frontedPhraseThenClause(toks, groups, i + 1)) {
        opens.push({ start: i + 1, kind: 'coord', governor: null, marker: null });
        continue;
      }
    }
    if (t.text === ',' && next && next.pos === 'VERB' && /ing$/.test(next.lower)) {
      opens.push({ start: i + 1, kind: 'participle', governor: null, marker: null });
      continue;
    }
    // "A journalist who criticised the government was detained": a restrictive relative clause
    // ends where a finite verb follows its object, and the clause before it resumes
    if (opens.length >= 2 && relativeEndsAt(toks, opens[opens.length - 1], i, cues)) {
      const before = opens[opens.length - 2];
      opens.push({
        start: i,
        kind: before.kind,
        governor: before.governor,
        marker: before.marker,
        resumes: -1 - (opens.length - 2),
      });
      continue;
    }
    // ", occurring every day, have killed": the comma closes a parenthetical participle and the
    // clause before it resumes
    // (over an adverb: ", also suspended")
    const verbAfter = next?.pos === 'ADV' ? toks[i + 2] : next;
    if (
      t.text === ',' &&
      verbAfter &&
      (verbAfter.pos === 'AUX' ||
        (verbAfter.pos === 'VERB' && !/ing$/.test(verbAfter.lower) && verbAfter.lower !== verbAfter.lemma))
    ) {
      const open = opens[opens.length - 1];
      // ... and so does a non-restrictive relative clause ("M23 rebels, who took Goma in
      // January, seized Bukavu")
      const parenthetical =
        open.kind === 'participle' ||
        (open.kind === 'relative' &&
          open.start > 0 &&
          toks[open.start - 1].text === ',' &&
          i > open.start + 2);
      if (parenthetical && opens.length >= 2) {
        const before = opens[opens.length - 2];
        opens.push({
          start: i + 1,
          kind: before.kind,
          governor: before.governor,
          marker: before.marker,
          resumes: -1 - (opens.length - 2),
        });
        continue;
      }
    }
    if (
      t.pos === 'PART' &&
      t.lower === 'to' &&
      next &&
      (next.pos === 'VERB' || (next.pos === 'AUX' && next.lemma === 'be'))
    ) {
      opens.push({
        start: i,
        kind: 'infinitive',
        governor: governorBefore(toks, i, 16, false),
        marker: null,
      });
      continue;
    }
    // "said Y attacked Z": a reporting verb followed by a clause with its own subject.
    if (t.pos === 'VERB' && cues.speech.single.has(t.lemma) && next && next.lower !== 'that') {
      // skip a time phrase between the verb and its clause ("said on Wednesday they would ...")
      let k = i + 1;
      if (toks[k]?.pos === 'ADV' || toks[k]?.lower === 'here') k++;
      if (
        toks[k] &&
        (toks[k].lower === 'on' || toks[k].lower === 'last' || toks[k].lower === 'this') &&
        toks[k + 1] &&
        TIME.has(toks[k + 1].lower)
      )
        k += 2;
      else if (toks[k] && TIME.has(toks[k].lower)) k += 1;
      if (subjectThenVerb(toks, groups, k))
        opens.push({ start: k, kind: 'complement', governor: i, marker: null });
    }
  }
  // Trailing attribution: ", NP reporting-verb [time words]." or ", reporting-verb NP.", also
  // before a participle clause (", health officials said, shattering a ceasefire.")
  trailingAttribution(toks, cues, opens);
  opens.sort((a, b) => a.start - b.start);
  const out: Clause[] = [];
  for (let k = 0; k < opens.length; k++) {
    if (k > 0 && opens[k].start === opens[k - 1].start) continue;
    // built field by field: an object spread over these mixed shapes is a slow generic copy
    const o = opens[k];
    const c: Clause = {
      index: out.length,
      start: o.start,
      end: k + 1 < opens.length ? opens[k + 1].start : n,
      kind: o.kind,
      governor: o.governor,
      marker: o.marker,
      // always present (undefined when unset), so that every clause shares one hidden class
      resumes: o.resumes,
    };
    out.push(c);
  }
  for (let k = 0; k < out.length; k++) out[k].end = k + 1 < out.length ? out[k + 1].start : n;
  for (const c of out) {
    if (c.resumes === undefined || c.resumes >= 0) continue;
    const startOfResumed = opens[-1 - c.resumes]?.start;
    const target = out.find((x) => x.start === startOfResumed);
    c.resumes = target ? target.index : undefined;
  }
  return out;
}

/**
 * Does the subject relative clause `open` ("who criticised the government") end before token i,
 * a finite verb right after a noun that is not the relative's own verb? Not after a comma (a
 * non-restrictive clause closes with one), nor after a reporting verb, whose complement may have
 * a verb of its own ("who said the attack was a mistake").
 */
function relativeEndsAt(
  toks: readonly Tok[],
  open: Omit<Clause, 'index' | 'end'>,
  i: number,
  cues: CueSets,
): boolean {
  if (open.kind !== 'relative' || open.start === 0 || toks[open.start - 1].text === ',') return false;
  const t = toks[i];
  const prev = toks[i - 1];
  const finite =
    (t.pos === 'AUX' && t.lower !== 'to') ||
    (t.pos === 'VERB' && !/ing$/.test(t.lower) && t.lower !== t.lemma && /ed$/.test(t.lower));
  if (!finite || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM')) return false;
  let k = open.start + 1;
  while (k < i && toks[k].pos === 'ADV') k++;
  if (!(toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX')) return false;
  for (let j = k; j < i; j++) {
    if (
      toks[j].pos === 'VERB' &&
      (cues.speech.single.has(toks[j].lemma) || cues.alleging.single.has(toks[j].lemma))
    )
      return false;
    if (toks[j].text === ',' || toks[j].pos === 'CCONJ' || toks[j].pos === 'SCONJ') return false;
  }
  return toks.slice(k, i).some((u) => u.pos === 'VERB');
}

/** The clause that contains token `i`. */
export function clauseOf(clauses: readonly Clause[], i: number): Clause {
  let c = clauses[0];
  for (const x of clauses) if (x.start <= i) c = x;
  return c;
}
