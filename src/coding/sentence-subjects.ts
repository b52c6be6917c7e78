import type { ActorHit } from './actor-phrases.js';
import { TIME_WORDS } from './actor-phrases.js';
import { type Clause, clauseOf } from './clauses.js';
import type { DraftEvent } from './draft-event.js';
import { MATERIAL_CONFLICT } from './event-conversions.js';
import type { PloverType } from './ontology-schema.js';
import type { SentenceContext } from './sentence-context.js';
import type { PhraseGroup } from './sentence-view.js';
import { finiteAt } from './token-tests.js';

/** Prepositions of place: a phrase they open says where, and a relative clause after it hangs on the noun before. */
const LOCATIVE_PREPS = new Set([
  'in',
  'at',
  'near',
  'off',
  'across',
  'inside',
  'outside',
  'along',
  'around',
  'over',
]);

/**
 * Does the phrase name an act of this type without saying whose it is ("these operations", "the
 * attacks"; with `definite` false also a bare plural, "attacks on boats")?
 */
export function anaphoricAct(
  ctx: SentenceContext,
  g: PhraseGroup,
  type: PloverType,
  definite: boolean,
): boolean {
  const { toks, triggers, actors, sentence } = ctx;
  const head = g.members[0];
  const headTok = toks[head.head];
  if (
    !triggers.some(
      (o) => o.kind === 'noun' && o.pattern.type === type && o.start <= head.head && head.head < o.end,
    )
  )
    return false;
  // "Israeli attacks" say whose they are
  if (
    head.head > head.start &&
    actors.modifierActor(toks, head.start, head.head, sentence.index, sentence.text)
  )
    return false;
  const det = toks[head.start].lower;
  if (/^(?:these|those|the|such)$/.test(det)) return true;
  return !definite && toks[head.start].pos !== 'DET' && headTok.lower !== headTok.lemma;
}

/**
 * "A car bomb in Kiev killed ...": a subject that names no actor we know is still who the text
 * says acted. Its words become the actor, with no code (rule `clause.unplaced-subject`); an act
 * told in the passive without "by" has no such words and keeps no actor text.
 */
export function unplacedSubject(ctx: SentenceContext, d: DraftEvent): ActorHit | null {
  const { toks, groups, clauses } = ctx;
  if (d.rules.includes('clause.passive') || d.trigger <= 0 || d.trigger >= toks.length) return null;
  const c = clauseOf(clauses, d.trigger);
  let subject: PhraseGroup | null = null;
  for (const g of groups) {
    if (g.start < c.start || g.end > d.trigger) continue;
    // the subordinator that opens the clause is no preposition of its subject ("after another raid")
    const opener = g.prep !== null && c.marker === g.prep && g.start === c.start + 1;
    if ((g.prep && !opener) || TIME_WORDS.has(toks[g.end - 1].lemma)) continue;
    subject = g;
    break;
  }
  if (!subject) return null;
  // the clause's first plain phrase, with no verb between it and the act's word: "a car bomb
  // (in Kiev) killed", not the object of another verb ("raised the number of people killed")
  for (let k = subject.end; k < d.trigger; k++) {
    const t = toks[k];
    if (t.pos === 'VERB' || t.text === ';') return null;
  }
  d.rules.push('clause.unplaced-subject');
  d.from = Math.min(d.from, subject.start);
  return unplacedHit(ctx, subject);
}

/** A phrase that names no actor we know, kept as its words with no code. */
export function unplacedHit(ctx: SentenceContext, g: PhraseGroup): ActorHit {
  const text = ctx.phraseText(g);
  return { code: '---', country: null, sector: null, name: text, text, span: ctx.spanOf(g), weak: true };
}

/** Leftmost actor group in [from, to) that is not inside a prepositional phrase. */
export function subjectIn(ctx: SentenceContext, from: number, to: number, opener = -1): PhraseGroup | null {
  const { groups } = ctx;
  for (const g of groups) {
    if (g.start < from || g.end > to) continue;
    // "as government forces shelled": the subordinator read as a preposition opens the clause
    if (g.prep && g.prep !== 'of' && g.start !== opener + 1) continue;
    // "Fourth, the army ...", "Hours later, militants ...": a fronted phrase closed by a comma,
    // with another phrase after it before the verb, is no subject
    if (frontedAside(ctx, g, to)) continue;
    if (ctx.actorsOf(g).length) return g;
  }
  return null;
}

/** A fronted phrase closed by a comma with another phrase after it before `to`: no subject. */
function frontedAside(ctx: SentenceContext, g: PhraseGroup, to: number): boolean {
  const { toks, groups } = ctx;
  let k = g.end;
  while (k < to && toks[k].pos === 'ADV') k++;
  // "Hours before the vote, militants stormed": the fronted phrase with its own complements
  for (let pp = groups.find((x) => x.prep && x.start === k + 1); pp && pp.end < to; ) {
    k = pp.end;
    pp = groups.find((x) => x.prep && x.start === k + 1);
  }
  if (toks[k]?.text !== ',' || (g.start > 0 && toks[g.start - 1].text !== ',')) return false;
  // "Barak, Israel's prime minister, said": an apposition closes with a second comma
  for (let j = k + 1; j < to; j++) if (toks[j].text === ',') return false;
  return groups.some((x) => x.start > k && x.end <= to && !x.prep);
}

