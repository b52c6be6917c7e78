import { TIME_WORDS } from './actor-phrases.js';
import { clauseOf } from './clauses.js';
import { PLACE_TARGETED } from './event-conversions.js';
import { isWeapon, pickRecipient, placeRecipient, purposeRecipient } from './recipients.js';
import { reducedPassive } from './reduced-passive.js';
import { reportedAttack, reportedAttacker } from './reported-acts.js';
import { reportingAsideAt } from './reporting-aside.js';
import type { SentenceContext } from './sentence-context.js';
import { anaphoricAct, elaboratedSubject, relativeHead, subjectIn, subjectOf } from './sentence-subjects.js';
import type { PhraseGroup } from './sentence-view.js';
import { subjectPronounAt } from './token-tests.js';
import { TREE_MODE, treeSubject } from './tree-subject.js';
import type { TriggerReading } from './trigger-reading.js';
import { selfCode } from './trigger-reading.js';

/** Roles of a verb event, or of a nominal event carried by a light verb. */
export function verbRoles(ctx: SentenceContext, s: TriggerReading): boolean {
  const { toks, groups, clauses, book, actors, sentence, input, tree } = ctx;
  const { m, p, t0, at, c, rules, isPassive, rep } = s;
  // A participle right after a noun is a reduced relative ("demonstrators protesting X"):
  // that noun is its subject.
  let reduced =
    m.kind === 'verb' &&
    /ing$/.test(t0.lower) &&
    m.start > 0 &&
    (toks[m.start - 1].pos === 'NOUN' || toks[m.start - 1].pos === 'PROPN')
      ? ctx.groupContaining(m.start - 1)
      : undefined;
  if (reduced && !ctx.actorsOf(reduced).length) reduced = undefined;
  // "those killed", "the people killed were": the group before the participle are its victims
  const victims = m.kind === 'verb' && !m.objectSpan && reducedPassive(toks, m.start, p.type);
  // "the strike that Washington says killed 11": the speaker of the aside is the claim's
  // source, and the verb's subject is the noun the relative clause hangs on
  const aside =
    m.kind === 'verb' && c.kind === 'relative' && !victims
      ? reportingAsideAt(toks, c.start, book.cues)
      : null;
  if (aside && aside.verb + 1 === m.start) {
    const [a, b] = aside.speaker;
    // the tagger may have read the verb into the phrase ("the army claims"): the words alone
    const own = ctx.groupContaining(a);
    const speaker: PhraseGroup =
      own && own.start === a && own.end === b
        ? own
        : {
            start: a,
            end: b,
            prep: null,
            members: [{ start: a, end: b, head: b - 1, prep: null, pronoun: false, possessive: false }],
          };
    s.asideSource = ctx.actorsOf(speaker)[0] ?? null;
    s.asideClaim = book.cues.alleging.single.has(toks[aside.verb].lemma) ? 'alleged' : 'attributed';
    rules.push('clause.reporting-aside');
  }
  const treeSubj =
    TREE_MODE && tree && m.kind === 'verb' && !victims && !s.asideClaim ? treeSubject(tree, at) : null;
  const treeGroup = treeSubj !== null ? ctx.groupContaining(treeSubj) : undefined;
  const fromTree = treeGroup && (TREE_MODE === 2 || ctx.actorsOf(treeGroup).length) ? treeGroup : undefined;
  if (fromTree) rules.push('tree.subject');
  const subj = victims
    ? (ctx.groupContaining(m.start - 1) ?? null)
    : s.asideClaim
      ? (relativeHead(ctx, c.start - 1) ?? null)
      : (fromTree ?? reduced ?? elaboratedSubject(ctx, c, p.type) ?? subjectOf(ctx, c, at));
  let subjActors = subj ? ctx.actorsOf(subj) : [];
  // a place does not act: "the Caribbean" is where, and the event noun may still say who
  if (!isPassive) subjActors = subjActors.filter((a) => !a.place);
  if (!subjActors.length && m.kind === 'verb' && !victims) {
    // "Russian air strikes killed 12": an event noun as subject lends its modifier as actor
    const scope = c.resumes !== undefined && c.resumes < c.index ? clauses[c.resumes] : c;
    // the phrase in subject position: right before the verb and its auxiliaries
    let k = m.start - 1;
    while (k >= scope.start && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART'))
      k--;
    // "attacks, occurring every three days, have killed": over the aside to the resumed clause
    if (scope !== c && k < c.start) {
      k = scope.end - 1;
      while (k >= scope.start && toks[k].text === ',') k--;
    }
    let g = k >= scope.start ? ctx.groupContaining(k) : undefined;
    // "strikes in the Caribbean that killed": the event noun the relative clause hangs on
    const rel = !g && c.kind === 'relative';
    if (rel) g = relativeHead(ctx, c.start - 1);
    const floor = rel ? 0 : scope.start;
    // over a prepositional phrase to its head ("air strikes on rebel camps have killed")
    while (
      g?.prep &&
      g.start >= 2 &&
      ctx.groupContaining(g.start - 2) &&
      ctx.groupContaining(g.start - 2)!.start >= floor
    )
      g = ctx.groupContaining(g.start - 2);
    const mod = g ? actors.modifierActor(toks, g.start, g.end, sentence.index, sentence.text) : null;
    if (mod) subjActors = [mod];
    else if (g && p.type === 'ASSAULT') {
      // "these operations (against suspected vessels) have killed 80": the attacks the article
      // told of before; the tagger may cut the phrase, so any such act before the verb counts
      const act = anaphoricAct(ctx, g, 'ASSAULT', true)
        ? g
        : groups.find(
            (x) => x.start >= scope.start && x.end <= g!.start && anaphoricAct(ctx, x, 'ASSAULT', true),
          );
      const r = act ? input.recentActor?.('ASSAULT') : null;
      if (act && r) {
        subjActors = [{ ...r, text: ctx.phraseText(act), span: ctx.spanOf(act) }];
        rules.push('article.event-actor');
      }
    }
  }
  // the reported clause that holds the verb's subject: its own, or the one its infinitive
  // hangs on ("announced that it is prepared to impose")
  const told =
    c.kind === 'complement'
      ? { clause: c, verb: at }
      : c.kind === 'infinitive' && c.governor !== null && clauseOf(clauses, c.governor).kind === 'complement'
        ? { clause: clauseOf(clauses, c.governor), verb: c.governor }
        : null;
  if (!subjActors.length && told && rep?.source && subjectPronounAt(toks, told.clause, told.verb)) {
    // "the union announced that it had called off the strike": a pronoun the language stage
    // left unresolved, as subject of what its speaker reports, is the speaker.
    subjActors = [rep.source];
    rules.push('clause.pronoun-is-speaker');
  }
  if (isPassive || victims) {
    if (victims) rules.push('clause.reduced-passive');
    s.recipList = subjActors;
    // a reduced relative's agent stands right after it ("those killed by the strike")
    const byEnd = victims ? m.end + 1 : c.end + 12;
    const by = groups.find((g) => g.start > m.end - 1 && g.start < byEnd && g.prep === 'by');
    s.actorList = by ? ctx.actorsOf(by) : [];
    if (by) s.to = Math.max(s.to, by.end);
    rules.push('clause.passive');
    if (!by && p.type === 'RETREAT' && subjActors.length) {
      // "the guerrillas have been disarmed": with no agent named, those who give up arms or
      // ground are the ones who retreat, not its target.
      s.actorList = subjActors;
      s.recipList = [];
      rules.push('clause.passive-retreat');
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
        } else s.recipList = pickRecipient(ctx, s, start, p.complement === 'absorb').list;
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
        s.recipList = [
          {
            code: '---',
            country: null,
            sector: null,
            name: ctx.phraseText(obj),
            text: ctx.phraseText(obj),
            span: ctx.spanOf(obj),
            weak: true,
          },
        ];
        rules.push('clause.unplaced-object');
      }
    }
  }
  if (subj) s.from = Math.min(s.from, subj.start);
  return true;
}
