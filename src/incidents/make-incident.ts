import { stableId } from '../core/ids.js';
import type {
  ActorRef,
  CasualtyRange,
  DateGranularity,
  EventActor,
  Incident,
  IncidentSource,
  Place,
} from '../core/records.js';
import { gradeIncident } from './claim-grade.js';
import type { Cluster } from './cluster-events.js';
import { reconcileCounts } from './count-range.js';
import { addDays } from './event-date.js';
import type { EventFeatures } from './event-features.js';
import { placeSpecificity } from './place-compat.js';

function mode<T>(values: T[]): T | undefined {
  const tally = new Map<T, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of tally) if (c > n) [best, n] = [v, c];
  return best;
}

function actorRef(a: EventActor): ActorRef {
  const out: ActorRef = { code: a.code, country: a.country, sector: a.sector, name: a.name };
  if (a.entityId) out.entityId = a.entityId;
  return out;
}

function uniqueActors(list: (EventActor | null)[]): ActorRef[] {
  const seen = new Map<string, ActorRef>();
  for (const a of list) if (a && !seen.has(a.code)) seen.set(a.code, actorRef(a));
  return [...seen.values()];
}

/**
 * The incident's attackers and targets kept apart: a party that its sources name more often as
 * the target than as the actor is a target ("the people killed" read once as the subject of a
 * passive), and the other way round; on a tie it stays where it was named. Returns the codes to
 * leave out of each side.
 */
function sideSlips(members: EventFeatures[]): { notActors: Set<string>; notRecipients: Set<string> } {
  const asActor = new Map<string, number>();
  const asRecipient = new Map<string, number>();
  for (const m of members) {
    asActor.set(m.event.actor.code, (asActor.get(m.event.actor.code) ?? 0) + 1);
    const r = m.event.recipient;
    if (r) asRecipient.set(r.code, (asRecipient.get(r.code) ?? 0) + 1);
  }
  const notActors = new Set<string>();
  const notRecipients = new Set<string>();
  for (const [code, n] of asActor) if ((asRecipient.get(code) ?? 0) > n) notActors.add(code);
  for (const [code, n] of asRecipient) if ((asActor.get(code) ?? 0) > n) notRecipients.add(code);
  return { notActors, notRecipients };
}

/** `---` (a source that does not name the party) adds nothing once another source names it. */
function named(list: ActorRef[]): ActorRef[] {
  const known = list.filter((a) => a.code !== '---');
  return known.length ? known : list;
}

/** The earliest-reported member: its event id names the incident, so ids survive rebuilds. */
export function earliestMember(members: EventFeatures[]): EventFeatures {
  return [...members].sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
      a.event.articleId.localeCompare(b.event.articleId) ||
      a.event.sentence - b.event.sentence ||
      a.event.id.localeCompare(b.event.id),
  )[0];
}

/** The incident's date: agreed day, span of disagreeing days, or the vague range reported. */
function incidentDate(members: EventFeatures[]): Incident['date'] {
  const days = members.filter((m) => m.precision === 'day' && m.window).map((m) => m.window!);
  if (days.length) {
    // The day most sources give (the earliest on a tie): a late report that dates the strike by
    // its announcement should not stretch the incident.
    const tally = new Map<string, number>();
    for (const d of days) tally.set(`${d.from}|${d.to}`, (tally.get(`${d.from}|${d.to}`) ?? 0) + 1);
    const [key] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const [from, to] = key.split('|');
    return { from, to, granularity: from === to ? 'day' : 'range' };
  }
  const vague = members.filter((m) => m.precision === 'vague' && m.date);
  if (vague.length) {
    const from = vague.map((m) => m.date!.from).sort()[0];
    const to = vague
      .map((m) => m.date!.to)
      .sort()
      .at(-1)!;
    const g = mode(vague.map((m) => m.date!.granularity)) as DateGranularity;
    return {
      from,
      to,
      granularity: vague.every((m) => m.date!.from === from && m.date!.to === to) ? g : 'range',
    };
  }
  // Dated only by announcements ("Hegseth said on Friday that forces struck a boat"): news
  // gives an earlier day when there was one, so the first announcement's day is the best guess.
  const announced = members
    .filter((m) => m.announced && m.reportDay)
    .map((m) => m.reportDay!)
    .sort();
  if (announced.length) return { from: announced[0], to: announced[0], granularity: 'day' };
  // Dated only by publication: the day of the first report or the day before.
  const reports = members
    .map((m) => m.reportDay ?? m.published)
    .filter((p): p is string => !!p)
    .sort();
  if (reports.length) return { from: addDays(reports[0], -1), to: reports[0], granularity: 'range' };
  return { from: '0000-01-01', to: '9999-12-31', granularity: 'range' };
}