/**
 * The noun a relative clause opening after token k hangs on: "U.S. strikes in the Caribbean that
 * killed" speaks of the strikes, so a place phrase between the noun and "that" is passed over.
 */
export function relativeHead(ctx: SentenceContext, k: number): PhraseGroup | undefined {
  const { toks } = ctx;
  while (k >= 0 && toks[k].text === ',') k--;
  let g = k >= 0 ? ctx.groupContaining(k) : undefined;
  while (g?.prep && LOCATIVE_PREPS.has(g.prep) && g.start >= 2 && ctx.groupContaining(g.start - 2))
    g = ctx.groupContaining(g.start - 2);
  return g;
}

/** The subject group of the clause containing token i (following inherited subjects). */
export function subjectOf(ctx: SentenceContext, c: Clause, before: number, depth = 0): PhraseGroup | null {
  const { toks, groups, clauses } = ctx;
  if (c.resumes !== undefined && c.resumes < c.index) {
    const r = clauses[c.resumes];
    return subjectIn(ctx, c.start, before) ?? subjectOf(ctx, r, r.end, depth + 1);
  }
  const opener =
    c.kind === 'adverbial' && c.marker !== null && toks[c.start]?.lower === c.marker ? c.start : -1;
  const own = subjectIn(ctx, c.start, before, opener);
  if (own) return own;
  if (depth > 4 || c.index === 0) return null;
  if (c.kind === 'relative') {
    const g = relativeHead(ctx, c.start - 1);
    return g && ctx.actorsOf(g).length ? g : null;
  }
  // "after clashes along the border killed 12": an adverbial clause with a subject of its own,
  // even one that names no actor, does not borrow the main clause's
  if (
    c.kind === 'adverbial' &&
    groups.some(
      (g) =>
        g.start > c.start &&
        g.end <= before &&
        (!g.prep || g.start === opener + 1) &&
        !anaphoricAct(ctx, g, 'ASSAULT', false),
    )
  )
    return null;
  if (c.kind === 'vp' || c.kind === 'participle' || c.kind === 'infinitive' || c.kind === 'adverbial') {
    if (c.governor !== null) return subjectOf(ctx, clauseOf(clauses, c.governor), c.governor, depth + 1);
    // the previous clause's subject stands before its first verb
    let prev = clauses[c.index - 1];
    // "to tighten X and impose Y": a bare coordinated verb shares the infinitive's subject
    if (c.kind === 'vp' && !finiteAt(toks, c.start) && prev.kind === 'infinitive')
      return subjectOf(ctx, prev, prev.end, depth + 1);
    while (
      prev.index > 0 &&
      (prev.kind === 'infinitive' || prev.kind === 'relative' || prev.kind === 'complement')
    )
      prev = clauses[prev.index - 1];
    let v = prev.start;
    while (
      v < prev.end &&
      !(toks[v].pos === 'AUX' || (toks[v].pos === 'VERB' && !/ing$/.test(toks[v].lower)))
    )
      v++;
    return subjectOf(ctx, prev, v, depth + 1);
  }
  return null;
}

/**
 * "said that US forces had struck a boat, killing four": a participle of force after a reported
 * act of force elaborates that act, so it has the act's subject, not the reporter's.
 */
export function elaboratedSubject(ctx: SentenceContext, c: Clause, type: PloverType): PhraseGroup | null {
  const { clauses, triggers } = ctx;
  if (c.kind !== 'participle' || c.governor !== null || c.index === 0 || !MATERIAL_CONFLICT.has(type))
    return null;
  const prev = clauses[c.index - 1];
  if (prev.kind !== 'complement') return null;
  const act = triggers.find(
    (o) => o.start >= prev.start && o.start < prev.end && MATERIAL_CONFLICT.has(o.pattern.type),
  );
  return act ? subjectIn(ctx, prev.start, act.lightVerb ?? act.start) : null;
}

/** Is the verb at i passive ("was attacked", "has been indicted")? */
export function passive(ctx: SentenceContext, i: number): boolean {
  const { toks } = ctx;
  const t = toks[i];
  if (t.pos !== 'VERB' || /ing$/.test(t.lower)) return false;
  // "is opposed to", "is committed to": an adjectival participle, unless an agent follows
  if (toks[i + 1]?.lower === 'to' && !toks.slice(i + 1, i + 8).some((u) => u.lower === 'by')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const u = toks[k];
    if (u.pos === 'ADV' || (u.pos === 'PART' && u.lower !== 'to')) continue;
    return u.lemma === 'be' || u.lemma === 'get';
  }
  return false;
}
