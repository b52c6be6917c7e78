import { countsCompatible, countsEqual, hasNumber, pointOf } from './count-range.js';
import { addDays, dayDiff } from './event-date.js';
import { type EventFeatures, hasOwnCount } from './event-features.js';
import type { IncidentOptions } from './incident-options.js';
import { placesCompatible } from './place-compat.js';

/** A growing group of events taken to be one incident. */
export interface Cluster {
  members: EventFeatures[];
}

const PRECISION_ORDER = { day: 0, report: 1, vague: 2 } as const;

/** Sort key that makes clustering independent of the order events arrive in. */
export function featureOrder(a: EventFeatures, b: EventFeatures): number {
  return (
    PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision] ||
    (a.window?.from ?? '').localeCompare(b.window?.from ?? '') ||
    (a.published ?? '').localeCompare(b.published ?? '') ||
    a.event.articleId.localeCompare(b.event.articleId) ||
    a.event.sentence - b.event.sentence ||
    a.event.id.localeCompare(b.event.id)
  );
}

function dayMembers(c: Cluster): EventFeatures[] {
  return c.members.filter((m) => m.precision === 'day');
}

/** Whether the dates allow one incident; returns the distance in days when they do. */
function dateFit(c: Cluster, f: EventFeatures, opts: IncidentOptions): number | null {
  const days = dayMembers(c);
  if (f.precision === 'vague') {
    // Month-level or campaign-level mentions never merge into a specific strike.
    if (c.members.some((m) => m.precision !== 'vague')) return null;
    const overlaps = c.members.every(
      (m) => m.window && f.window && m.window.from <= f.window.to && f.window.from <= m.window.to,
    );
    return overlaps ? 0 : null;
  }
  if (c.members.some((m) => m.precision === 'vague')) return null;
  if (!f.window) return days.length ? null : 0;
  if (f.precision === 'day') {
    if (days.length) {
      let worst = 0;
      for (const m of days) {
        const d = Math.max(
          Math.abs(dayDiff(m.window!.from, f.window.from)),
          Math.abs(dayDiff(m.window!.to, f.window.to)),
        );
        worst = Math.max(worst, d);
      }
      return worst <= opts.windowDays ? worst : null;
    }
    // Only report-dated members so far: the stated day must fall in their reporting windows.
    const fits = c.members.every(
      (m) => !m.window || (m.window.from <= f.window!.from && f.window!.from <= m.window.to),
    );
    return fits ? 0 : null;
  }
  // f is dated only by its report: some day member must fall in its window.
  if (days.length) {
    const inside = days.filter((m) => f.window!.from <= m.window!.from && m.window!.from <= f.window!.to);
    if (!inside.length) return null;
    return Math.min(...inside.map((m) => dayDiff(m.window!.from, f.window!.to)));
  }
  const overlaps = c.members.every(
    (m) => !m.window || (m.window.from <= f.window!.to && f.window!.from <= m.window.to),
  );
  return overlaps ? 1 : null;
}

/**
 * How well an event fits a cluster, or null when it cannot belong: same kind of action, the
 * same acting country (or unknown), dates within the window, compatible places and killed counts
 * compatible with every member's.
 */
export function fitScore(c: Cluster, f: EventFeatures, opts: IncidentOptions): number | null {
  const first = c.members[0];
  if (first.kind !== f.kind) return null;
  // Nothing places an event without any date (no event date, no publication date) in time: it
  // may only join a telling of its own article, and a cluster of such events takes no others.
  const timeless = !f.window || c.members.every((m) => !m.window);
  if (timeless && !c.members.some((m) => m.event.articleId === f.event.articleId)) return null;
  if (f.actorCountry && c.members.some((m) => m.actorCountry && m.actorCountry !== f.actorCountry))
    return null;
  const dist = dateFit(c, f, opts);
  if (dist === null) return null;
  // A follow-up strike on survivors belongs with the first strike of its day, wherever the
  // sentence that retells it happens to name a place.
  const placeFree = !!f.followUpKilled || c.members.every((m) => m.followUpKilled);
  if (!placeFree && !c.members.every((m) => m.followUpKilled || placesCompatible(m.place, f.place)))
    return null;
  // A revised toll replaces the earlier one, so it need not agree with it.
  const revised = f.revision || c.members.some((m) => m.revision);
  if (
    !revised &&
    !c.members.every((m) =>
      countsCompatible(m.killed, f.killed, opts.countToleranceFloor, opts.countToleranceShare),
    )
  )
    return null;
  let score = -2 * dist;
  if (hasNumber(f.killed) && c.members.some((m) => countsEqual(m.killed, f.killed))) score += 3;
  if (f.place && c.members.some((m) => m.place && m.place.name === f.place!.name)) score += 1;
  if (f.recipientSector && c.members.some((m) => m.recipientSector === f.recipientSector)) score += 0.5;
  if (c.members.some((m) => m.event.articleId === f.event.articleId)) score += 0.5;
  return score;
}

/**
 * Clusters by kind and day, so that each event is compared only with clusters that hold a member
 * within the window of its dates, not with the whole ledger. Clusters without a day-precise
 * member (report-dated or vague) are few and always compared.
 */
class ClusterIndex {
  private byDay = new Map<string, Set<Cluster>>();
  private undated = new Map<string, Set<Cluster>>();

  constructor(private readonly windowDays: number) {}

