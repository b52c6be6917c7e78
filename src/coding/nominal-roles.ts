import type { ActorHit } from './actor-phrases.js';
import { clauseOf } from './clauses.js';
import { pickRecipient } from './recipients.js';
import type { SentenceContext } from './sentence-context.js';
import { subjectOf } from './sentence-subjects.js';
import type { PhraseGroup } from './sentence-view.js';
import { causativeVerb, UNDERGOING } from './token-tests.js';
import { treeNominalRoles, usesTree } from './tree-constructions.js';
import { subtreeSpan, type Tree } from './tree-roles.js';
import { culpableBefore, type TriggerReading } from './trigger-reading.js';

/** Does the event noun ending at `end` have a possessor before it or a by/of/target phrase soon after? */
function nominalCues(ctx: SentenceContext, from: number, end: number, preps: readonly string[]): boolean {
  const { toks } = ctx;
  for (let k = from; k < end; k++) if (toks[k].lower === "'s" || toks[k].lower === '’s') return true;
  for (let k = end; k < Math.min(toks.length, end + 8); k++)
    if (
      toks[k].pos === 'ADP' &&
      (toks[k].lower === 'by' || toks[k].lower === 'of' || preps.includes(toks[k].lower))
    )
      return true;
  return false;
}

/** The actor a phrase of the tree names: the words of its subtree, less its preposition. */
function phraseActor(ctx: SentenceContext, tree: Tree, h: number): ActorHit | null {
  let [a, b] = subtreeSpan(tree, h);
  while (a < b && tree.toks[a].rel === 'case') a++;
  // "Russia's": the possessive ending is no part of the name
  while (b > a + 1 && tree.toks[b - 1].rel === 'case') b--;
  const hit = a < b ? ctx.modifierActor(a, b) : null;
  return hit && !hit.weak ? hit : null;
}

/** Is a passive of undoing ("were lifted", "has been eased") right after the phrase ending at k? */
function undonePassive(ctx: SentenceContext, k: number): boolean {
  const { toks } = ctx;
  // over the phrase's own complement ("sanctions against Iran were lifted")
  const pp = toks[k]?.pos === 'ADP' ? ctx.groupContaining(k + 1) : undefined;
  let i = pp && pp.start === k + 1 ? pp.end : k;
  let be = false;
  while (i < toks.length && (toks[i].pos === 'AUX' || toks[i].pos === 'ADV')) {
    if (toks[i].lemma === 'be') be = true;
    i++;
  }
  return be && i < toks.length && ctx.book.cues.undoing.single.has(toks[i].lemma);
}

/**
 * "Los Zetas are responsible for mass killings": the subject of the adjective of culpability did
 * the act its "for" phrase names (rule `clause.culpable-subject`; data: cues `culpable`).
 */
function culpableNominal(ctx: SentenceContext, s: TriggerReading, adj: number): boolean {
  let k = adj - 1;
  let be = -1;
  while (k >= 0 && (ctx.toks[k].pos === 'ADV' || ctx.toks[k].pos === 'AUX')) {
    if (ctx.toks[k].lemma === 'be') be = k;
    k--;
  }
  if (be < 0) return false;
  const subj = subjectOf(ctx, clauseOf(ctx.clauses, be), k + 1);
  const actors = subj ? ctx.actorsOf(subj) : [];
  if (!actors.length) return false;
  s.actorList = actors;
  s.rules.push('clause.culpable-subject');
  return true;
}

/** Is a verb of undoing ("lifts", "eases"), read as a noun, among the words before the event noun? */
function undoneInPhrase(ctx: SentenceContext, from: number, to: number): boolean {
  const { undoing } = ctx.book.cues;
  for (let k = from; k < to; k++) {
    const t = ctx.toks[k];
    if (t.pos === 'NOUN' && t.lower.endsWith('s') && undoing.single.has(t.lower.slice(0, -1))) return true;
  }
  return false;
}

/**
 * "Canada retaliated with tariffs on US goods", "China hit back with a complaint": the act in the
 * "with" phrase of a verb of answering is that verb's subject's (rule `clause.response-with`).
 */
function responseWith(ctx: SentenceContext, s: TriggerReading, npStart: number): boolean {
  const { toks, book } = ctx;
  let k = npStart - 2;
  while (k >= 0 && toks[k].pos === 'ADV') k--;
  if (k < 0) return false;
  const v = toks[k].lower === 'back' && toks[k - 1]?.lemma === 'hit' ? k - 1 : k;
  const named = v === k ? book.cues.responses.single.has(toks[k].lemma) : true;
  if (!named || toks[v].pos !== 'VERB') return false;
  const subj = subjectOf(ctx, clauseOf(ctx.clauses, v), v);
  const actors = subj ? ctx.actorsOf(subj) : [];
  if (!actors.length) return false;
  s.actorList = actors;
  s.rules.push('clause.response-with');
  const r = pickRecipient(ctx, s, s.m.end, false);
  if (r.g?.prep) s.recipList = r.list;
  return true;
}

