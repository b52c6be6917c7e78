import { type ActorHit, TIME_WORDS } from './actor-phrases.js';
import { PLACE_TARGETED } from './event-conversions.js';
import { ofComplement } from './nominal-roles.js';
import { isWeapon, pickRecipient, placeRecipient, purposeRecipient } from './recipients.js';
import { reportedAttack, reportedAttacker } from './reported-acts.js';
import type { SentenceContext } from './sentence-context.js';
import { anaphoricAct, subjectIn, unplacedHit } from './sentence-subjects.js';
import { treeAgentOf, treeObjectsOf, usesTree } from './tree-constructions.js';
import type { TriggerReading } from './trigger-reading.js';
import { selfCode } from './trigger-reading.js';
import { verbSubject } from './verb-subject.js';

/**
 * The recipient of an active verb from the tree, where objects are read there: the first of its
 * object, indirect object and prepositional objects that names an actor other than the doer
 * (rule `tree.object`). Null where the tree names none, for the word-window rules.
 */
function treeRecipient(ctx: SentenceContext, s: TriggerReading): ActorHit[] | null {
  const tree = s.tree && usesTree('object') ? ctx.tree : null;
  if (!tree) return null;
  const preps = s.p.recipientPreps ?? [...ctx.book.cues.recipientPreps.single];
  for (const h of treeObjectsOf(tree, s.at, preps)) {
    const g = ctx.groupContaining(h);
    const a = g ? ctx.actorsOf(g).filter((x) => !x.weak) : [];
    if (a.length && !selfCode(s, a)) {
      s.rules.push('tree.object');
      return a;
    }
  }
  return null;
}

