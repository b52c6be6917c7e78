import type { CampaignKilled, StatedTotalCheck, TotalVerdict } from '../core/records.js';
import { describeStated, type StatedRange } from './stated-range.js';

/** One reading of what the campaign had reached by the statement's day. */
export interface CampaignReading {
  figure: CampaignKilled;
  /**
   * `included`: counts the incidents first reported on the statement's day; `excluded`: leaves
   * them out (the statement may predate the announcement); `none`: there were none that day.
   */
  sameDay: 'included' | 'excluded' | 'none';
  /** Only incidents dated through this day: the statement dates itself ("after Tuesday's strike"). */
  through?: string;
}

const RANK: Record<TotalVerdict, number> = { matches: 0, 'within-range': 1, disagrees: 2 };

/** The stated point compared by `delta`: the figure, or the bound an open range gives. */
function statedPoint(s: StatedRange): number {
  if (s.bound === 'at-least' || s.bound === 'more-than') return s.low;
  if (s.bound === 'up-to' || s.bound === 'less-than') return s.high ?? s.figure;
  return s.figure;
}

/**
 * How far above its figure an open statement ("at least 99", "more than 70") can plausibly reach
 * (rule id `tally-open-factor`): half as much again, and at least five more. News says "at least
 * 99" of a toll near 99, not of one near 192.
 */
export const OPEN_BOUND = { factor: 1.5, slack: 5 } as const;

/** The greatest count a statement plausibly stands for: its high, or for an open bound a multiple of it. */
export function plausibleHigh(s: StatedRange): number | null {
  if (s.high !== null) return s.high;
  if (s.bound === 'at-least' || s.bound === 'more-than')
    return Math.max(Math.ceil(s.low * OPEN_BOUND.factor), s.low + OPEN_BOUND.slack);
  return null;
}

/** How far apart two ranges are; 0 when they overlap. */
function gap(s: StatedRange, c: CampaignKilled): number {
  const high = plausibleHigh(s);
  if (high !== null && high < c.low) return c.low - high;
  if (s.low > c.high) return s.low - c.high;
  return 0;
}

function verdictOf(s: StatedRange, c: CampaignKilled): TotalVerdict {
  const high = plausibleHigh(s);
  const inStated = (n: number) => s.low <= n && (high === null || n <= high);
  if (s.figure === c.best && inStated(c.best)) return 'matches';
  return gap(s, c) === 0 ? 'within-range' : 'disagrees';
}

function campaignText(c: CampaignKilled): string {
  const range = c.low === c.high ? `${c.best}` : `${c.low}-${c.high}, best ${c.best}`;
  const missing = c.missing ? `, high counting ${c.missing} missing presumed dead` : '';
  return `campaign ${range} (${c.incidents} incidents${missing})`;
}

function sameDayText(r: CampaignReading): string {
  if (r.through) return ` through the strikes of ${r.through}`;
  if (r.sameDay === 'excluded') return ' not counting strikes first reported that day';
  if (r.sameDay === 'included') return ' counting strikes first reported that day';
  return '';
}

/**
 * Checks a stated running total against the campaign as of the statement's day, the way Airwars
 * and UCDP set outlets' tallies beside their own: `matches` when the stated figure is the
 * campaign's best figure; `within-range` when the stated range overlaps the campaign's low-high
 * range ("more than 70" against 75; "76" against 75 with one missing presumed dead); otherwise
 * `disagrees`, with `delta` (stated minus best) and the reason in words. Of the readings given
 * (with and without incidents first reported that day) the one that fits best is kept, the first
 * on a tie or when none fits.
 */
export function checkStatedTotal(
  stated: StatedRange,
  readings: CampaignReading[],
): Pick<StatedTotalCheck, 'delta' | 'stated' | 'campaign' | 'verdict' | 'reason'> {
  let best: { r: CampaignReading; v: TotalVerdict; gap: number } | null = null;
  for (const r of readings) {
    const v = verdictOf(stated, r.figure);
    const g = gap(stated, r.figure);
    // Among agreeing readings the closer wins; a disagreeing statement is set beside the first
    // reading only, since leaving out that day's strikes cannot explain it away.
    const better =
      !best || RANK[v] < RANK[best.v] || (v !== 'disagrees' && RANK[v] === RANK[best.v] && g < best.gap);
    if (better) best = { r, v, gap: g };
  }
  const { figure, bound, low, high } = stated;
  const statedOut = { figure, low, high, bound };
  if (!best) return { delta: null, stated: statedOut };
  const c = best.r.figure;
  const delta = statedPoint(stated) - c.best;
  const said = `stated ${describeStated(stated)}`;
  const known = `${campaignText(c)}${sameDayText(best.r)}`;
  let reason: string;
  if (best.v === 'matches') reason = `${said} is the ${known}`;
  else if (best.v === 'within-range') reason = `${said} fits the ${known}`;
  else reason = `${said} is ${best.gap} ${stated.low > c.high ? 'above' : 'below'} the ${known}`;
  return {
    delta,
    stated: statedOut,
    campaign: { ...c, sameDay: best.r.sameDay, ...(best.r.through ? { through: best.r.through } : {}) },
    verdict: best.v,
    reason,
  };
}
