import type { ActorHit } from './actor-phrases.js';
import { clauseOf } from './clauses.js';
import type { SentenceContext } from './sentence-context.js';
import type { PhraseGroup } from './sentence-view.js';
import type { TriggerReading } from './trigger-reading.js';
import { afterGroups, selfCode } from './trigger-reading.js';

/** Possessive pronouns: an object they open is the actor's own. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "recalled its ambassador", "withdrew their troops": the actor's own people, named with a
 * possessive pronoun, are what it acts with, not whom it acts on (rule `clause.own-agent`).
 */
function ownAgent(ctx: SentenceContext, s: TriggerReading, g: PhraseGroup, list: ActorHit[]): boolean {
  const { toks, actors } = ctx;
  const { rules } = s;
  if (!POSSESSIVE_PRONOUNS.has(toks[g.start].lower)) return false;
  // the pronoun opening the object is bound by the clause's subject, whatever country the
  // phrase took from the rest of the sentence ("withdrew its troops from Haiti"), unless its
  // own words name another ("its European Community partners")
  const named = list[0]?.country ? actors.countryOfWords(ctx.phraseText(g)) : null;
  const own = s.actorSelf.some((x) => x?.country && (!named || named === x.country));
  if (own) rules.push('clause.own-agent');
  return own;
}

/**
 * Did a modifier's actor take its country from the rest of the sentence? A sector word alone in a
 * thing's modifier ("rejected the official results") then names no one.
 */
function borrowedCountry(a: ActorHit): boolean {
  return (a.rules ?? []).some((r) => r.startsWith('context.'));
}

/** Does the phrase name a weapon or munitions ("two missiles", "rocket fire")? */
export function isWeapon(ctx: SentenceContext, g: PhraseGroup): boolean {
  const { toks } = ctx;
  const last = toks[g.end - 1].lemma;
  const weapons = ctx.book.cues.weapons.single;
  return weapons.has(last) || (last === 'fire' && g.end - g.start > 1 && weapons.has(toks[g.end - 2].lemma));
}

/** Does the phrase hold one of the words the pattern's object condition names? */
function themeObject(ctx: SentenceContext, s: TriggerReading, g: PhraseGroup): boolean {
  const { toks } = ctx;
  const { p } = s;
  if (!p.object) return false;
  for (let k = g.start; k < g.end; k++)
    if (p.object.some((o) => o.length === 1 && (o[0] === toks[k].lemma || o[0] === toks[k].lower)))
      return true;
  return false;
}

/** The first actor behind one of the pattern's own recipient prepositions, in their order. */
function preferredRecipient(
  ctx: SentenceContext,
  s: TriggerReading,
  cands: readonly PhraseGroup[],
): { list: ActorHit[]; g: PhraseGroup | null } | null {
  const { toks, actors, sentence } = ctx;
  const { p } = s;
  for (const pr of p.recipientPreps ?? []) {
    for (const g of cands.filter((x) => x.prep === pr)) {
      const a = ctx.actorsOf(g);
      if (a.length && !selfCode(s, a)) return { list: a, g };
      const mod = actors.modifierActor(toks, g.start, g.end, sentence.index, sentence.text);
      if (mod && !selfCode(s, [mod])) return { list: [mod], g };
    }
  }
  return null;
}

