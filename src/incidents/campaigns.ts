import { stableId } from '../core/ids.js';
import type { ActorRef, Campaign, CasualtyRange, Incident } from '../core/records.js';
import { campaignFigure } from './campaign-figure.js';
import { fitsRun, isPlaceActor, namesCampaign, splitIntoRuns } from './campaign-theatre.js';
import { type CampaignReading, checkStatedTotal } from './check-stated-total.js';
import { dayDiff, statedDayMentions } from './event-date.js';
import type { EventFeatures } from './event-features.js';
import { kindOf } from './event-features.js';
import { statedRange } from './stated-range.js';

/** A campaign running total stated in one sentence of an article. */
export interface StatedTotal {
  articleId: string;
  outlet: string | null;
  /** Publication day of the article. */
  published: string | null;
  sentenceText: string;
  total: CasualtyRange;
  /** Kind of action tallied, and the tallying event's actor and target where it has them. */
  kind: string;
  actorCountry: string | null;
  recipientSector: string | null;
  /**
   * Read from a sentence no event was coded from: it goes to the campaign of its article's own
   * incidents, and only when the article has some.
   */
  fromText?: boolean;
  /** The sentence before it in its paragraph, which may name what the tally counts. */
  before?: string;
}

/** The sentence before `sentence` in its paragraph of `text`, or ''. */
export function sentenceBefore(text: string | undefined, sentence: string): string {
  if (!text) return '';
  const at = text.indexOf(sentence);
  if (at <= 0) return '';
  const para = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = text.slice(para, at).trimEnd();
  const end = Math.max(prefix.lastIndexOf('. ', prefix.length - 2), prefix.lastIndexOf('? '), -1);
  return prefix.slice(end + 1).trim();
}

/** The stated total of an event's features, if it states one. */
export function statedTotalOf(f: EventFeatures): StatedTotal | null {
  if (!f.total) return null;
  return {
    articleId: f.event.articleId,
    outlet: f.article?.outlet ?? null,
    published: f.published,
    sentenceText: f.event.sentenceText,
    total: f.total,
    kind: f.kind,
    actorCountry: f.actorCountry,
    recipientSector: f.recipientSector,
    before: sentenceBefore(f.article?.text, f.event.sentenceText),
  };
}

function incidentKind(i: Incident): string {
  return kindOf({ type: i.type, cameo: i.cameo } as Parameters<typeof kindOf>[0]);
}