  add(c: Cluster, f: EventFeatures): void {
    if (f.precision === 'day' && f.window) {
      for (const m of c.members) if (m.precision !== 'day') this.undated.get(m.kind)?.delete(c);
      for (let d = f.window.from; d <= f.window.to; d = addDays(d, 1)) {
        const key = `${f.kind}|${d}`;
        const set = this.byDay.get(key) ?? new Set();
        set.add(c);
        this.byDay.set(key, set);
      }
    } else if (!c.members.some((m) => m.precision === 'day')) {
      const set = this.undated.get(f.kind) ?? new Set();
      set.add(c);
      this.undated.set(f.kind, set);
    }
  }

  candidates(f: EventFeatures): Cluster[] {
    const out = new Set<Cluster>(this.undated.get(f.kind) ?? []);
    if (f.window && f.precision !== 'vague') {
      const to = addDays(f.window.to, this.windowDays);
      for (let d = addDays(f.window.from, -this.windowDays); d <= to; d = addDays(d, 1))
        for (const c of this.byDay.get(`${f.kind}|${d}`) ?? []) out.add(c);
    }
    return [...out];
  }
}

/** Whether an event can start an incident: a day-precise date or a count of its own. */
export function isAnchor(f: EventFeatures): boolean {
  return !f.tallyOnly && (f.precision === 'day' || hasOwnCount(f));
}

/**
 * Greedy clustering over events sorted into a canonical order: each anchor event joins the
 * best-fitting cluster or starts a new one. Undated events without a count of their own join a
 * cluster only when exactly one cluster from their own article fits; those and vague mentions
 * without a count otherwise stay out of the ledger (background, not a report of an incident).
 */
export function clusterEvents(features: EventFeatures[], opts: IncidentOptions): Cluster[] {
  const sorted = [...features].sort(featureOrder);
  const clusters: Cluster[] = [];
  const loose: EventFeatures[] = [];
  const index = new ClusterIndex(opts.windowDays);
  for (const f of sorted) {
    if (!isAnchor(f)) {
      loose.push(f);
      continue;
    }
    let best: Cluster | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const c of index.candidates(f)) {
      const s = fitScore(c, f, opts);
      if (s !== null && s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best) best.members.push(f);
    else {
      best = { members: [f] };
      clusters.push(best);
    }
    index.add(best, f);
  }
  const byArticle = new Map<string, Set<Cluster>>();
  for (const c of clusters)
    for (const m of c.members) {
      const set = byArticle.get(m.event.articleId) ?? new Set();
      set.add(c);
      byArticle.set(m.event.articleId, set);
    }
  for (const f of loose) {
    // A vague mention without a count is background; only undated ones may be the same telling.
    if (f.precision !== 'report' && !(f.tallyOnly && f.precision === 'day')) continue;
    const own = [...(byArticle.get(f.event.articleId) ?? [])].filter((c) => fitScore(c, f, opts) !== null);
    if (own.length === 1) own[0].members.push(f);
  }
  return clusters;
}

function clusterCount(c: Cluster): number | null {
  const points = c.members
    .map((m) => (m.killed ? pointOf(m.killed) : null))
    .filter((x): x is number => x !== null);
  if (!points.length) return null;
  return Math.max(...points);
}

function within(day: string, w: { from: string; to: string } | null): boolean {
  return !!w && w.from <= day && day <= w.to;
}

/** One incident told as strikes on several vessels ("three strikes on four boats"). */
const SEVERAL_TARGETS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+(?:\w+\s+)?(?:strikes|vessels|boats|ships|attacks|launches|semi-submersibles)\b/i;

/**
 * Drops clusters with no day-precise member whose count the day-precise incidents already
 * account for: "a strike in October killed three" when an Oct. 17 strike killed three, "two
 * strikes this week killed five" beside strikes of two and three, or "the first strike killed
 * eight" in an article about a day of strikes on several boats that killed 14. They are the same
 * deaths told vaguely; kept, they would count twice in campaign totals.
 */
export function dropExplainedVague(clusters: Cluster[]): Cluster[] {
  const precise = clusters.filter((c) => c.members.some((m) => m.precision === 'day'));
  return clusters.filter((c) => {
    if (c.members.some((m) => m.precision === 'day')) return true;
    const n = clusterCount(c);
    if (n === null) return true;
    const windows = c.members.map((m) => m.window);
    const first = c.members[0];
    const candidates = precise.filter((p) => {
      const pm = p.members.find((m) => m.precision === 'day')!;
      if (pm.kind !== first.kind) return false;
      if (first.actorCountry && pm.actorCountry && first.actorCountry !== pm.actorCountry) return false;
      if (!windows.some((w) => within(pm.window!.from, w))) return false;
      return c.members.every((m) => p.members.every((q) => placesCompatible(m.place, q.place)));
    });
    const counts = candidates.map(clusterCount).filter((x): x is number => x !== null);
    if (counts.includes(n)) return false;
    // "The first strike killed eight" in an article about three strikes on one day that killed
    // 14: a part of that day's toll, told without its date.
    const articles = new Set(c.members.map((m) => m.event.articleId));
    if (
      candidates.some(
        (p) =>
          (clusterCount(p) ?? 0) > n &&
          p.members.some(
            (m) => articles.has(m.event.articleId) && SEVERAL_TARGETS.test(m.event.sentenceText),
          ),
      )
    )
      return false;
    // Two or more strikes whose tolls add up to the vague figure.
    const reachable = new Set<number>([0]);
    for (const k of counts) for (const r of [...reachable]) if (r + k <= n) reachable.add(r + k);
    return !(counts.length >= 2 && reachable.has(n) && !counts.includes(n));
  });
}