function incidentPlace(members: EventFeatures[]): Place | null {
  // A retold follow-up strike often names where it is debated, not where it happened.
  const places = members
    .filter((m) => !m.followUpKilled)
    .map((m) => m.place)
    .filter((p): p is Place => !!p && p.kind !== 'unknown');
  if (!places.length) return null;
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.name ?? p.text, (counts.get(p.name ?? p.text) ?? 0) + 1);
  const ranked = [...places].sort(
    (a, b) =>
      (counts.get(b.name ?? b.text) ?? 0) - (counts.get(a.name ?? a.text) ?? 0) ||
      placeSpecificity(b) - placeSpecificity(a),
  );
  const { span: _span, ...place } = ranked[0];
  return place;
}

function source(m: EventFeatures): IncidentSource {
  const s: IncidentSource = {
    articleId: m.event.articleId,
    eventId: m.event.id,
    outlet: m.article?.outlet ?? null,
    url: m.article?.url ?? null,
    published: m.article?.published ?? null,
    evidence: m.event.evidence?.text ?? m.event.sentenceText,
  };
  if (m.killed) s.killed = m.killed;
  else if (m.followUpKilled) s.killed = m.followUpKilled;
  return s;
}

function ownRanges(
  members: EventFeatures[],
  pick: (m: EventFeatures) => CasualtyRange | undefined,
): CasualtyRange[] {
  return members.map(pick).filter((r): r is CasualtyRange => !!r && !r.cumulative);
}

/**
 * The members whose killed counts stand: all of them, or, once a source revises the toll, the
 * latest revision and the reports published from its day on (what came before it is superseded).
 */
function killedWitnesses(members: EventFeatures[]): EventFeatures[] {
  const revisions = members.filter((m) => m.revision && m.published);
  if (!revisions.length) return members;
  const last = revisions
    .map((m) => m.published!)
    .sort()
    .at(-1)!;
  return members.filter((m) => (m.published ?? '') >= last);
}

/**
 * Turns a cluster into an incident with reconciled date, place (the one most sources give, the
 * narrower on a tie), counts, grade and sources.
 */
export function makeIncident(c: Cluster): Incident {
  const members = [...c.members].sort(
    (a, b) =>
      (a.published ?? '').localeCompare(b.published ?? '') ||
      a.event.articleId.localeCompare(b.event.articleId) ||
      a.event.sentence - b.event.sentence ||
      a.event.id.localeCompare(b.event.id),
  );
  const actorCountry = mode(members.map((m) => m.actorCountry).filter((x): x is string => !!x)) ?? null;
  const casualties: Incident['casualties'] = {};
  const killed = reconcileCounts(ownRanges(killedWitnesses(members), (m) => m.killed));
  if (killed) casualties.killed = killed;
  const injured = reconcileCounts(ownRanges(members, (m) => m.casualties.injured));
  if (injured) casualties.injured = injured;
  const survivors = reconcileCounts(ownRanges(members, (m) => m.casualties.survivors));
  if (survivors) casualties.survivors = survivors;
  const missing = reconcileCounts(ownRanges(members, (m) => m.casualties.missing));
  if (missing) casualties.missing = missing;
  const slips = sideSlips(members);
  const pubs = members
    .map((m) => m.published)
    .filter((p): p is string => !!p)
    .sort();
  return {
    id: stableId('inc', earliestMember(members).event.id),
    type: mode(members.map((m) => m.event.type))!,
    cameo: mode(members.map((m) => m.event.cameo))!,
    date: incidentDate(members),
    reported: pubs[0] ?? null,
    location: incidentPlace(members),
    actors: named(
      uniqueActors(members.map((m) => m.event.actor)).filter((a) => !slips.notActors.has(a.code)),
    ),
    recipients: named(
      uniqueActors(members.map((m) => m.event.recipient)).filter((a) => !slips.notRecipients.has(a.code)),
    ),
    casualties,
    grade: gradeIncident(members, actorCountry),
    campaignId: null,
    sources: members.map(source),
  };
}