/** Roles of a verb event, or of a nominal event carried by a light verb. */
export function verbRoles(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, groups, clauses, book, actors, sentence, input } = ctx;
  const { m, p, c, rules, isPassive } = s;
  const { subj, actors: subjActors, victims } = verbSubject(ctx, s);
  if (isPassive || victims) {
    if (victims) rules.push('clause.reduced-passive');
    s.recipList = subjActors;
    // a reduced relative's agent stands right after it ("those killed by the strike")
    const byEnd = victims ? m.end + 2 : c.end + 12;
    // where passives are read from the tree, the agent is the verb's obl:agent (rule tree.passive-agent)
    const agent = s.tree && usesTree('passive') && ctx.tree ? treeAgentOf(ctx.tree, s.at) : undefined;
    const by =
      agent === undefined
        ? groups.find((g) => g.start > m.end - 1 && g.start < byEnd && g.prep === 'by')
        : agent === null
          ? undefined
          : ctx.groupContaining(agent);
    if (by && agent !== undefined) rules.push('tree.passive-agent');
    s.actorList = by ? ctx.actorsOf(by) : [];
    if (by) s.to = Math.max(s.to, by.end);
    rules.push('clause.passive');
    if (
      m.objectSpan &&
      m.objectSpan[1] <= m.start &&
      subjectIsThing(ctx, m.objectSpan[0], subjActors.length > 0)
    ) {
      // "Sanctions were imposed on Iran's central bank": the subject holds the act's own object
      // words, a thing, and the target stands where the active verb would have it
      s.recipList = pickRecipient(ctx, s, m.end, false).list;
      rules.push('clause.passive-object-subject');
    }
    if (!by && p.type === 'RETREAT' && subjActors.length) {
      // "the guerrillas have been disarmed": with no agent named, those who give up arms or
      // ground are the ones who retreat, not its target.
      s.actorList = subjActors;
      s.recipList = [];
      rules.push('clause.passive-retreat');
    } else if (!by && p.type === 'SANCTION' && p.mode === 'withdraw' && subjActors.length) {
      // "Eighty UN peacekeepers were shipped out of the enclave": those withdrawn withdraw, from
      // the place they leave
      s.actorList = subjActors;
      s.recipList = pickRecipient(ctx, s, m.end, false).list;
      rules.push('clause.passive-withdrawal');
    } else if (!by && p.mode === 'expel') {
      // "two inspectors were expelled from North Korea": the state they are sent out of expels them
      const from = groups.find((g) => g.start >= m.end && g.start <= m.end + 1 && g.prep === 'from');
      const state = from ? ctx.actorsOf(from).filter((a) => a.country && !selfCode(s, [a])) : [];
      if (state.length) {
        s.actorList = state.slice(0, 1);
        rules.push('clause.expelled-from');
      }
    }
  } else {
    s.actorList = subjActors;
    s.actorSelf = subjActors;
    if (
      m.kind === 'noun' &&
      m.lightVerb !== null &&
      reportedAttack(toks[m.lightVerb], p.type, book.cues.speech.single)
    ) {
      // "Trump announced the strike": Trump is the source; the attacker is the strike's own
      const np = ctx.groupContaining(m.start);
      const own = np ? actors.modifierActor(toks, np.start, m.start, sentence.index, sentence.text) : null;
      s.announcer = subjActors[0] ?? null;
      s.actorList = reportedAttacker(own, subjActors);
      // nor is the announcer the target of the attack it reports
      s.actorSelf = [...s.actorList, ...subjActors];
      rules.push('clause.reported-attack');
    }
    if (m.kind === 'noun' && m.lightVerb !== null) {
      // "gave X an invitation": an actor between the light verb and the noun is the recipient
      const mid = groups.find(
        (g) =>
          g.start > m.lightVerb! &&
          g.end <= m.start &&
          !g.prep &&
          ctx.actorsOf(g).length &&
          !selfCode(s, ctx.actorsOf(g)) &&
          ctx.actorsOf(g)[0].country,
      );
      const np = ctx.groupContaining(m.start);
      s.recipList = mid ? ctx.actorsOf(mid) : pickRecipient(ctx, s, np ? np.end : m.end, false, np).list;
      if (!s.recipList.length) ofComplement(ctx, s, np);
      if (!s.recipList.length && np) {
        const mod = actors.modifierActor(toks, np.start, m.start, sentence.index, sentence.text);
        if (mod && (!s.actorList.length || mod.code !== s.actorList[0].code)) s.recipList = [mod];
      }
    } else {
      const start = m.objectSpan ? Math.min(m.end, m.objectSpan[0]) : m.end;
      // "trained hackers to launch attacks against X": the forces mobilized are the actor's
      // own, so the target is looked for after them
      const own = p.type === 'MOBILIZE' && m.objectSpan ? ctx.groupContaining(m.objectSpan[0]) : undefined;
      if (own) {
        // in the clause itself: "ordered his forces to suspend talks with X" aims nothing at X
        const r = pickRecipient(ctx, s, own.end, false, own);
        s.recipList = r.g && r.g.start < c.end ? r.list : [];
        rules.push('clause.mobilized-own');
        // "strengthened its forces in Crimea": where the forces go is what the show of force faces
        const where = groups.find((g) => g.start === own.end + 1 && (g.prep === 'in' || g.prep === 'into'));
        if (where) {
          const placed = ctx.actorsOf(where).filter((a) => a.country);
          s.recipList = placed.length ? placed.slice(0, 1) : [unplacedHit(ctx, where)];
          rules.push('clause.mobilized-where');
        }
      } else {
        // "condemned attacks on boats": whoever the article said carried them out, not their victims
        const obj =
          p.type === 'ACCUSE' || p.type === 'REJECT'
            ? groups.find((g) => g.start >= m.end && g.start <= m.end + 2 && !g.prep)
            : undefined;
        const r = obj && anaphoricAct(ctx, obj, 'ASSAULT', false) ? input.recentActor?.('ASSAULT') : null;
        if (obj && r && !selfCode(s, [r])) {
          s.recipList = [{ ...r, text: ctx.phraseText(obj), span: ctx.spanOf(obj) }];
          rules.push('article.event-actor');
        } else
          s.recipList = treeRecipient(ctx, s) ?? pickRecipient(ctx, s, start, p.complement === 'absorb').list;
      }
      if (!s.recipList.length && c.kind === 'infinitive' && c.governor !== null) {
        // "ordered the newspaper to suspend publication": the governor's object is the target
        const obj = groups.find(
          (g) => g.start > c.governor! && g.end <= c.start && !g.prep && ctx.actorsOf(g).length,
        );
        if (obj) s.recipList = ctx.actorsOf(obj);
      }
    }
    if (!s.recipList.length && p.cameo.startsWith('09')) {
      // "reviewing reports that said X ordered ...": an inquiry is aimed at whom the report is about
      const said = clauses.find(
        (x) => x.start > m.end && x.start <= m.end + 4 && (x.kind === 'relative' || x.kind === 'complement'),
      );
      // the report's own speech verb ("that said") may open a further clause holding the subject
      const about = said ? subjectIn(ctx, said.start, (clauses[said.index + 1] ?? said).end) : null;
      if (about) s.recipList = ctx.actorsOf(about).filter((a) => !a.place);
    }
    if (p.swapRoles) [s.actorList, s.recipList] = [s.recipList, s.actorList];
    if (!s.recipList.length) s.recipList = purposeRecipient(ctx, s, m.end);
    // the venue of suspended talks is not their target
    const venue = p.type === 'SANCTION' && p.context === 'diplomatic';
    if (!s.recipList.length && PLACE_TARGETED.has(p.type) && !venue) {
      s.recipList = placeRecipient(ctx, s, m.end);
      if (s.recipList.length) rules.push('clause.place-target');
    }
    if (!s.recipList.length && p.type === 'ASSAULT' && !isPassive && m.kind === 'verb') {
      // "attacked the final rebel-held city": an object that names no actor we know is still
      // what the attack hit (rule `clause.unplaced-object`)
      const obj = groups.find((g) => g.start >= m.end && g.start <= m.end + 1 && !g.prep);
      if (obj && !isWeapon(ctx, obj) && !TIME_WORDS.has(toks[obj.end - 1].lemma)) {
        s.recipList = [unplacedHit(ctx, obj)];
        rules.push('clause.unplaced-object');
      }
    }
  }
  if (subj) s.from = Math.min(s.from, subj.start);
  return true;
}

/**
 * Is the passive subject whose word is at k a thing rather than people: it names no actor, or
 * its word is one of the nouns that never name one ("Sanctions", which the tagger may read as a
 * name at the start of a sentence)?
 */
function subjectIsThing(ctx: SentenceContext, k: number, namesActor: boolean): boolean {
  if (!namesActor) return true;
  const t = ctx.toks[k];
  const heads = ctx.book.cues.nonActorHeads.single;
  return heads.has(t.lemma) || !!t.alt?.some((a) => heads.has(a));
}
