import type { ClaimStatus, Quote } from '../core/records.js';
import type { ActorHit } from './actor-phrases.js';
import { type Clause, clauseOf } from './clauses.js';
import type { TriggerMatch } from './find-triggers.js';
import type { PloverType } from './ontology-schema.js';
import type { CompiledPattern } from './patterns.js';
import { type Report, reportOf } from './reported-speech.js';
import type { SentenceContext } from './sentence-context.js';
import { passive } from './sentence-subjects.js';
import type { PhraseGroup, Tok } from './sentence-view.js';
import { afterPreposition, meansVerb, nextMainStart } from './token-tests.js';
import { type TreeSubject, treeSubjectOf, usesTree, verbTreeWanted } from './tree-constructions.js';
import { deniedGerund } from './verb-modality.js';

/**
 * One trigger being coded: where it stands, and the event in progress that the steps (roles,
 * retyping, claim status) fill in turn.
 */
export interface TriggerReading {
  readonly m: TriggerMatch;
  readonly p: CompiledPattern;
  /** The trigger's first token. */
  readonly t0: Tok;
  /** The word that carries the act: the verb, or the light verb of a nominal event. */
  readonly at: number;
  /** The clause of that word. */
  readonly c: Clause;
  readonly rules: string[];
  readonly isPassive: boolean;
  /** How the dependency tree reads the verb's subject and voice, when the sentence was parsed. */
  readonly tree: TreeSubject | null;
  /** The reporting verb or noun that governs the clause, with its source. */
  readonly rep: Report | null;
  /** The direct quote the trigger stands in, and its speaker. */
  readonly inQuote: Quote | null;
  readonly qSpeaker: ActorHit | null;
  /** End of the trigger's clause plus any complement or infinitive it governs. */
  readonly scopeEnd: number;
  /** End of the complement the trigger absorbs, if it absorbs one. */
  readonly contentEnd: number | undefined;
  actorList: ActorHit[];
  recipList: ActorHit[];
  /** Actors who cannot be the recipient: the subject, or the announcer and attacker of a reported attack. */
  actorSelf: ActorHit[];
  /** Token range of the evidence. */
  from: number;
  to: number;
  /** Who announced an attack told as a nominal ("Trump announced the strike"). */
  announcer: ActorHit | null;
  /** The speaker and status of a reporting aside ("that officials say killed"), if any. */
  asideSource: ActorHit | null;
  asideClaim: ClaimStatus | null;
  type: PloverType;
  cameo: string;
  mode: string | null;
}

/** Is the gerund at i after "guilty of", "responsible for" (data: cues `culpable`)? */
export function culpableBefore(ctx: SentenceContext, i: number): boolean {
  const { toks } = ctx;
  return i >= 2 && toks[i - 1].pos === 'ADP' && ctx.book.cues.culpable.single.has(toks[i - 2].lemma);
}

/** Words after which a participle before a noun modifies it ("for displaced people"). */
const BEFORE_MODIFIER = new Set([
  'for',
  'of',
  'with',
  'to',
  'among',
  'from',
  'the',
  'a',
  'an',
  'many',
  'some',
]);

/** "a camp for displaced people", "the detained activists": a participle that modifies a noun. */
function prenominalParticiple(toks: SentenceContext['toks'], i: number): boolean {
  const t = toks[i];
  if (!/ed$/.test(t.lower) || i === 0) return false;
  const next = toks[i + 1];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && BEFORE_MODIFIER.has(toks[i - 1].lower);
}

/**
 * Where a trigger stands, or null when it codes nothing there: a user verb coded `[---]`, words
 * absorbed by another event, a verb of denial whose gerund tells the act, an attributive
 * participle, a gerund after a preposition, or the verb of an attribution.
 */
