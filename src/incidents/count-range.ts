import type { CasualtyRange, IncidentCount } from '../core/records.js';

/** Whether a casualty range carries any number at all. */
export function hasNumber(r: CasualtyRange | undefined): r is CasualtyRange {
  return !!r && (r.min !== null || r.max !== null || r.best !== null);
}

/** The single figure a source stands for: its best, else its minimum, else its maximum. */
export function pointOf(r: CasualtyRange): number | null {
  return r.best ?? r.min ?? r.max;
}

function bounds(r: CasualtyRange): [number, number] {
  const lo = r.min ?? r.best ?? 0;
  const hi =
    r.max ??
    (r.min !== null && r.best === null
      ? Number.POSITIVE_INFINITY
      : (r.best ?? r.min ?? Number.POSITIVE_INFINITY));
  return [lo, hi];
}

/**
 * Whether two sources' counts can describe one incident: their ranges overlap, or, for counts
 * of at least `floor`, they differ by no more than `share` of the larger (rounded down), as when
 * one outlet counts a survivor presumed dead. Counts without numbers fit anything.
 */
export function countsCompatible(
  a: CasualtyRange | undefined,
  b: CasualtyRange | undefined,
  floor: number,
  share: number,
): boolean {
  if (!hasNumber(a) || !hasNumber(b)) return true;
  const [alo, ahi] = bounds(a);
  const [blo, bhi] = bounds(b);
  if (alo <= bhi && blo <= ahi) return true;
  const x = pointOf(a)!;
  const y = pointOf(b)!;
  if (Math.min(x, y) < floor) return false;
  return Math.abs(x - y) <= Math.floor(share * Math.max(x, y));
}

/** Whether two counts agree exactly on their figure. */
export function countsEqual(a: CasualtyRange | undefined, b: CasualtyRange | undefined): boolean {
  return hasNumber(a) && hasNumber(b) && pointOf(a) === pointOf(b);
}

/**
 * Reconciles the sources' counts: `low` is the highest figure every source supports as a minimum
 * (the least of their minimums), `best` the figure most sources give (the lower on a tie), and
 * `high` the highest figure any source reports. When every source gives only a floor ("at least
 * 40"), the count is `open`.
 */
export function reconcileCounts(ranges: CasualtyRange[]): IncidentCount | undefined {
  const withNumbers = ranges.filter(hasNumber);
  if (!withNumbers.length) return undefined;
  const mins = withNumbers.map((r) => r.min ?? r.best).filter((x): x is number => x !== null);
  const points = withNumbers.map(pointOf).filter((x): x is number => x !== null);
  const highs = withNumbers.map((r) => r.max ?? r.best ?? r.min).filter((x): x is number => x !== null);
  const tally = new Map<number, number>();
  for (const p of points) tally.set(p, (tally.get(p) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [p, n] of [...tally].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      best = p;
      bestCount = n;
    }
  }
  const out: IncidentCount = {
    low: mins.length ? Math.min(...mins) : null,
    best,
    high: highs.length ? Math.max(...highs) : null,
  };
  if (withNumbers.every((r) => r.max === null && r.best === null)) out.open = true;
  return out;
}