function actorCountry(i: Incident): string | null {
  const counts = new Map<string, number>();
  for (const a of i.actors)
    if (a.country && !isPlaceActor(a)) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** Sectors that make a target a state ("COLMIL", "VENGOV"), as against people or groups. */
const STATE_TARGETS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD', 'EXE']);

function topOf(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * The kind of target of an incident: a state's institutions (`state:VEN`) or non-state people
 * (`nonstate`), whatever sector the coder gave the victims (traffickers, civilians, fishermen), or
 * null when no source names a target.
 */
function targetClass(i: Incident, actor: string | null): string | null {
  return topOf(
    i.recipients
      // A side does not strike itself: a recipient of the actor's own country is a coding slip
      // ("President Trump said" read as the target), not the target.
      .filter((r) => (r.country || r.sector) && r.country !== actor)
      .map((r) => (r.country && r.sector && STATE_TARGETS.has(r.sector) ? `state:${r.country}` : 'nonstate')),
  );
}

function targetSector(incidents: Incident[]): string | null {
  return topOf(incidents.flatMap((i) => i.recipients.map((r) => r.sector).filter((x): x is string => !!x)));
}

function campaignActor(incidents: Incident[], country: string): ActorRef {
  const counts = new Map<string, { ref: ActorRef; n: number }>();
  for (const i of incidents)
    for (const a of i.actors)
      if (a.country === country && !isPlaceActor(a)) {
        const e = counts.get(a.code) ?? { ref: a, n: 0 };
        e.n++;
        counts.set(a.code, e);
      }
  const top = [...counts.values()].sort((a, b) => b.n - a.n || a.ref.code.localeCompare(b.ref.code))[0];
  return top?.ref ?? { code: country, country, sector: null, name: country };
}

const KIND_LABEL: Record<string, string> = { violence: 'attacks' };

/** Incidents of one acting country, kind of action and kind of target. */
interface Group {
  key: string;
  country: string;
  kind: string;
  target: string | null;
  items: Incident[];
}

/**
 * Groups incidents by acting country (places taken for actors do not count), kind of action and
 * kind of target; incidents with no known target join the largest group of their actor and kind.
 */
function groupByActor(incidents: Incident[]): { groups: Group[]; anonymous: Incident[] } {
  const groups = new Map<string, Group>();
  const untargeted: Incident[] = [];
  const anonymous: Incident[] = [];
  for (const i of incidents) {
    const country = actorCountry(i);
    if (!country) {
      anonymous.push(i);
      continue;
    }
    const target = targetClass(i, country);
    if (!target) {
      untargeted.push(i);
      continue;
    }
    const key = `${country}|${incidentKind(i)}|${target}`;
    const g = groups.get(key) ?? { key, country, kind: incidentKind(i), target, items: [] };
    g.items.push(i);
    groups.set(key, g);
  }
  for (const i of untargeted) {
    const country = actorCountry(i)!;
    const kind = incidentKind(i);
    const home = [...groups.values()]
      .filter((g) => g.country === country && g.kind === kind)
      .sort((a, b) => b.items.length - a.items.length)[0];
    if (home) home.items.push(i);
    else {
      const key = `${country}|${kind}|`;
      const g = groups.get(key) ?? { key, country, kind, target: null, items: [] };
      g.items.push(i);
      groups.set(key, g);
    }
  }
  return { groups: [...groups.values()].sort((a, b) => a.key.localeCompare(b.key)), anonymous };
}

/**
 * Groups repeated incidents of one actor and kind of action against one kind of target, in one
 * theatre with bounded gaps (see `CAMPAIGN_BOUNDS`), into campaigns of at least `minIncidents`
 * incidents, with running killed totals (of incidents dated to the day) and the killed total as a
 * low-best-high range, and checks each stated running total that names the campaign's actor or
 * theatre against the campaign as of the day of the article that stated it (see
 * `checkStatedTotal`). Sets `campaignId` on incidents.
 */
export function buildCampaigns(
  incidents: Incident[],
  stated: StatedTotal[],
  minIncidents: number,
): Campaign[] {
  const { groups, anonymous } = groupByActor(incidents);
  const runs = groups.flatMap((g) => splitIntoRuns(g.items).map((items) => ({ ...g, items })));
  // An incident whose sources never name the attacker joins the largest campaign of its kind
  // that has struck in its theatre in the weeks around it. One with no place either ("a strike
  // there killed four") joins only a campaign its own articles report on, whose place they mean.
  for (const i of anonymous) {
    const kind = incidentKind(i);
    const articles = new Set(i.sources.map((s) => s.articleId));
    const sharesArticle = (items: Incident[]) =>
      items.some((x) => x.sources.some((s) => articles.has(s.articleId)));
    const home = runs
      .filter(
        (g) =>
          g.kind === kind &&
          g.items.length >= minIncidents &&
          (fitsRun(g.items, i, true) ||
            (!i.location && fitsRun(g.items, i, false) && sharesArticle(g.items))),
      )
      .sort((a, b) => b.items.length - a.items.length)[0];
    if (home) home.items.push(i);
  }
  const campaigns: Campaign[] = [];
  for (const g of runs) {
    if (g.items.length < minIncidents) continue;
    const items = [...g.items].sort(
      (a, b) => a.date.from.localeCompare(b.date.from) || a.id.localeCompare(b.id),
    );
    const id = stableId('cmp', g.key, items[0].id);
    let total = 0;
    const running: NonNullable<Campaign['running']> = [];
    for (const i of items) {
      i.campaignId = id;
      // Incidents known only to the month may repeat a dated one; they are listed, not summed.
      if (!countsInSum(i)) continue;
      const k = killedOf(i);
      total += k ?? 0;
      running.push({ incidentId: i.id, date: i.date.from, killed: k, total });
    }
    const actor = campaignActor(items, g.country);
    const label = KIND_LABEL[g.kind] ?? g.kind.toLowerCase();
    const sector = targetSector(items);
    const target = g.target?.startsWith('state:') ? g.target.slice(6) : (sector ?? 'unidentified');
    campaigns.push({
      id,
      name: `${actor.name || g.country} ${label} on ${target} targets`,
      actor,
      targetSector: sector,
      type: items[0].type,
      incidentIds: items.map((i) => i.id),
      date: {
        from: items[0].date.from,
        to: items
          .map((i) => i.date.to)
          .sort()
          .at(-1)!,
      },
      killedSum: total,
      killed: campaignFigure(items.filter(countsInSum)),
      statedTotals: [],
      running,
    });
  }
  for (const s of stated) attachStatedTotal(campaigns, incidents, s);
  for (const c of campaigns)
    c.statedTotals.sort(
      (a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || a.articleId.localeCompare(b.articleId),
    );
  return campaigns;
}

function killedOf(i: Incident): number | null {
  return i.casualties.killed?.best ?? i.casualties.killed?.low ?? null;
}

/** Incidents dated to a day or to the few days before a report count; month-level ones do not. */
function countsInSum(i: Incident): boolean {
  return (
    i.date.granularity === 'day' || (i.date.granularity === 'range' && dayDiff(i.date.from, i.date.to) <= 3)
  );
}

/**
 * What the campaign had reached by a statement's day: the incidents reported by then, read with
 * and without those first reported that very day (a morning tally may predate an announcement).
 */
function readingsAsOf(members: Incident[], asOf: string | null): CampaignReading[] {
  const counted = members.filter(countsInSum);
  if (asOf === null) return [{ figure: campaignFigure(counted), sameDay: 'none' }];
  const reported = (i: Incident) => i.reported ?? i.date.from;
  const known = counted.filter((i) => reported(i) <= asOf);
  const before = known.filter((i) => reported(i) < asOf);
  if (before.length === known.length) return [{ figure: campaignFigure(known), sameDay: 'none' }];
  return [
    { figure: campaignFigure(known), sameDay: 'included' },
    { figure: campaignFigure(before), sameDay: 'excluded' },
  ];
}

/**
 * Days a tally sentence dates itself by ("counted 67 dead after the Tuesday attack", "the strike
 * on Oct. 16 brought the toll to 29"): the days it gives to acts, except the start of the count
 * ("since Sept. 2").
 */
function anchorDays(sentence: string, published: string): string[] {
  return statedDayMentions(sentence, published)
    .filter(
      (d) =>
        !d.announced && d.day < published && !SINCE.test(sentence.slice(Math.max(0, d.start - 30), d.start)),
    )
    .map((d) => d.day);
}

const SINCE = /\b(?:since|from|began|begun|started|start|starting)\b[^,;]*$/i;

function campaignOf(campaigns: Campaign[], incidents: Incident[], s: StatedTotal): Campaign | undefined {
  if (s.fromText) {
    // The campaign that most of the article's own incidents belong to.
    const tally = new Map<string, number>();
    for (const i of incidents)
      if (i.campaignId && i.sources.some((x) => x.articleId === s.articleId))
        tally.set(i.campaignId, (tally.get(i.campaignId) ?? 0) + 1);
    const top = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const c = top ? campaigns.find((x) => x.id === top[0]) : undefined;
    return c && namesIt(c, incidents, s) ? c : undefined;
  }
  // Coders often leave the actor of a tally sentence unknown ("the number killed rose to 37"); it
  // then goes to the largest campaign of its kind.
  const candidates = campaigns.filter(
    (c) =>
      (s.actorCountry ? c.actor.country === s.actorCountry : namesIt(c, incidents, s)) &&
      kindOfCampaign(c, incidents) === s.kind,
  );
  if (!candidates.length) return undefined;
  return (
    candidates.find((x) => s.recipientSector && x.targetSector === s.recipientSector) ??
    [...candidates].sort((a, b) => b.incidentIds.length - a.incidentIds.length)[0]
  );
}

function attachStatedTotal(campaigns: Campaign[], incidents: Incident[], s: StatedTotal): void {
  const range = statedRange(s.total);
  if (!range) return;
  const c = campaignOf(campaigns, incidents, s);
  if (!c) return;
  const asOf = s.published;
  if (
    c.statedTotals.some(
      (t) =>
        t.articleId === s.articleId && t.stated?.figure === range.figure && t.stated.bound === range.bound,
    )
  )
    return;
  const members = incidents.filter((i) => i.campaignId === c.id);
  const readings = readingsAsOf(members, asOf);
  if (asOf)
    for (const day of anchorDays(s.sentenceText, asOf)) {
      const through = members.filter(
        (i) => countsInSum(i) && i.date.from <= day && (i.reported ?? i.date.from) <= asOf,
      );
      readings.push({ figure: campaignFigure(through), sameDay: 'none', through: day });
    }
  // A running total below the largest single toll already reported is a count of something else
  // ("two strikes this week killed five").
  const known = members.filter(
    (i) => countsInSum(i) && (asOf === null || (i.reported ?? i.date.from) <= asOf),
  );
  const largest = Math.max(0, ...known.map((i) => killedOf(i) ?? 0));
  if (range.high !== null && range.high < largest) return;
  c.statedTotals.push({
    articleId: s.articleId,
    outlet: s.outlet,
    asOf,
    min: s.total.min ?? s.total.best,
    phrase: s.total.phrase,
    ...checkStatedTotal(range, readings),
  });
}

/**
 * Whether a tally is about the campaign: its sentence names the campaign's actor or theatre, or
 * its article reports incidents of the campaign ("The attack brought the toll of the campaign to
 * 32" in a story of a strike in the Caribbean). A bare "the toll rose to 99" in a story of
 * another war is not set beside this campaign.
 */
function namesIt(c: Campaign, incidents: Incident[], s: StatedTotal): boolean {
  const members = incidents.filter((i) => i.campaignId === c.id);
  if (members.some((i) => i.sources.some((x) => x.articleId === s.articleId))) return true;
  return namesCampaign(`${s.before ?? ''} ${s.sentenceText}`, c.actor.country, members);
}

function kindOfCampaign(c: Campaign, incidents: Incident[]): string {
  const first = incidents.find((i) => i.id === c.incidentIds[0]);
  return first ? incidentKind(first) : c.type;
}
