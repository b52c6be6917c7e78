import { namesPlace } from './actor-phrases.js';
import { deploymentAid } from './deployment-purpose.js';
import { engagementSide } from './engagement-side.js';
import {
  AGREE_CAMEO,
  CROWD_ACTS,
  MATERIAL_CONFLICT,
  NON_STATE_ARMED,
  RESTRICTION_CAMEO,
  THREAT_FOR,
} from './event-conversions.js';
import type { TriggerMatch } from './find-triggers.js';
import { modeOf } from './mode-context.js';
import { findAny } from './phrase-match.js';
import { placeRecipient } from './recipients.js';
import type { SentenceContext } from './sentence-context.js';
import type { TriggerReading } from './trigger-reading.js';

/** Verbs of coerce.arrest that say only that people were taken ("seized", "held", "nabbed"). */
const TAKING_VERBS = new Set(['seize', 'hold', 'nab']);

/** Gives the event another type, CAMEO code and mode, and records the rule that did it. */
function retypeAs(
  s: TriggerReading,
  type: TriggerReading['type'],
  cameo: string,
  mode: string | null,
  rule: string,
): void {
  s.type = type;
  s.cameo = cameo;
  s.mode = mode;
  s.rules.push(rule);
}

/** Is a word of revenge among the first words of what is promised? */
function promisesRevenge(ctx: SentenceContext, from: number, contentEnd: number | undefined): boolean {
  const to = Math.min(ctx.toks.length, contentEnd ?? from + 4, from + 4);
  const { revenge } = ctx.book.cues;
  for (let k = from; k < to; k++) if (revenge.single.has(ctx.toks[k].lemma)) return true;
  // ("vowing to hunt down the attackers")
  return findAny(ctx.toks, from, to, revenge.phrases) !== null;
}

/** Sectors of people who occupy a place only to protest (students, workers, civilians, activists). */
const SIT_IN_SECTORS = new Set(['EDU', 'CVL', 'LAB', 'HRI', 'AGR', 'OPP', 'HLH']);

/** Prepositions placing an attack whose attacker is not named. */
const UNIDENTIFIED_PREPS = new Set(['in', 'near', 'outside', 'of', 'at', 'inside']);

/**
 * The type, CAMEO code and mode that the content, the roles and the actors make of the pattern's.
 * The content of a promise or a call decides what it is: promising force is a threat ("vowed to
 * resume attacks"); calling for force against someone rallies opposition against them.
 */