export function pickRecipient(
  ctx: SentenceContext,
  s: TriggerReading,
  start: number,
  crossClauses: boolean,
  exclude?: PhraseGroup,
): { list: ActorHit[]; g: PhraseGroup | null } {
  const { toks, book, actors, sentence } = ctx;
  const { p, rules } = s;
  const preps = p.recipientPreps ?? book.cues.recipientPreps.single;
  const prefer = p.recipientPreps ?? [];
  // a phrase we could not place at all ("the Friendship Bridge") is a recipient of last resort
  const placed = (g: PhraseGroup) => ctx.actorsOf(g).some((a) => !a.weak);
  const cands = afterGroups(ctx, s, start, 14, crossClauses).filter((g) => g !== exclude);
  // direct object first; weapons fired are not the target ("fired two missiles into the sea")
  // and a list of them ("launched artillery, mortar and rocket fire against X") is skipped whole
  let w = 0;
  while (w < 4 && cands[w] && !cands[w].prep && isWeapon(ctx, cands[w])) w++;
  const first = cands[w];
  // "returned five artifacts to Peru", "is sending troops to the UN force": the object the
  // pattern asks for is what moves; the phrase after the pattern's preposition is whom it
  // reaches (rule `clause.theme-object`)
  // (released people stay whom the act is done to: "freed a Japanese citizen to the Red Cross")
  const objectActors = first && !first.prep ? ctx.actorsOf(first).filter((a) => !a.weak && a.sector) : [];
  // (what aid gives always moves: "will send 20 Leopard tanks to Ukraine", where the tanks read as
  // an armed force)
  const movesOnly =
    !objectActors.length ||
    selfCode(s, objectActors) ||
    POSSESSIVE_PRONOUNS.has(toks[first!.start].lower) ||
    p.type === 'AID';
  if (first && !first.prep && prefer.length && themeObject(ctx, s, first) && movesOnly) {
    const to = preferredRecipient(ctx, s, cands);
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
    // "condemned the killing of civilians by government forces": whoever did the act condemned
    // is the target, not its victims (rule `clause.accused-agent`)
    if (a.length && p.type === 'ACCUSE' && !first.prep) {
      const by = cands.find((x) => x.prep === 'by' && x.start === first.end + 1 && ctx.actorsOf(x).length);
      if (by && !selfCode(s, ctx.actorsOf(by))) {
        rules.push('clause.accused-agent');
        return { list: ctx.actorsOf(by), g: by };
      }
    }
    if (a.length && !selfCode(s, a) && !ownAgent(ctx, s, first, a)) return { list: a, g: first };
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
      if (mod && !mod.place && !selfCode(s, [mod])) {
        rules.push('clause.object-owner');
        return { list: [mod], g: first };
      }
    }
    // "rejected the American proposal for talks with the rebels": an object that is a thing of
    // an actor named in its modifier names that actor, before any later phrase
    if (!a.length && !first.prep && !isWeapon(ctx, first)) {
      const mod = actors.modifierActor(toks, first.start, first.end, sentence.index, sentence.text);
      const own = !!mod && s.actorSelf.some((x) => x?.country && x.country === mod.country);
      if (mod && !mod.place && !own && !borrowedCountry(mod)) {
        rules.push('clause.object-modifier');
        return { list: [mod], g: first };
      }
    }
  }
  const viaPrep = preferredRecipient(ctx, s, cands);
  if (viaPrep) return viaPrep;
  const inPreps = (x: PhraseGroup) =>
    !!x.prep && (Array.isArray(preps) ? preps.includes(x.prep) : (preps as Set<string>).has(x.prep));
  // the nearest phrase may name its actor in a modifier ("opposed to French mediation in talks with Syria")
  const near = cands[0];
  if (near?.prep && inPreps(near) && !placed(near)) {
    const mod = actors.modifierActor(toks, near.start, near.end, sentence.index, sentence.text);
    if (mod && !selfCode(s, [mod])) return { list: [mod], g: near };
  }
  const g = cands.find((x) => inPreps(x) && x.prep !== 'by' && placed(x) && !selfCode(s, ctx.actorsOf(x)));
  if (g) return { list: ctx.actorsOf(g), g };
  // an actor named inside the object ("rejected Iraq's proposal", "denounced as a crime Serbia's suppression")
  for (const x of cands.slice(0, 3)) {
    if ((x.prep && x.prep !== 'as' && x.prep !== 'of') || (!x.prep && isWeapon(ctx, x))) continue;
    const a = actors.modifierActor(toks, x.start, x.end, sentence.index, sentence.text);
    if (a && !selfCode(s, [a]) && !borrowedCountry(a)) return { list: [a], g: x };
  }
  return goodsOrigin(ctx, s, cands) ?? { list: [], g: null };
}

/**
 * "tariffs on steel imports from Canada and Mexico": a measure on traded goods is aimed at the
 * country the goods come from, named in the "from" phrase right after them (rule `clause.goods-origin`).
 */
function goodsOrigin(
  ctx: SentenceContext,
  s: TriggerReading,
  cands: readonly PhraseGroup[],
): { list: ActorHit[]; g: PhraseGroup | null } | null {
  const goods = ctx.book.cues.tradeGoods.single;
  for (let k = 0; k + 1 < Math.min(cands.length, 4); k++) {
    const g = cands[k];
    const head = ctx.toks[g.end - 1];
    if (!goods.has(head.lemma) && !head.alt?.some((a) => goods.has(a))) continue;
    const from = cands[k + 1];
    if (from.prep !== 'from' || from.start > g.end + 1) continue;
    const a = ctx.actorsOf(from).filter((x) => x.country && !selfCode(s, [x]));
    if (!a.length) continue;
    s.rules.push('clause.goods-origin');
    return { list: a, g: from };
  }
  return null;
}

// "began a hunger strike to protest against Sweden's decision": the target of the purpose.
export function purposeRecipient(ctx: SentenceContext, s: TriggerReading, from: number): ActorHit[] {
  const { toks, groups, clauses, actors, sentence, absorbed } = ctx;
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
    if (a.length && !selfCode(s, a)) return a;
    const mod = actors.modifierActor(toks, g.start, g.end, sentence.index, sentence.text);
    if (mod && !selfCode(s, [mod])) return [mod];
  }
  return [];
}

// "remained on alert in the West Bank": the place of a show of force names its target.
/**
 * The country of a place the event happens in, as its target. A restriction ("a curfew in
 * Algiers") is aimed at the people of the place, also when it is the actor's own country.
 */
export function placeRecipient(
  ctx: SentenceContext,
  s: TriggerReading,
  from: number,
  restriction = false,
  wholeSentence = false,
): ActorHit[] {
  const { groups, absorbEnd } = ctx;
  const { m, c } = s;
  // a threatened or promised curfew names its place inside the content ("to impose a curfew in X")
  const until = wholeSentence
    ? ctx.toks.length
    : restriction
      ? Math.max(c.end, absorbEnd.get(m) ?? 0)
      : c.end;
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
    if (a.length && !s.actorSelf.some((s) => s?.country === a[0].country)) return a.slice(0, 1);
  }
  return [];
}