export function readTrigger(ctx: SentenceContext, m: TriggerMatch): TriggerReading | null {
  const { toks, groups, clauses, triggers, book, absorbed, absorbEnd, inPhrase } = ctx;
  // a user verb coded `[---]`: its words are taken, no event
  if (absorbed[m.start] || m.pattern.user?.noEvent) return null;
  // the denial of an act is told by the act, marked denied (claim.denied-gerund), not as a rejection
  if (
    m.kind === 'verb' &&
    book.cues.denial.single.has(toks[m.start].lemma) &&
    triggers.some((o) => o !== m && o.start > m.start && o.start <= m.end + 2 && deniedGerund(ctx, o.start))
  )
    return null;
  const t0 = toks[m.start];
  // Attributive participles ("the occupied territories") are modifiers, not events.
  if (m.kind === 'verb' && t0.pos === 'VERB' && inPhrase[m.start] && m.end - m.start === 1) return null;
  // ... also right after a preposition or determiner ("a camp for displaced people")
  if (m.kind === 'verb' && m.end - m.start === 1 && prenominalParticiple(toks, m.start)) return null;
  // "of violating", "after killing": a gerund after a preposition names an act, it does not report one
  // (except after an adjective of culpability: "was guilty of violating the ceasefire")
  if (
    m.kind === 'verb' &&
    /ing$/.test(t0.lower) &&
    afterPreposition(toks, m.start) &&
    !culpableBefore(ctx, m.start) &&
    meansVerb(toks, m.start) < 0
  )
    return null;
  if (m.lightVerb !== null && /ing$/.test(toks[m.lightVerb].lower) && afterPreposition(toks, m.lightVerb))
    return null;
  const p = m.pattern;
  const at = m.kind === 'noun' && m.lightVerb !== null ? m.lightVerb : m.start;
  const c = clauseOf(clauses, at);
  if (c.kind === 'attribution') return null;
  // "were engaged in fighting" is not a passive; a light verb is passive only with its agent
  // the voice of a verb is the tree's where passives (or reduced relatives) are read from it
  const reporting = ctx.book.cues.speech.single;
  const tree =
    m.kind === 'verb' && verbTreeWanted(ctx.toks, reporting) && ctx.tree
      ? treeSubjectOf(ctx.tree, m.start, reporting)
      : null;
  // (`voice`: the tree's passive relations add what the word window cannot see, "migrants
  // detained by the authorities were sent back"; the auxiliary before a participle stays a passive)
  const treeVoice = tree && tree.construction === 'reduced-relative' && usesTree('reduced-relative');
  const isPassive =
    m.kind === 'verb'
      ? treeVoice
        ? tree.passive
        : passive(ctx, m.start) || (tree?.passive === true && usesTree('voice'))
      : m.lightVerb !== null &&
        passive(ctx, m.lightVerb) &&
        groups.some((g) => g.prep === 'by' && g.start > m.end - 1 && g.start <= m.end + 3);
  const rep = reportOf(ctx, c);
  const inQuote = ctx.quote(m.start);
  const qSpeaker = ctx.speakerOf(inQuote);

  // The clause of the trigger plus any complement or infinitive it governs ("demanded that X ...").
  let scopeEnd = c.end;
  for (const x of clauses) {
    if (x.start < scopeEnd || x.start > scopeEnd) continue;
    if (
      (x.kind === 'complement' || x.kind === 'infinitive') &&
      x.governor !== null &&
      x.governor >= at &&
      x.governor < m.end + 2
    )
      scopeEnd = x.end;
  }
  return {
    m,
    p,
    t0,
    at,
    c,
    rules: [p.id],
    isPassive,
    tree,
    rep,
    inQuote,
    qSpeaker,
    scopeEnd,
    contentEnd: absorbEnd.get(m),
    actorList: [],
    recipList: [],
    actorSelf: [],
    from: Math.min(at, m.start),
    to: m.end,
    announcer: null,
    asideSource: null,
    asideClaim: null,
    type: p.type,
    cameo: p.cameo,
    mode: p.mode,
  };
}

/** The phrase groups from `start` on, within `limit` tokens and the trigger's scope (or up to the next main clause). */
export function afterGroups(
  ctx: SentenceContext,
  s: TriggerReading,
  start: number,
  limit: number,
  crossClauses: boolean,
): PhraseGroup[] {
  const { groups, clauses } = ctx;
  const { c, scopeEnd } = s;
  const endClause = crossClauses ? Math.max(scopeEnd, nextMainStart(clauses, c)) : scopeEnd;
  return groups.filter((g) => g.start >= start && g.start < Math.min(endClause, start + limit));
}

/** Does the list's first actor have the code of one of the actors who cannot be the recipient? */
export function selfCode(s: TriggerReading, list: ActorHit[]): boolean {
  return (
    list.length > 0 && s.actorSelf.some((a) => a && list[0] && a.code === list[0].code && a.code !== '---')
  );
}
