import type { CasualtyRange } from '../core/records.js';

/** How a stated figure bounds the count it stands for. */
export type StatedBound =
  | 'exact'
  | 'at-least'
  | 'more-than'
  | 'about'
  | 'nearly'
  | 'up-to'
  | 'less-than'
  | 'between'
  | 'vague';

/** A stated figure read as the range of counts it is consistent with. */
export interface StatedRange {
  /** The number as written ("70" in "more than 70"). */
  figure: number;
  /** Least count the statement allows. */
  low: number;
  /** Greatest count the statement allows; null when unbounded ("at least 46"). */
  high: number | null;
  bound: StatedBound;
  /** The qualifier as the text gave it, if any. */
  qualifier: string | null;
}

/**
 * Qualifier words (as the language stage or our own number reader normalise them) and the bound
 * they set. Both readers' spellings are listed, since a figure may come from either.
 */
const BOUNDS: [RegExp, StatedBound][] = [
  [/^(?:more than|over|above|upwards of|in excess of|just over|past|beyond)$/, 'more-than'],
  [/^(?:at least|no fewer than|no less than|not less than|a minimum of|at least another)$/, 'at-least'],
  [/^(?:up to|as many as|at most|no more than|a maximum of)$/, 'up-to'],
  [/^(?:fewer than|less than|under|below)$/, 'less-than'],
  [
    /^(?:about|around|approximately|roughly|some|an estimated|estimated|an approximate|close to|approx\.|circa)$/,
    'about',
  ],
  [/^(?:nearly|almost|just under|just shy of)$/, 'nearly'],
  [/^between$/, 'between'],
];

/**
 * How far "about 80" reaches either side: a twentieth of the figure, at least one. Tallies of the
 * same campaign that news calls "about" the same differ by a death or two, not by the tenth the
 * language stage allows for a bare "about" (which would make "about 80" agree with 72).
 */
export function approximateSlack(n: number): number {
  return Math.max(1, Math.round(n * 0.05));
}

function boundOf(qualifier: string | null | undefined): StatedBound | 'vague' | null {
  if (!qualifier) return null;
  const q = qualifier.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [re, b] of BOUNDS) if (re.test(q)) return b;
  return 'vague';
}

/**
 * The range of counts a stated figure allows, from its qualifier: "14" is exactly 14; "at least
 * 17" 17 or more; "more than 70" 71 or more; "about 80" 76 to 84 (see `approximateSlack`);
 * "nearly 80" 76 to 80; "up to 14" at most 14; "fewer than 10" at most 9; "between 5 and 7" 5 to
 * 7; vague words ("dozens") the range the reader gave them. Null when the figure carries no number.
 */
export function statedRange(r: CasualtyRange): StatedRange | null {
  const bound = boundOf(r.qualifier) ?? 'exact';
  const q = r.qualifier ?? null;
  switch (bound) {
    case 'exact': {
      const n = r.best ?? r.min ?? r.max;
      if (n === null) return null;
      return { figure: n, low: n, high: n, bound, qualifier: q };
    }
    case 'more-than': {
      // Readers store "more than 70" as a minimum of 71.
      if (r.min === null) return null;
      return { figure: r.min - 1, low: r.min, high: null, bound, qualifier: q };
    }
    case 'at-least': {
      const n = r.min ?? r.best;
      if (n === null) return null;
      return { figure: n, low: n, high: null, bound, qualifier: q };
    }
    case 'up-to': {
      const n = r.max ?? r.best;
      if (n === null) return null;
      return { figure: n, low: 0, high: n, bound, qualifier: q };
    }
    case 'less-than': {
      if (r.max === null) return null;
      return { figure: r.max + 1, low: 0, high: r.max, bound, qualifier: q };
    }
    case 'about': {
      const n = r.best ?? r.min ?? r.max;
      if (n === null) return null;
      const slack = approximateSlack(n);
      return { figure: n, low: Math.max(0, n - slack), high: n + slack, bound, qualifier: q };
    }
    case 'nearly': {
      const n = r.best ?? r.max;
      if (n === null) return null;
      return { figure: n, low: Math.max(0, n - approximateSlack(n)), high: n, bound, qualifier: q };
    }
    default: {
      // between and vague words: the reader's own range.
      if (r.min === null && r.max === null) return null;
      const low = r.min ?? 0;
      return { figure: r.best ?? low, low, high: r.max, bound, qualifier: q };
    }
  }
}

/** Short English for a stated range ("at least 46", "about 80 (76-84)"). */
export function describeStated(s: StatedRange): string {
  switch (s.bound) {
    case 'exact':
      return String(s.figure);
    case 'about':
    case 'nearly':
      return `${s.qualifier ?? s.bound} ${s.figure} (${s.low}-${s.high})`;
    case 'more-than':
    case 'at-least':
      return `${s.qualifier ?? s.bound} ${s.figure} (${s.low}+)`;
    case 'up-to':
    case 'less-than':
      return `${s.qualifier ?? s.bound} ${s.figure} (at most ${s.high})`;
    default:
      return `${s.qualifier ?? ''} ${s.low}-${s.high ?? ''}`.trim();
  }
}
