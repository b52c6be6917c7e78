import type { ClaimStatus } from '../core/records.js';
import { absorbComplements } from './absorption.js';
import { type ActorHit, TIME_WORDS } from './actor-phrases.js';
import { rootAdverbial, rootKind } from './background-clauses.js';
import { causeAgents } from './cause-agents.js';
import { dateScopes } from './clause-dates.js';
import { type Clause, clauseOf } from './clauses.js';
import { dedupe } from './dedupe-drafts.js';
import { confidenceOf, pairsOf } from './draft-confidence.js';
import type { DraftEvent, SentenceInput } from './draft-event.js';
import {
  AGREE_CAMEO,
  COOPERATIVE,
  CROWD_ACTS,
  MATERIAL_CONFLICT,
  NON_STATE_ARMED,
  PLACE_TARGETED,
  REJECT_FOR,
  RESTRICTION_CAMEO,
  THREAT_FOR,
  WORKFORCE,
} from './event-conversions.js';
import type { TriggerMatch } from './find-triggers.js';
import { clauseHasRefusal, hedged, nominalModality } from './modality.js';
import { contextOf, modeOf } from './mode-context.js';
import { obligationRequests } from './obligation-requests.js';
import { reducedPassive } from './reduced-passive.js';
import { reportedAttack, reportedAttacker } from './reported-acts.js';
import { attributionSourceOf, reportOf } from './reported-speech.js';
import { reportingAsideAt } from './reporting-aside.js';
import { readSentence, type SentenceContext } from './sentence-context.js';
import {
  anaphoricAct,
  elaboratedSubject,
  passive,
  relativeHead,
  subjectIn,
  subjectOf,
  unplacedSubject,
} from './sentence-subjects.js';
import type { PhraseGroup } from './sentence-view.js';
import {
  afterPreposition,
  causativeVerb,
  finiteAt,
  nextMainStart,
  pastPerfect,
  subjectPronounAt,
  timeAnchored,
} from './token-tests.js';
import { TREE_MODE, treeSubject } from './tree-subject.js';
import { auxModality, clauseModality, deniedGerund } from './verb-modality.js';
import { rolesAsNamed } from './victim-country.js';

export type { DraftEvent, SentenceInput } from './draft-event.js';
export { insideQuotes } from './token-tests.js';