export function retype(ctx: SentenceContext, s: TriggerReading): void {
  const { toks, groups, triggers, book } = ctx;
  const { m, p, c, rules, isPassive, contentEnd } = s;
  if (contentEnd !== undefined && s.type === 'AGREE' && s.cameo === '030') {
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
        : (inner.pattern.intentCameo ?? AGREE_CAMEO[inner.pattern.type])
      : undefined;
    if (code && code !== '030') {
      s.cameo = code;
      rules.push('clause.intent-content');
    }
  }
  if (s.type === 'AGREE' && s.cameo === '030' && promisesRevenge(ctx, m.end, contentEnd)) {
    // "vowed harsh revenge against Israel": a promise of revenge threatens force
    retypeAs(s, 'THREATEN', '138', 'violence', 'clause.revenge-promise');
  }
  if (contentEnd !== undefined && s.type === 'THREATEN') {
    // what is threatened sets the CAMEO code and mode: "threatened to invade" is 138 violence
    const inner = triggers.find(
      (o) => o !== m && o.start >= m.end && o.start < contentEnd && MATERIAL_CONFLICT.has(o.pattern.type),
    );
    const t = inner
      ? (THREAT_FOR[inner.pattern.type] ?? (inner.pattern.type === 'SANCTION' ? ['1312', 'restrict'] : null))
      : null;
    if (t && s.cameo === '130') {
      s.cameo = t[0];
      s.mode = t[1];
      rules.push('clause.threat-content');
    }
  }
  if (
    s.actorList.length &&
    !isPassive &&
    RESTRICTION_CAMEO.test(s.cameo) &&
    (!s.recipList.length || s.recipList[0].place || s.recipList[0].code === s.actorList[0].code)
  ) {
    // "a curfew in Algiers" by Algeria's president: the city's people, not its government
    const placed = placeRecipient(ctx, s, m.end, true);
    // ("prepared to impose martial law as street battles raged in central Baghdad": where the
    // sentence's events happen, when the clause names no place)
    const near = placed.length || s.recipList.length ? placed : placeRecipient(ctx, s, m.end, true, true);
    if (near.length) s.recipList = near;
    if (!placed.length && near.length) rules.push('clause.restriction-sentence-place');
  }
  if (s.type === 'ASSAULT' && !isPassive && !s.actorList.some((a) => a.country || a.sector)) {
    // "A car bombing by the Islamic State group killed ...": the agent of the subject's event
    const by = groups.find(
      (g) =>
        g.prep === 'by' && g.start >= c.start && g.end <= m.start && ctx.actorsOf(g).some((a) => !a.place),
    );
    const agent = by ? ctx.actorsOf(by).filter((a) => !a.place && (a.country || a.sector)) : [];
    const nounAt = by ? by.start - 2 : -1;
    const eventNoun = triggers.some((o) => o.kind === 'noun' && o.start <= nounAt && nounAt < o.end);
    if (agent.length && eventNoun) {
      s.actorList = agent;
      rules.push('clause.subject-by-agent');
    }
  }
  if (s.type === 'ASSAULT' && !s.actorList.some((a) => a.country || a.sector)) engagementSide(ctx, s);
  if (s.type === 'ASSAULT' && c.kind !== 'relative' && !s.actorList.some((a) => a.country || a.sector)) {
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
      s.actorList = [{ ...a, code: `${a.country}UAF`, sector: 'UAF', weak: true }];
      rules.push('actor.unidentified-by-place');
    }
  }
  if (p.mode === 'arrest' && isPassive && !s.actorList.some((a) => a.country || a.sector)) {
    // "was arrested in Lebanon": an arrest told with no one named is the state's where it happened
    const where = groups.find(
      (g) => g.start > m.start && g.prep === 'in' && ctx.actorsOf(g).some((a) => a.country && !a.sector),
    );
    const a = where ? ctx.actorsOf(where).find((x) => x.country && !x.sector) : undefined;
    if (a) {
      s.actorList = [{ ...a, code: a.country!, weak: true }];
      rules.push('actor.arresting-state');
    }
  }
  if (contentEnd !== undefined && (s.type === 'AGREE' || s.type === 'REQUEST')) {
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
    if (inner && promised && s.type === 'AGREE') {
      const t =
        THREAT_FOR[inner.pattern.type] ??
        (inner.pattern.type === 'SANCTION' ? ['1312', 'restrict'] : ['130', null]);
      s.type = 'THREATEN';
      s.cameo = t[0];
      s.mode = t[1];
      rules.push('clause.promised-force-is-threat');
    } else if (inner && s.type === 'REQUEST') {
      const against = groups.find(
        (g) => g.start > m.end && g.start < contentEnd && g.prep === 'against' && ctx.actorsOf(g).length,
      );
      if (against) {
        s.type = 'ACCUSE';
        s.cameo = '113';
        s.mode = 'disapprove';
        s.recipList = ctx.actorsOf(against);
        rules.push('clause.call-against-is-opposition');
      }
    }
  }

  // Workforce subjects make "strike" a labour strike, not an attack.
  if (
    s.type === 'ASSAULT' &&
    toks[m.start].lemma === 'strike' &&
    s.actorList.some((a) => a && (a.sector === 'LAB' || workforceNoun(ctx, a.text)))
  ) {
    retypeAs(s, 'PROTEST', '143', 'strike', 'clause.labour-strike');
  }
  // "students occupied the campus": people with no arms who occupy a place stage a sit-in, a
  // protest that obstructs (CAMEO 144), not a territorial occupation
  if (
    p.id === 'coerce.occupy' &&
    s.actorList.length > 0 &&
    s.actorList.every((a) => a?.sector && SIT_IN_SECTORS.has(a.sector))
  ) {
    retypeAs(s, 'PROTEST', '144', 'obstruct', 'clause.sit-in');
    s.recipList = [];
  }
  // "raided the camp, killing nine": a raid that kills is an attack, not a search or a seizure
  if (
    p.id === 'coerce.seize-property' &&
    ctx.toks[m.start].lemma === 'raid' &&
    triggers.some((o) => o.start > m.end && o.pattern.type === 'ASSAULT' && o.pattern.id === 'assault.kill')
  ) {
    retypeAs(s, 'ASSAULT', '190', null, 'clause.deadly-raid');
  }
  // "captured Goma", "seized Bukavu": a town taken is ground taken by force, not a person
  // abducted nor goods seized (the pattern lists the common nouns, the name is a place)
  if (
    (p.id === 'assault.abduct' || p.id === 'coerce.seize-property') &&
    m.kind === 'verb' &&
    s.recipList.length > 0 &&
    s.recipList.every((r) => namesPlace(r)) &&
    // "seized a tanker in the Gulf of Oman": the place is where, not what was taken
    !rules.includes('clause.place-target')
  ) {
    retypeAs(s, 'ASSAULT', '190', null, 'clause.place-captured');
  }
  // "gunmen seized two aid workers": people taken by armed men who hold no office are abducted,
  // not arrested (only states arrest)
  if (
    s.type === 'COERCE' &&
    s.cameo === '173' &&
    m.kind === 'verb' &&
    p.id === 'coerce.arrest' &&
    TAKING_VERBS.has(toks[m.start].lemma) &&
    s.actorList.length > 0 &&
    s.actorList.every((a) => a && NON_STATE_ARMED.has(a.sector ?? ''))
  ) {
    retypeAs(s, 'ASSAULT', '181', 'abduct', 'clause.armed-seizure-is-abduction');
  }
  // "protesters stormed the parliament", "set the building on fire": a crowd's attack on a place
  // is a violent protest (CAMEO 145); a crowd that kills or wounds is still coded as an assault
  if (
    s.type === 'ASSAULT' &&
    CROWD_ACTS.has(p.id) &&
    s.actorList.length > 0 &&
    s.actorList.every((a) => a?.rules?.includes('sector.cvl.protesters'))
  ) {
    retypeAs(s, 'PROTEST', '145', 'riot', 'clause.riot');
  }
  // "was arrested for collaborating with X": the reason given is the charge, and the report is of
  // the accusation (CAMEO 1121), as both PLOVER's and Multi-CoPED's coders read it
  if (
    s.type === 'COERCE' &&
    p.mode === 'arrest' &&
    forGerund(toks, m.end, Math.min(toks.length, m.end + 8))
  ) {
    retypeAs(s, 'ACCUSE', '1121', 'allege', 'clause.arrested-for');
  }
  // "protesters demanded new elections": what a crowd in the street demands is its protest's
  // aim, a demonstration (CAMEO 141), not a request made at a table
  if (
    s.type === 'REQUEST' &&
    !p.user &&
    s.actorList.length > 0 &&
    s.actorList.every((a) => a?.rules?.includes('sector.cvl.protesters'))
  ) {
    retypeAs(s, 'PROTEST', '141', 'demonstrate', 'clause.protesters-demand');
  }
  if (
    s.type === 'PROTEST' &&
    p.id === 'protest.protest' &&
    s.actorList.some(
      (a) =>
        a && (a.sector === 'GOV' || a.sector === 'LEG' || a.sector === 'MIL' || (a.country && !a.sector)),
    )
  ) {
    // a state or government "protests": a diplomatic complaint, not a demonstration
    retypeAs(s, 'ACCUSE', '114', 'disapprove', 'clause.official-protest');
  }
  // "sent a platoon to Kuwait on a peacekeeping mission": protection given, not a show of force
  const aid = deploymentAid(ctx, s);
  if (aid) retypeAs(s, 'AID', aid[0], null, aid[1]);
  if (!s.mode)
    s.mode = modeOf(
      toks,
      contentEnd !== undefined ? { ...c, end: Math.max(c.end, contentEnd) } : c,
      s.type,
      book,
    );
}

/** Is there a "for" + gerund ("for collaborating") in the clause after `from`? */
function forGerund(toks: SentenceContext['toks'], from: number, end: number): boolean {
  for (let k = from; k + 1 < end; k++)
    if (toks[k].lower === 'for' && toks[k + 1].pos === 'VERB' && /ing$/.test(toks[k + 1].lower)) return true;
  return false;
}

/** Does the phrase end in a noun of working people ("dock workers", "the nurses")? */
function workforceNoun(ctx: SentenceContext, text: string): boolean {
  const last = text.toLowerCase().split(/\s+/).pop() ?? '';
  const set = ctx.book.cues.workforce.single;
  return set.has(last) || (last.endsWith('s') && set.has(last.slice(0, -1)));
}