/** Roles of a bare nominal event ("the US strike"). False: not coded. */
export function nominalRoles(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, groups, clauses, triggers, actors, sentence } = ctx;
  const { m, rules } = s;
  // A bare nominal event: coded only when it names its own actor and is not the object of
  // another event (that event codes it) or part of a circumstance ("after the strike").
  const np = ctx.groupContaining(m.start);
  const lv = np ? causativeVerb(toks, np.start) : null;
  if (np?.prep === 'for' && culpableBefore(ctx, np.start)) return culpableNominal(ctx, s, np.start - 2);
  if (np?.prep === 'with' && responseWith(ctx, s, np.start)) return true;
  if (np?.prep && np.prep !== 'from' && np.prep !== 'by' && !(np.prep === 'under' && lv !== null))
    return false;
  // "Venezuela's opposition leader", "the protest movement": the event noun modifies the phrase's
  // head noun, which names a person, group or thing, not the act
  if (np && m.end < np.end && toks[m.end].pos === 'NOUN') return false;
  // "UN sanctions against Iran were lifted": a measure that is undone is not imposed
  if (np && undonePassive(ctx, np.end)) return false;
  // "Obama lifts US embargo": a headline's verb of undoing the tagger read into the noun phrase
  if (np && undoneInPhrase(ctx, np.start, m.start)) return false;
  // "air strikes have killed 40": the verb event carries the nominal (and takes its actor)
  if (np) {
    let k = np.end;
    const pp = k < toks.length && toks[k].pos === 'ADP' ? ctx.groupContaining(k + 1) : undefined;
    if (pp && pp.start === k + 1) k = pp.end;
    while (k < toks.length && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART')) k++;
    if (triggers.some((o) => o.kind === 'verb' && o.start === k && o.pattern.type === m.pattern.type))
      return false;
  }
  if (
    !lv &&
    triggers.some(
      (o) =>
        o !== m &&
        o.kind === 'verb' &&
        o.start < m.start &&
        clauseOf(clauses, o.start) === clauseOf(clauses, m.start),
    )
  )
    return false;
  // the noun's possessor or by-phrase, and its target, from the tree (rule tree.nominal)
  const preps = s.p.recipientPreps ?? [...ctx.book.cues.recipientPreps.single];
  // (parsed only where the words hold a possessor or a phrase of these prepositions after the noun)
  const tree = usesTree('nominal') && nominalCues(ctx, np?.start ?? m.start, m.end, preps) ? ctx.tree : null;
  const tr = tree ? treeNominalRoles(tree, m.start + (m.end - m.start - 1), preps) : null;
  const treeActor = tree && tr?.actor != null ? phraseActor(ctx, tree, tr.actor) : null;
  const treeTarget = tree && tr?.target != null ? phraseActor(ctx, tree, tr.target) : null;
  let actor = treeActor
    ? treeActor
    : np
      ? actors.modifierActor(
          toks,
          np.members.find((x) => x.start <= m.start && m.start < x.end)?.start ?? np.start,
          m.start,
          sentence.index,
          sentence.text,
        )
      : null;
  if (!actor) {
    const byFrom = groups.find(
      (g) =>
        g.start > m.start &&
        g.start <= m.end + 3 &&
        (g.prep === 'by' || g.prep === 'from') &&
        ctx.actorsOf(g).length,
    );
    if (byFrom) {
      actor = ctx.actorsOf(byFrom)[0];
      s.to = Math.max(s.to, byFrom.end);
    }
  }
  // "Tuesday's strike": a dated act is a particular one, coded with no actor when none is named
  const from0 = np
    ? (np.members.find((x) => x.start <= m.start && m.start < x.end)?.start ?? np.start)
    : m.start;
  // "the prime minister survived an assassination attempt": an attack undergone by the subject is
  // coded with no actor named, the subject its target (below)
  const undergone =
    lv !== null && UNDERGOING.has(toks[lv].lemma) && (s.type === 'ASSAULT' || s.type === 'COERCE');
  if (!actor && !undergone && !actors.datedModifier(toks, from0, m.start, sentence.index)) return false;
  s.actorList = actor ? [actor] : [];
  rules.push(actor ? 'clause.nominal' : 'clause.dated-nominal');
  if (lv !== null) {
    const lc = clauseOf(clauses, lv);
    const subj = subjectOf(ctx, lc, lv);
    if (subj) {
      s.recipList = ctx.actorsOf(subj);
      s.from = Math.min(s.from, lv);
    }
    // "Israel's strikes on Beirut drew condemnation": the owner of the act that drew it
    const act = subj ?? groups.find((g) => g.start >= lc.start && g.end <= lv && !g.prep);
    if (!s.recipList.length && act) {
      const owner = actors.modifierActor(toks, act.start, act.end, sentence.index, sentence.text);
      if (owner && !owner.place && !(actor && owner.code === actor.code)) {
        s.recipList = [owner];
        s.from = Math.min(s.from, act.start);
      }
    }
    rules.push('clause.reaction');
  }
  if (!s.recipList.length && treeTarget && !(actor && treeTarget.code === actor.code))
    s.recipList = [treeTarget];
  if (treeActor || treeTarget) rules.push('tree.nominal');
  if (!s.recipList.length) {
    const r = pickRecipient(ctx, s, m.end, false, np);
    if (r.g?.prep) s.recipList = r.list;
  }
  if (!s.recipList.length) ofComplement(ctx, s, np);
  return true;
}

/**
 * "Russia's invasion of Ukraine", "launched an invasion of Ukraine": the "of" phrase inside the
 * event's own noun phrase is its target (rule `clause.nominal-of`).
 */
export function ofComplement(ctx: SentenceContext, s: TriggerReading, np: PhraseGroup | undefined): void {
  const { toks, actors, sentence } = ctx;
  const { m } = s;
  if (!np || toks[m.end]?.lower !== 'of' || m.end + 1 >= np.end) return;
  const of = actors.modifierActor(toks, m.end + 1, np.end, sentence.index, sentence.text);
  if (!of || s.actorList.some((a) => a?.code === of.code)) return;
  s.recipList = [of];
  s.to = Math.max(s.to, np.end);
  s.rules.push('clause.nominal-of');
}