const WEAPONS = new Set([
  'missile',
  'rocket',
  'shell',
  'bomb',
  'mortar',
  'grenade',
  'round',
  'bullet',
  'ammunition',
  'artillery',
  'weapon',
  'arm',
  'drone',
  'tear gas',
  'gas',
  'salvo',
  'projectile',
]);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
const HISTORICAL = new Set(['historically', 'traditionally', 'formerly', 'previously', 'once']);
/** Prepositions whose object a threat or rejection can be about ("the sanctions on Burma"). */
const ABOUT_PREPS = new Set(['on', 'against', 'of', 'over', 'toward', 'towards', 'with']);
/** Prepositions placing an attack whose attacker is not named. */
const UNIDENTIFIED_PREPS = new Set(['in', 'near', 'outside', 'of', 'at', 'inside']);
export function codeSentence(input: SentenceInput): DraftEvent[] {
  const read = readSentence(input);
  if (!read) return [];
  const ctx: SentenceContext = read;
  const { sentence, book, actors, toks, tree, triggers, groups, clauses, absorbed, absorbEnd, inPhrase } =
    ctx;
  ctx.attribution = clauses.find((c) => c.kind === 'attribution') ?? null;
  ctx.attributionSource = attributionSourceOf(ctx);
  const { attribution, attributionSource } = ctx;
  absorbComplements(ctx);
  const drafts: DraftEvent[] = [];
  obligationRequests(ctx, drafts);

  const kept: { m: TriggerMatch; c: Clause; drafts: DraftEvent[]; background: boolean }[] = [];
  /** Codes one trigger: its clause, roles, claim status and PLOVER conversions, into `kept`. */
  const codeTrigger = (m: TriggerMatch): void => {
    // a user verb coded `[---]`: its words are taken, no event
    if (absorbed[m.start] || m.pattern.user?.noEvent) return;
    // the denial of an act is told by the act, marked denied (claim.denied-gerund), not as a rejection
    if (
      m.kind === 'verb' &&
      book.cues.denial.single.has(toks[m.start].lemma) &&
      triggers.some((o) => o !== m && o.start > m.start && o.start <= m.end + 2 && deniedGerund(ctx, o.start))
    )
      return;
    const t0 = toks[m.start];
    if (m.kind === 'verb' && t0.pos === 'VERB' && inPhrase[m.start] && m.end - m.start === 1) return;
    // "of violating", "after killing": a gerund after a preposition names an act, it does not report one
    if (m.kind === 'verb' && /ing$/.test(t0.lower) && afterPreposition(toks, m.start)) return;
    if (m.lightVerb !== null && /ing$/.test(toks[m.lightVerb].lower) && afterPreposition(toks, m.lightVerb))
      return;
    const p = m.pattern;
    const at = m.kind === 'noun' && m.lightVerb !== null ? m.lightVerb : m.start;
    const c = clauseOf(clauses, at);
    if (c.kind === 'attribution') return;
    const rules = [p.id];
    let actorList: ActorHit[] = [];
    let recipList: ActorHit[] = [];
    let from = Math.min(at, m.start);
    let to = m.end;
    // "were engaged in fighting" is not a passive; a light verb is passive only with its agent
    const isPassive =
      m.kind === 'verb'
        ? passive(ctx, m.start)
        : m.lightVerb !== null &&
          passive(ctx, m.lightVerb) &&
          groups.some((g) => g.prep === 'by' && g.start > m.end - 1 && g.start <= m.end + 3);
    const rep = reportOf(ctx, c);
    let announcer: ActorHit | null = null;
    /** The speaker and status of a reporting aside ("that officials say killed"), if any. */
    let asideSource: ActorHit | null = null;
    let asideClaim: ClaimStatus | null = null;
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
    const afterGroups = (start: number, limit: number, crossClauses: boolean): PhraseGroup[] => {
      const endClause = crossClauses ? Math.max(scopeEnd, nextMainStart(clauses, c)) : scopeEnd;
      return groups.filter((g) => g.start >= start && g.start < Math.min(endClause, start + limit));
    };
    const selfCode = (list: ActorHit[]): boolean =>
      list.length > 0 && actorSelf.some((a) => a && list[0] && a.code === list[0].code && a.code !== '---');
    let actorSelf: ActorHit[] = [];
    /**
     * "recalled its ambassador", "withdrew their troops": the actor's own people, named with a
     * possessive pronoun, are what it acts with, not whom it acts on (rule `clause.own-agent`).
     */
    const ownAgent = (g: PhraseGroup, list: ActorHit[]): boolean => {
      if (!POSSESSIVE_PRONOUNS.has(toks[g.start].lower)) return false;
      // the pronoun opening the object is bound by the clause's subject, whatever country the
      // phrase took from the rest of the sentence ("withdrew its troops from Haiti"), unless its
      // own words name another ("its European Community partners")
      const named = list[0]?.country ? actors.countryOfWords(ctx.phraseText(g)) : null;
      const own = actorSelf.some((x) => x?.country && (!named || named === x.country));
      if (own) rules.push('clause.own-agent');
      return own;
    };
    const isWeapon = (g: PhraseGroup): boolean => {
      const last = toks[g.end - 1].lemma;
      return (
        WEAPONS.has(last) || (last === 'fire' && g.end - g.start > 1 && WEAPONS.has(toks[g.end - 2].lemma))
      );
    };
    /** Does the phrase hold one of the words the pattern's object condition names? */
    const themeObject = (g: PhraseGroup): boolean => {
      if (!p.object) return false;
      for (let k = g.start; k < g.end; k++)
        if (p.object.some((o) => o.length === 1 && (o[0] === toks[k].lemma || o[0] === toks[k].lower)))
          return true;
      return false;
    };
    /** The first actor behind one of the pattern's own recipient prepositions, in their order. */
    const preferredRecipient = (
      cands: readonly PhraseGroup[],
    ): { list: ActorHit[]; g: PhraseGroup | null } | null => {
      for (const pr of p.recipientPreps ?? []) {
        for (const g of cands.filter((x) => x.prep === pr)) {
          const a = ctx.actorsOf(g);
          if (a.length && !selfCode(a)) return { list: a, g };
          const mod = actors.modifierActor(toks, g.start, g.end, sentence.index, sentence.text);
          if (mod && !selfCode([mod])) return { list: [mod], g };
        }
      }
      return null;
    };
    const pickRecipient = (
      start: number,
      crossClauses: boolean,
      exclude?: PhraseGroup,
    ): { list: ActorHit[]; g: PhraseGroup | null } => {
      const preps = p.recipientPreps ?? book.cues.recipientPreps.single;
      const prefer = p.recipientPreps ?? [];
      // a phrase we could not place at all ("the Friendship Bridge") is a recipient of last resort
      const placed = (g: PhraseGroup) => ctx.actorsOf(g).some((a) => !a.weak);
      const cands = afterGroups(start, 14, crossClauses).filter((g) => g !== exclude);
      // direct object first; weapons fired are not the target ("fired two missiles into the sea")
      // and a list of them ("launched artillery, mortar and rocket fire against X") is skipped whole
      let w = 0;
      while (w < 4 && cands[w] && !cands[w].prep && isWeapon(cands[w])) w++;
      const first = cands[w];
      // "returned five artifacts to Peru", "is sending troops to the UN force": the object the
      // pattern asks for is what moves; the phrase after the pattern's preposition is whom it
      // reaches (rule `clause.theme-object`)
      // (released people stay whom the act is done to: "freed a Japanese citizen to the Red Cross")
      const objectActors = first && !first.prep ? ctx.actorsOf(first).filter((a) => !a.weak && a.sector) : [];
      const movesOnly =
        !objectActors.length || selfCode(objectActors) || POSSESSIVE_PRONOUNS.has(toks[first!.start].lower);
      if (first && !first.prep && prefer.length && themeObject(first) && movesOnly) {
        const to = preferredRecipient(cands);
        if (to) {
          rules.push('clause.theme-object');
          return to;
        }
      }
      if (
        first &&
        (!first.prep || first.prep === 'of' || first.start === start) &&
        (first.start - start <= 4 || crossClauses)
      ) {
        const a = placed(first) ? ctx.actorsOf(first) : [];
        if (a.length && !selfCode(a) && !ownAgent(first, a)) return { list: a, g: first };
        // "investigating crimes by X": the agent of an accused act is the target
        if (!a.length && p.type === 'ACCUSE') {
          const by = cands.find((x) => x.prep === 'by' && x.start <= first.end + 4 && ctx.actorsOf(x).length);
          if (by) return { list: ctx.actorsOf(by), g: by };
        }
        // "defended the right of Russian troops to fire on militants": a thing of an actor as the
        // object names that actor, before any later phrase
        const ofAt = first.prep ? -1 : toks.slice(first.start, first.end).findIndex((t) => t.lower === 'of');
        if (!a.length && ofAt > 0) {
          const mod = actors.modifierActor(
            toks,
            first.start + ofAt + 1,
            first.end,
            sentence.index,
            sentence.text,
          );
          if (mod && !mod.place && !selfCode([mod])) {
            rules.push('clause.object-owner');
            return { list: [mod], g: first };
          }
        }
      }
      const viaPrep = preferredRecipient(cands);
      if (viaPrep) return viaPrep;
      const inPreps = (x: PhraseGroup) =>
        !!x.prep && (Array.isArray(preps) ? preps.includes(x.prep) : (preps as Set<string>).has(x.prep));
      // the nearest phrase may name its actor in a modifier ("opposed to French mediation in talks with Syria")
      const near = cands[0];
      if (near?.prep && inPreps(near) && !placed(near)) {
        const mod = actors.modifierActor(toks, near.start, near.end, sentence.index, sentence.text);
        if (mod && !selfCode([mod])) return { list: [mod], g: near };
      }
      const g = cands.find((x) => inPreps(x) && x.prep !== 'by' && placed(x) && !selfCode(ctx.actorsOf(x)));
      if (g) return { list: ctx.actorsOf(g), g };
      // an actor named inside the object ("rejected Iraq's proposal", "denounced as a crime Serbia's suppression")
      for (const x of cands.slice(0, 3)) {
        if ((x.prep && x.prep !== 'as' && x.prep !== 'of') || (!x.prep && isWeapon(x))) continue;
        const a = actors.modifierActor(toks, x.start, x.end, sentence.index, sentence.text);
        if (a && !selfCode([a])) return { list: [a], g: x };
      }
      return { list: [], g: null };
    };

    // "began a hunger strike to protest against Sweden's decision": the target of the purpose.
    function purposeRecipient(from: number): ActorHit[] {
      for (const g of groups) {
        if (g.start < from || g.start > from + 16) continue;
        const inPurpose = absorbed[g.start] && clauseOf(clauses, g.start).kind === 'infinitive';
        const inProtest =
          g.prep === 'against' ||
          g.prep === 'over' ||
          (g.prep === 'of' &&
            /^(protest|defiance|opposition|condemnation)$/.test(toks[g.start - 2]?.lemma ?? '')) ||
          // the chunker may keep "defiance of China" as one phrase after "in"
          (g.prep === 'in' &&
            /^(protest|defiance|opposition)$/.test(toks[g.start]?.lemma ?? '') &&
            toks[g.start + 1]?.lower === 'of');
        if (!inPurpose && !inProtest) continue;
        const a = ctx.actorsOf(g);
        if (a.length && !selfCode(a)) return a;
        const mod = actors.modifierActor(toks, g.start, g.end, sentence.index, sentence.text);
        if (mod && !selfCode([mod])) return [mod];
      }
      return [];
    }
    // "remained on alert in the West Bank": the place of a show of force names its target.
    /**
     * The country of a place the event happens in, as its target. A restriction ("a curfew in
     * Algiers") is aimed at the people of the place, also when it is the actor's own country.
     */
    function placeRecipient(from: number, restriction = false): ActorHit[] {
      // a threatened or promised curfew names its place inside the content ("to impose a curfew in X")
      const until = restriction ? Math.max(c.end, absorbEnd.get(m) ?? 0) : c.end;
      for (const g of groups) {
        if (
          g.start < from ||
          g.start >= until ||
          (g.prep !== 'in' && g.prep !== 'into' && g.prep !== 'near' && g.prep !== 'on')
        )
          continue;
        if (restriction) {
          const a = ctx.actorsOf(g).find((x) => x.country && (!x.sector || x.place || x.sector === 'GOV'));
          if (a) return [{ ...a, code: a.country!, sector: null }];
          continue;
        }
        // a capital after "in" is the city, not its government ("suspended aid deliveries in Baghdad")
        const a = ctx
          .actorsOf(g)
          .filter((x) => x.country && (!x.sector || (x.sector === 'GOV' && g.prep === 'in' && !x.entityId)))
          .map((x) => (x.sector ? { ...x, code: x.country!, sector: null } : x));
        if (a.length && !actorSelf.some((s) => s?.country === a[0].country)) return a.slice(0, 1);
      }
      return [];
    }

    /** Roles of an act whose actor is the speaker ("... are subject to attack"). False: not coded. */
    const speakerRoles = (): boolean => {
      const src =
        rep?.source ??
        qSpeaker ??
        (attribution && m.start < attribution.start ? attributionSource : null) ??
        null;
      if (!src) return false;
      actorList = [src];
      const subj = subjectIn(ctx, c.start, m.start);
      if (subj) {
        const a = ctx.actorsOf(subj);
        if (a.length && a[0].code !== src.code) recipList = a;
      }
      if (!recipList.length) recipList = pickRecipient(m.end, false).list;
      if (!recipList.length) {
        // "removing the sanctions on Burma is out of the question": whoever the clause is about
        for (const g of groups) {
          if (g.start < c.start || g.start >= c.end || (g.start >= m.start && g.start < m.end)) continue;
          // "any country selling drugs into the U.S.": a place words pass through is not whom it is about
          if (g.prep && !ABOUT_PREPS.has(g.prep)) continue;
          const a = ctx.actorsOf(g).filter((x) => !x.weak && x.code !== src.code);
          if (a.length) {
            recipList = a.slice(0, 1);
            break;
          }
        }
      }
      if (!recipList.length) {
        // "..., specifically naming Colombia": a participle right after the phrase names the target
        let k = m.end;
        while (k < toks.length && (/^[,"”’']$/.test(toks[k].text) || toks[k].pos === 'ADV')) k++;
        if (k > m.end && toks[k]?.pos === 'VERB' && /ing$/.test(toks[k].lower)) {
          // the verb's object, or after its particle ("calling out Colombia", "singling out Peru")
          const g = groups.find(
            (x) =>
              x.start > k && x.start <= k + 3 && (!x.prep || x.start === k + 2) && ctx.actorsOf(x).length,
          );
          if (g)
            recipList = ctx
              .actorsOf(g)
              .filter((x) => !x.weak && !x.place && x.code !== src.code)
              .slice(0, 1);
        }
      }
      return true;
    };
    /** Roles of a bare nominal event ("the US strike"). False: not coded. */
    const nominalRoles = (): boolean => {
      // A bare nominal event: coded only when it names its own actor and is not the object of
      // another event (that event codes it) or part of a circumstance ("after the strike").
      const np = ctx.groupContaining(m.start);
      const lv = np ? causativeVerb(toks, np.start) : null;
      if (np?.prep && np.prep !== 'from' && np.prep !== 'by') return false;
      // "air strikes have killed 40": the verb event carries the nominal (and takes its actor)
      if (np) {
        let k = np.end;
        const pp = k < toks.length && toks[k].pos === 'ADP' ? ctx.groupContaining(k + 1) : undefined;
        if (pp && pp.start === k + 1) k = pp.end;
        while (k < toks.length && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV' || toks[k].pos === 'PART'))
          k++;
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
      let actor = np
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
          to = Math.max(to, byFrom.end);
        }
      }
      // "Tuesday's strike": a dated act is a particular one, coded with no actor when none is named
      const from0 = np
        ? (np.members.find((x) => x.start <= m.start && m.start < x.end)?.start ?? np.start)
        : m.start;
      if (!actor && !actors.datedModifier(toks, from0, m.start, sentence.index)) return false;
      actorList = actor ? [actor] : [];
      rules.push(actor ? 'clause.nominal' : 'clause.dated-nominal');
      if (lv !== null) {
        const lc = clauseOf(clauses, lv);
        const subj = subjectOf(ctx, lc, lv);
        if (subj) {
          recipList = ctx.actorsOf(subj);
          from = Math.min(from, lv);
        }
        rules.push('clause.reaction');
      }
      if (!recipList.length) {
        const r = pickRecipient(m.end, false, np);
        if (r.g?.prep) recipList = r.list;
      }
      return true;
    };
    /** Roles of a verb event, or of a nominal event carried by a light verb. */
    const verbRoles = (): boolean => {
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
        asideSource = ctx.actorsOf(speaker)[0] ?? null;
        asideClaim = book.cues.alleging.single.has(toks[aside.verb].lemma) ? 'alleged' : 'attributed';
        rules.push('clause.reporting-aside');
      }
      const treeSubj =
        TREE_MODE && tree && m.kind === 'verb' && !victims && !asideClaim ? treeSubject(tree, at) : null;
      const treeGroup = treeSubj !== null ? ctx.groupContaining(treeSubj) : undefined;
      const fromTree =
        treeGroup && (TREE_MODE === 2 || ctx.actorsOf(treeGroup).length) ? treeGroup : undefined;
      if (fromTree) rules.push('tree.subject');
      const subj = victims
        ? (ctx.groupContaining(m.start - 1) ?? null)
        : asideClaim
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
          : c.kind === 'infinitive' &&
              c.governor !== null &&
              clauseOf(clauses, c.governor).kind === 'complement'
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
        recipList = subjActors;
        // a reduced relative's agent stands right after it ("those killed by the strike")
        const byEnd = victims ? m.end + 1 : c.end + 12;
        const by = groups.find((g) => g.start > m.end - 1 && g.start < byEnd && g.prep === 'by');
        actorList = by ? ctx.actorsOf(by) : [];
        if (by) to = Math.max(to, by.end);
        rules.push('clause.passive');
        if (!by && p.type === 'RETREAT' && subjActors.length) {
          // "the guerrillas have been disarmed": with no agent named, those who give up arms or
          // ground are the ones who retreat, not its target.
          actorList = subjActors;
          recipList = [];
          rules.push('clause.passive-retreat');
        }
      } else {
        actorList = subjActors;
        actorSelf = subjActors;
        if (
          m.kind === 'noun' &&
          m.lightVerb !== null &&
          reportedAttack(toks[m.lightVerb], p.type, book.cues.speech.single)
        ) {
          // "Trump announced the strike": Trump is the source; the attacker is the strike's own
          const np = ctx.groupContaining(m.start);
          const own = np
            ? actors.modifierActor(toks, np.start, m.start, sentence.index, sentence.text)
            : null;
          announcer = subjActors[0] ?? null;
          actorList = reportedAttacker(own, subjActors);
          // nor is the announcer the target of the attack it reports
          actorSelf = [...actorList, ...subjActors];
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
              !selfCode(ctx.actorsOf(g)) &&
              ctx.actorsOf(g)[0].country,
          );
          const np = ctx.groupContaining(m.start);
          recipList = mid ? ctx.actorsOf(mid) : pickRecipient(np ? np.end : m.end, false, np).list;
          if (!recipList.length && np) {
            const mod = actors.modifierActor(toks, np.start, m.start, sentence.index, sentence.text);
            if (mod && (!actorList.length || mod.code !== actorList[0].code)) recipList = [mod];
          }
        } else {
          const start = m.objectSpan ? Math.min(m.end, m.objectSpan[0]) : m.end;
          // "trained hackers to launch attacks against X": the forces mobilized are the actor's
          // own, so the target is looked for after them
          const own =
            p.type === 'MOBILIZE' && m.objectSpan ? ctx.groupContaining(m.objectSpan[0]) : undefined;
          if (own) {
            // in the clause itself: "ordered his forces to suspend talks with X" aims nothing at X
            const r = pickRecipient(own.end, false, own);
            recipList = r.g && r.g.start < c.end ? r.list : [];
            rules.push('clause.mobilized-own');
          } else {
            // "condemned attacks on boats": whoever the article said carried them out, not their victims
            const obj =
              p.type === 'ACCUSE' || p.type === 'REJECT'
                ? groups.find((g) => g.start >= m.end && g.start <= m.end + 2 && !g.prep)
                : undefined;
            const r = obj && anaphoricAct(ctx, obj, 'ASSAULT', false) ? input.recentActor?.('ASSAULT') : null;
            if (obj && r && !selfCode([r])) {
              recipList = [{ ...r, text: ctx.phraseText(obj), span: ctx.spanOf(obj) }];
              rules.push('article.event-actor');
            } else recipList = pickRecipient(start, p.complement === 'absorb').list;
          }
          if (!recipList.length && c.kind === 'infinitive' && c.governor !== null) {
            // "ordered the newspaper to suspend publication": the governor's object is the target
            const obj = groups.find(
              (g) => g.start > c.governor! && g.end <= c.start && !g.prep && ctx.actorsOf(g).length,
            );
            if (obj) recipList = ctx.actorsOf(obj);
          }
        }
        if (!recipList.length && p.cameo.startsWith('09')) {
          // "reviewing reports that said X ordered ...": an inquiry is aimed at whom the report is about
          const said = clauses.find(
            (x) =>
              x.start > m.end && x.start <= m.end + 4 && (x.kind === 'relative' || x.kind === 'complement'),
          );
          // the report's own speech verb ("that said") may open a further clause holding the subject
          const about = said ? subjectIn(ctx, said.start, (clauses[said.index + 1] ?? said).end) : null;
          if (about) recipList = ctx.actorsOf(about).filter((a) => !a.place);
        }
        if (p.swapRoles) [actorList, recipList] = [recipList, actorList];
        if (!recipList.length) recipList = purposeRecipient(m.end);
        // the venue of suspended talks is not their target
        const venue = p.type === 'SANCTION' && p.context === 'diplomatic';
        if (!recipList.length && PLACE_TARGETED.has(p.type) && !venue) {
          recipList = placeRecipient(m.end);
          if (recipList.length) rules.push('clause.place-target');
        }
        if (!recipList.length && p.type === 'ASSAULT' && !isPassive && m.kind === 'verb') {
          // "attacked the final rebel-held city": an object that names no actor we know is still
          // what the attack hit (rule `clause.unplaced-object`)
          const obj = groups.find((g) => g.start >= m.end && g.start <= m.end + 1 && !g.prep);
          if (obj && !isWeapon(obj) && !TIME_WORDS.has(toks[obj.end - 1].lemma)) {
            recipList = [
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
      if (subj) from = Math.min(from, subj.start);
      return true;
    };
    // the three readings are separate functions, each small enough for the engine to optimise quickly
    const roled =
      p.actorRole === 'speaker'
        ? speakerRoles()
        : m.kind === 'noun' && m.lightVerb === null
          ? nominalRoles()
          : verbRoles();
    if (!roled) return;
    // ("% *": a compound subject is its own target)
    if (p.user && !p.swapRoles && !(p.user.compoundPairs && actorList.length > 1)) {
      // a user (PETRARCH) pattern's target: the first actor after the verb in its clause, or the
      // first behind the pattern's own word ("* WITH +")
      const want = p.recipientPreps?.[0];
      for (const g of groups) {
        if (g.start < m.end || g.start >= scopeEnd || (want && g.prep !== want)) continue;
        const a = ctx.actorsOf(g).filter((x) => !x.weak);
        if (!a.length || selfCode(a) || a.some((x) => actorList.some((y) => y && y.code === x.code)))
          continue;
        recipList = a;
        rules.push('user.first-actor-after');
        break;
      }
    }

    // Workforce subjects make "strike" a labour strike, not an attack.
    let type = p.type;
    let cameo = p.cameo;
    let mode = p.mode;
    // The content of a promise or a call decides what it is: promising force is a threat ("vowed
    // to resume attacks"); calling for force against someone rallies opposition against them.
    const contentEnd = absorbEnd.get(m);
    /** The type, CAMEO code and mode that the content, the roles and the actors make of the pattern's. */
    const retype = (): void => {
      if (contentEnd !== undefined && type === 'AGREE' && cameo === '030') {
        // what is offered or promised sets the code: "offered to mediate" 039, "pledged to send
        // aid" 033, "promised to hold talks" 036 (rule `clause.intent-content`)
        const inner = triggers.find(
          (o) =>
            o !== m &&
            o.start >= m.end &&
            o.start < contentEnd &&
            (o.pattern.cameo.startsWith('03') || AGREE_CAMEO[o.pattern.type] !== undefined),
        );
        const code = inner
          ? inner.pattern.cameo.startsWith('03')
            ? inner.pattern.cameo
            : AGREE_CAMEO[inner.pattern.type]
          : undefined;
        if (code && code !== '030') {
          cameo = code;
          rules.push('clause.intent-content');
        }
      }
      if (contentEnd !== undefined && type === 'THREATEN') {
        // what is threatened sets the CAMEO code and mode: "threatened to invade" is 138 violence
        const inner = triggers.find(
          (o) => o !== m && o.start >= m.end && o.start < contentEnd && MATERIAL_CONFLICT.has(o.pattern.type),
        );
        const t = inner
          ? (THREAT_FOR[inner.pattern.type] ??
            (inner.pattern.type === 'SANCTION' ? ['1312', 'restrict'] : null))
          : null;
        if (t && cameo === '130') {
          cameo = t[0];
          mode = t[1];
          rules.push('clause.threat-content');
        }
      }
      if (
        actorList.length &&
        !isPassive &&
        RESTRICTION_CAMEO.test(cameo) &&
        (!recipList.length || recipList[0].place || recipList[0].code === actorList[0].code)
      ) {
        // "a curfew in Algiers" by Algeria's president: the city's people, not its government
        const placed = placeRecipient(m.end, true);
        if (placed.length) recipList = placed;
      }
      if (type === 'ASSAULT' && !isPassive && !actorList.some((a) => a.country || a.sector)) {
        // "A car bombing by the Islamic State group killed ...": the agent of the subject's event
        const by = groups.find(
          (g) =>
            g.prep === 'by' &&
            g.start >= c.start &&
            g.end <= m.start &&
            ctx.actorsOf(g).some((a) => !a.place),
        );
        const agent = by ? ctx.actorsOf(by).filter((a) => !a.place && (a.country || a.sector)) : [];
        const nounAt = by ? by.start - 2 : -1;
        const eventNoun = triggers.some((o) => o.kind === 'noun' && o.start <= nounAt && nounAt < o.end);
        if (agent.length && eventNoun) {
          actorList = agent;
          rules.push('clause.subject-by-agent');
        }
      }
      if (type === 'ASSAULT' && c.kind !== 'relative' && !actorList.some((a) => a.country || a.sector)) {
        // An attack by no one named ("killed by a roadside bomb outside Basra") is coded, as CAMEO
        // does, to unidentified forces of the country where it happened.
        const where = groups.find(
          (g) =>
            g.start > m.start &&
            g.prep !== null &&
            UNIDENTIFIED_PREPS.has(g.prep) &&
            ctx.actorsOf(g).some((a) => a.country && (a.place || !a.sector)),
        );
        const a = where ? ctx.actorsOf(where).find((x) => x.country && (x.place || !x.sector)) : undefined;
        if (a) {
          actorList = [{ ...a, code: `${a.country}UAF`, sector: 'UAF', weak: true }];
          rules.push('actor.unidentified-by-place');
        }
      }
      if (contentEnd !== undefined && (type === 'AGREE' || type === 'REQUEST')) {
        const inner = triggers.find(
          (o) => o !== m && o.start >= m.end && o.start < contentEnd && MATERIAL_CONFLICT.has(o.pattern.type),
        );
        // a promise is a threat only when force is what is promised: the verb right after "to"
        const headAt = (o: TriggerMatch) => (o.kind === 'verb' ? o.start : (o.lightVerb ?? -9));
        // ... or after "to" and a verb of going on ("vowed to keep attacking", "to resume shelling")
        const afterTo = (h: number) =>
          toks[h - 1]?.lower === 'to' ||
          (book.cues.transparent.single.has(toks[h - 1]?.lemma ?? '') && toks[h - 2]?.lower === 'to');
        const promised = inner && headAt(inner) <= m.end + 3 && afterTo(headAt(inner));
        if (inner && promised && type === 'AGREE') {
          const t =
            THREAT_FOR[inner.pattern.type] ??
            (inner.pattern.type === 'SANCTION' ? ['1312', 'restrict'] : ['130', null]);
          type = 'THREATEN';
          cameo = t[0];
          mode = t[1];
          rules.push('clause.promised-force-is-threat');
        } else if (inner && type === 'REQUEST') {
          const against = groups.find(
            (g) => g.start > m.end && g.start < contentEnd && g.prep === 'against' && ctx.actorsOf(g).length,
          );
          if (against) {
            type = 'ACCUSE';
            cameo = '113';
            mode = 'disapprove';
            recipList = ctx.actorsOf(against);
            rules.push('clause.call-against-is-opposition');
          }
        }
      }

      if (
        type === 'ASSAULT' &&
        toks[m.start].lemma === 'strike' &&
        actorList.some(
          (a) => a && (a.sector === 'LAB' || WORKFORCE.test(a.text.toLowerCase().split(/\s+/).pop() ?? '')),
        )
      ) {
        type = 'PROTEST';
        cameo = '143';
        mode = 'strike';
        rules.push('clause.labour-strike');
      }
      // "captured Goma", "seized Bukavu": a town taken is ground taken by force, not a person
      // abducted nor goods seized (the pattern lists the common nouns, the name is a place)
      if (
        (p.id === 'assault.abduct' || p.id === 'coerce.seize-property') &&
        m.kind === 'verb' &&
        recipList.length > 0 &&
        recipList.every((r) => r?.place || r?.rules?.includes('city.population'))
      ) {
        type = 'ASSAULT';
        cameo = '190';
        mode = null;
        rules.push('clause.place-captured');
      }
      // "gunmen seized two aid workers": people taken by armed men who hold no office are abducted,
      // not arrested (only states arrest)
      if (
        type === 'COERCE' &&
        cameo === '173' &&
        m.kind === 'verb' &&
        /^(seize|hold|nab|round up|pick up)$/.test(p.id === 'coerce.arrest' ? toks[m.start].lemma : '') &&
        actorList.length > 0 &&
        actorList.every((a) => a && NON_STATE_ARMED.has(a.sector ?? ''))
      ) {
        type = 'ASSAULT';
        cameo = '181';
        mode = 'abduct';
        rules.push('clause.armed-seizure-is-abduction');
      }
      // "protesters stormed the parliament", "set the building on fire": a crowd's attack on a place
      // is a violent protest (CAMEO 145); a crowd that kills or wounds is still coded as an assault
      if (
        type === 'ASSAULT' &&
        CROWD_ACTS.has(p.id) &&
        actorList.length > 0 &&
        actorList.every((a) => a?.rules?.includes('sector.cvl.protesters'))
      ) {
        type = 'PROTEST';
        cameo = '145';
        mode = 'riot';
        rules.push('clause.riot');
      }
      if (
        type === 'PROTEST' &&
        p.id === 'protest.protest' &&
        actorList.some(
          (a) =>
            a && (a.sector === 'GOV' || a.sector === 'LEG' || a.sector === 'MIL' || (a.country && !a.sector)),
        )
      ) {
        // a state or government "protests": a diplomatic complaint, not a demonstration
        type = 'ACCUSE';
        cameo = '114';
        mode = 'disapprove';
        rules.push('clause.official-protest');
      }
      if (!mode)
        mode = modeOf(
          toks,
          contentEnd !== undefined ? { ...c, end: Math.max(c.end, contentEnd) } : c,
          type,
          book,
        );
    };
    // a user pattern's code is the user's: no re-typing by content, roles or claim
    if (!p.user) retype();
    const context = p.context ?? contextOf(toks, c, book);

    /** Claim status and the PLOVER conversions for negated, future and hypothetical acts. */
    const decideClaim = (): [ClaimStatus, ActorHit | null] => {
      const mod =
        m.kind === 'verb'
          ? auxModality(ctx, m.start)
          : m.lightVerb !== null
            ? auxModality(ctx, m.lightVerb)
            : nominalModality(toks, m.start, book);
      clauseModality(ctx, c, mod);
      if (m.lightVerb !== null) {
        const lv = toks[m.lightVerb];
        if (book.cues.consider.single.has(lv.lemma)) mod.hypothetical = true;
        if (book.cues.intent.single.has(lv.lemma)) {
          mod.intent = true;
          mod.future = true;
        }
      }
      const refused = m.kind === 'verb' && clauseHasRefusal(toks, c, m.start);
      if (refused) mod.negated = true;
      if (p.actorRole === 'speaker') mod.hypothetical = false;
      let claim: ClaimStatus = 'asserted';
      let claimSource: ActorHit | null = null;
      if (
        mod.negated &&
        (mod.future || mod.intent || mod.hypothetical || rep || refused) &&
        REJECT_FOR[type]
      ) {
        const [rc, rm] = REJECT_FOR[type]!;
        type = 'REJECT';
        cameo = rc;
        mode = rm;
        rules.push('claim.refusal-is-reject');
        mod.negated = false;
        mod.future = false;
        mod.hypothetical = false;
      } else if (mod.negated) {
        claim = 'negated';
      }
      // PLOVER codes a stated intention (the actor's own words, or a plan) as AGREE or THREATEN; a
      // reporter's forecast ("is expected to") stays the act it forecasts, flagged future.
      const stated =
        mod.intent ||
        !!rep ||
        !!inQuote ||
        (!!attribution && m.start < attribution.start) ||
        !!attributionSource;
      if (claim !== 'negated' && (mod.future || mod.intent) && COOPERATIVE.has(type) && type !== 'AGREE') {
        cameo = AGREE_CAMEO[type] ?? '030';
        type = 'AGREE';
        mode = null;
        rules.push('claim.future-cooperation-is-agree');
        claim = 'future';
      } else if (
        claim !== 'negated' &&
        mod.intent &&
        type === 'ASSAULT' &&
        actorList.some((a) => a?.sector === 'MIL') &&
        c.kind === 'infinitive' &&
        c.governor !== null &&
        /^(prepare|ready|poise|mass)$/.test(toks[c.governor].lemma)
      ) {
        // an armed force getting ready to strike is a show of force
        type = 'MOBILIZE';
        cameo = '150';
        mode = 'troops';
        rules.push('claim.readiness-is-mobilize');
        claim = 'asserted';
      } else if (
        claim !== 'negated' &&
        (((mod.future || mod.intent) && stated) ||
          (mod.hypothetical &&
            m.lightVerb !== null &&
            book.cues.consider.single.has(toks[m.lightVerb].lemma))) &&
        MATERIAL_CONFLICT.has(type)
      ) {
        const t =
          type === 'SANCTION'
            ? p.mode === 'withdraw' || p.cameo === '161' || p.cameo === '164'
              ? ['1313', 'relations']
              : ['1312', 'restrict']
            : THREAT_FOR[type];
        if (t) {
          cameo = t[0];
          mode = t[1];
          type = 'THREATEN';
          rules.push('claim.intended-force-is-threat');
        }
        claim = mod.hypothetical && !mod.future ? 'hypothetical' : 'future';
      } else if (claim !== 'negated' && mod.hypothetical) {
        claim = 'hypothetical';
      } else if (claim !== 'negated' && mod.future) {
        claim = 'future';
      }
      if (claim === 'asserted') {
        if (deniedGerund(ctx, m.start)) {
          // "Rwanda denied backing the group": the act is the one denied, by its own actor
          claim = 'denied';
          claimSource = actorList[0] ?? null;
          rules.push('claim.denied-gerund');
        } else if (announcer) {
          claim = 'attributed';
          claimSource = announcer;
        } else if (asideClaim) {
          claim = asideClaim;
          claimSource = asideSource;
        } else if (rep) {
          claim = rep.claim;
          claimSource = rep.source;
        } else if (inQuote) {
          claim = 'attributed';
          claimSource = qSpeaker;
        } else if (attributionSource && (!attribution || m.start < attribution.start)) {
          claim = 'attributed';
          claimSource = attributionSource;
        }
        if (hedged(toks, c, m.start, book)) claim = 'alleged';
      }
      return [claim, claimSource];
    };
    const keep = { type, cameo, mode, rules: rules.length };
    let [claim, claimSource] = decideClaim();
    if (p.user) {
      // the claim status stands; the user's code is not converted (a refusal is a negated act)
      if (rules.slice(keep.rules).includes('claim.refusal-is-reject')) claim = 'negated';
      ({ type, cameo, mode } = keep);
      rules.length = keep.rules;
    }

    // An event with no actor in a subordinate clause is background ("where 28 people have been
    // killed"); so is a past perfect in a relative clause ("whom they had taken hostage").
    // An aside's report is a claim about the act itself ("which the army says killed five"), kept.
    // ("three days after another raid killed seven" is an act of its own: see `timeAnchored`)
    const anchored = timeAnchored(toks, c, m.start);
    if (
      !actorList.length &&
      !asideClaim &&
      !anchored &&
      c.kind !== 'main' &&
      c.kind !== 'coord' &&
      !(c.kind === 'complement' && rootKind(ctx, c) === 'main')
    )
      return;
    if (c.kind === 'relative' && m.kind === 'verb' && pastPerfect(toks, m.start)) return;
    // PLOVER's "historical" mode: long-past acts told as background are not coded as events.
    if (toks.slice(c.start, m.start).some((t) => t.pos === 'ADV' && HISTORICAL.has(t.lower))) return;
    const mine: DraftEvent[] = [];
    const shift = anchored?.shift ?? null;
    kept.push({ m, c, drafts: mine, background: rootAdverbial(ctx, c) && shift === null });
    const ownFrom = anchored?.from ?? c.start;
    if (shift !== null) {
      // its roles and figures are its own: nothing from the main clause
      const inside = (h: ActorHit | null) =>
        !h?.span || (h.span.start >= toks[ownFrom].start && h.span.end <= toks[c.end - 1].end);
      actorList = actorList.filter(inside);
      recipList = recipList.filter(inside);
      from = Math.max(from, ownFrom);
    }
    if (!actorList.length) actorList = [null as unknown as ActorHit];
    [actorList, recipList] = rolesAsNamed(actorList, recipList, type, actors, sentence.index, toks);
    if (!recipList.length) recipList = [null as unknown as ActorHit];
    const u = p.user;
    if (u?.compoundPairs && actorList.length > 1 && !recipList[0]) {
      // "% *": the members of a compound subject act on each other
      const pairs = pairsOf(actorList.slice(0, 6));
      actorList = pairs.map((x) => x[0]);
      recipList = pairs.map((x) => x[1]);
    }
    const paired = u?.compoundPairs === true && actorList.length > 1 && actorList.length === recipList.length;
    for (const [ai, a] of actorList.slice(0, paired ? 30 : 6).entries()) {
      for (const r of paired ? [recipList[ai]] : recipList.slice(0, 6)) {
        const recipient = r && a && r.code === a.code && r.text === a.text ? null : r;
        if (u?.reverse && a && recipient) {
          // "[a:b]": the target acts back on the source with the second code
          const back = u.reverse;
          mine.push({
            type: back.type,
            cameo: back.cameo,
            mode: back.mode,
            context: back.context,
            actor: recipient,
            recipient: a,
            claim,
            claimSource,
            trigger: at,
            from,
            to: Math.max(to, m.objectSpan ? m.objectSpan[1] : to),
            rules: [...rules, 'user.reverse'],
            confidence: confidenceOf(p, recipient, a, claim),
          });
        }
        mine.push({
          type,
          cameo,
          mode,
          context,
          actor: a ?? null,
          recipient: recipient ?? null,
          claim,
          claimSource,
          trigger: at,
          from,
          to: Math.max(to, m.objectSpan ? m.objectSpan[1] : to),
          rules,
          confidence: confidenceOf(p, a, recipient, claim),
          ...(shift !== null ? { dayShift: shift, ownClause: [ownFrom, c.end] as [number, number] } : {}),
        });
      }
    }
  };
  for (const m of triggers) codeTrigger(m);
  // ", killing one person and arresting 12": a participle that elaborates a material act of the
  // same actor is part of that act, not another event.
  // Background clauses ("after two vehicles were hit") are coded only when nothing else is.
  const foreground = kept.some((x) => !x.background && x.drafts.length);
  for (let k = 0; k < kept.length; k++) {
    const { c, drafts: ds } = kept[k];
    if (foreground && kept[k].background) continue;
    if (c.kind !== 'participle' && !(c.kind === 'vp' && !finiteAt(toks, c.start))) {
      drafts.push(...ds);
      continue;
    }
    const main = kept
      .slice(0, k)
      .reverse()
      .find((x) => x.c.index < c.index && x.drafts.length);
    const elaborates =
      main &&
      ds.every(
        (d) =>
          MATERIAL_CONFLICT.has(d.type) &&
          main.drafts.some(
            (o) => MATERIAL_CONFLICT.has(o.type) && (!d.actor || !o.actor || o.actor.code === d.actor.code),
          ),
      );
    if (!elaborates) drafts.push(...ds);
  }
  if (foreground) causeAgents(drafts, kept, clauses, toks);
  for (const d of drafts) {
    d.dateScopes ??= dateScopes(clauses, toks, d.trigger);
    if (!d.actor) d.actor = unplacedSubject(ctx, d);
  }

  return dedupe(drafts);
}
