import type { ActorHit } from './actor-phrases.js';
import { clauseOf } from './clauses.js';
import { reducedPassive } from './reduced-passive.js';
import { reportingAsideAt } from './reporting-aside.js';
import type { SentenceContext } from './sentence-context.js';
import { anaphoricAct, elaboratedSubject, relativeHead, subjectOf } from './sentence-subjects.js';
import type { PhraseGroup } from './sentence-view.js';
import { meansVerb, subjectPronounAt } from './token-tests.js';
import { appositionsIn, usesTree } from './tree-constructions.js';
import { subtreeSpan } from './tree-roles.js';
import { culpableBefore, type TriggerReading } from './trigger-reading.js';

/** The subject of a verb event: its phrase, the actors it names, and whether they are its victims. */
export interface VerbSubject {
  subj: PhraseGroup | null;
  actors: ActorHit[];
  /** "those killed": the phrase before a reduced passive names whom the act was done to. */
  victims: boolean;
}

/**
 * "The army was guilty of violating the ceasefire": the one found guilty of the act named by the
 * gerund did it (rule `clause.culpable-subject`; data: cues `culpable`).
 */
function culpableSubject(ctx: SentenceContext, s: TriggerReading): PhraseGroup | null {
  const { toks } = ctx;
  const i = s.m.start;
  if (s.m.kind !== 'verb' || i < 3 || !/ing$/.test(toks[i].lower)) return null;
  if (!culpableBefore(ctx, i) || toks[i - 3].lemma !== 'be') return null;
  const subj = subjectOf(ctx, clauseOf(ctx.clauses, i - 3), i - 3);
  if (subj) s.rules.push('clause.culpable-subject');
  return subj;
}

/** Prepositions of a venue ("at the court", "in Geneva"): a participle after it is not its act. */
const VENUE_PREPS = new Set(['at', 'in', 'before', 'to']);

/**
 * The subject of a verb event (or of a nominal event carried by a light verb): a reduced relative's
 * noun, the head of a reporting aside's relative clause, the clause's own or inherited subject, an
 * event noun's modifier, the article's earlier actor of an act named again, or the speaker of a
 * reported pronoun. A reporting aside also sets the claim's source and status on `s`.
 */
export function verbSubject(ctx: SentenceContext, s: TriggerReading): VerbSubject {
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
  // "filed a case at the International Court of Justice accusing Israel": a venue the clause's
  // act took place at is not the participle's subject
  if (reduced?.prep && VENUE_PREPS.has(reduced.prep)) reduced = undefined;
  // "those killed", "the people killed were": the group before the participle are its victims
  // (the tree's voice, where it reads reduced relatives, already says so: see readTrigger)
  const victims =
    m.kind === 'verb' &&
    // (an accusation's object condition is its charge: "accused of attacks")
    (!m.objectSpan || p.type === 'ACCUSE') &&
    !(s.tree?.construction === 'reduced-relative' && usesTree('reduced-relative')) &&
    reducedPassive(toks, m.start, p.type, m.end);
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
  // the subject from the tree, for the constructions that read it there (tree-constructions.ts)
  const ts = tree && m.kind === 'verb' && !victims && !s.asideClaim ? s.tree : null;
  const treeGroup =
    ts && ts.head !== null && usesTree(ts.construction) ? ctx.groupContaining(ts.head) : undefined;
  // (a subject that names no actor leaves the word-window rules to find one: measured the same
  // for the adopted constructions, and lower for all of them, as taking the tree's subject always)
  const fromTree = treeGroup && ctx.actorsOf(treeGroup).length ? treeGroup : undefined;
  if (fromTree && ts) rules.push(`tree.${ts.construction}`);
  const means = m.kind === 'verb' ? meansVerb(toks, m.start) : -1;
  const subj = victims
    ? (ctx.groupContaining(toks[m.start - 1].text === ',' ? m.start - 2 : m.start - 1) ?? null)
    : s.asideClaim
      ? (relativeHead(ctx, c.start - 1) ?? null)
      : (fromTree ??
        reduced ??
        culpableSubject(ctx, s) ??
        elaboratedSubject(ctx, c, p.type) ??
        // "attacked the formation by blowing up its cars": the subject of the verb it is the means of
        subjectOf(ctx, c, means >= 0 ? means : at));
  let subjActors = subj ? ctx.actorsOf(subj) : [];
  // "the ship's captain, a Filipino national": an apposition gives the country the phrase lacks
  if (subj && usesTree('apposition') && !subjActors.some((a) => a.country) && ctx.tree) {
    const tree = ctx.tree;
    for (const k of appositionsIn(tree, subj.start, subj.end)) {
      let [a, b] = subtreeSpan(tree, k);
      // without the commas that set it off
      while (a < b && tree.toks[a].rel === 'punct') a++;
      while (b > a && tree.toks[b - 1].rel === 'punct') b--;
      const hit = a < b ? ctx.modifierActor(a, b) : null;
      if (hit?.country && !hit.weak) {
        subjActors = [hit];
        rules.push('tree.apposition');
        break;
      }
    }
  }
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
  return { subj, actors: subjActors, victims };
}
