import { TENS_WORDS, UNIT_WORDS } from '../core/number-words.js';

/** A number phrase found in text, as a range with the words that qualified it. */
export interface NumberPhrase {
  start: number;
  end: number;
  text: string;
  min: number | null;
  max: number | null;
  best: number | null;
  qualifier: string | null;
  /** "a"/"an"/"one": counts only where a casualty word makes it a count of people. */
  article?: boolean;
}

// "both" counts as a number here: "both were killed".
const UNITS: Record<string, number> = { ...UNIT_WORDS, both: 2 };
const TENS: Record<string, number> = { ...TENS_WORDS };
/** Vague quantity words, as the least they can mean. */
const VAGUE: Record<string, { min: number; max: number | null }> = {
  dozens: { min: 24, max: null },
  scores: { min: 40, max: null },
  hundreds: { min: 200, max: null },
  thousands: { min: 2000, max: null },
  several: { min: 3, max: null },
  'a few': { min: 2, max: 5 },
  'a couple of': { min: 2, max: 3 },
  'a handful of': { min: 2, max: 6 },
};

const WORD = `(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS)
  .filter((u) => UNITS[u] > 0 && UNITS[u] < 10)
  .join('|')}))?|${Object.keys(UNITS).join('|')}`;
const NUM = `\\d{1,3}(?:,\\d{3})+|\\d+|(?:a|one)\\s+hundred|(?:a|one)\\s+dozen|a\\s+dozen|${WORD}`;
const QUAL =
  'more\\s+than|over|past|upwards\\s+of|in\\s+excess\\s+of|at\\s+least|no\\s+fewer\\s+than|not\\s+less\\s+than|a\\s+minimum\\s+of|' +
  'up\\s+to|as\\s+many\\s+as|at\\s+most|no\\s+more\\s+than|fewer\\s+than|less\\s+than|under|nearly|almost|' +
  'about|around|approximately|roughly|some|an\\s+estimated|an\\s+approximate|close\\s+to|at\\s+least\\s+another';
const VAGUE_RE = Object.keys(VAGUE)
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');

const PHRASE = new RegExp(
  `\\b(?:(${QUAL})\\s+)?(?:between\\s+(${NUM})\\s+and\\s+(${NUM})|(${NUM})\\s*(?:-|\\u2013|to|or)\\s*(${NUM})(?![\\w])|(${NUM})|(${VAGUE_RE}))\\b|\\b(an?)\\s+(?=[a-z])`,
  'gi',
);

const DIGITS = /^\d+$/;

/** Value of one number token ("11", "eleven", "twenty-one", "a dozen", "1,200"). */
export function numberValue(token: string): number | null {
  // plain digits, the usual case, need no folding
  if (DIGITS.test(token)) return Number(token);
  const t = token.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a hundred' || t === 'one hundred') return 100;
  if (t === 'a dozen' || t === 'one dozen') return 12;
  if (t in UNITS) return UNITS[t];
  const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(t);
  if (m && m[1] in TENS) return TENS[m[1]] + (m[2] ? (UNITS[m[2]] ?? 0) : 0);
  return null;
}

function applyQualifier(
  q: string | null,
  n: number,
): Pick<NumberPhrase, 'min' | 'max' | 'best' | 'qualifier'> {
  const qual = q ? q.toLowerCase().replace(/\s+/g, ' ') : null;
  switch (qual) {
    case null:
      return { min: n, max: n, best: n, qualifier: null };
    case 'more than':
    case 'over':
    case 'past':
    case 'upwards of':
    case 'in excess of':
      return { min: n + 1, max: null, best: null, qualifier: qual };
    case 'at least':
    case 'no fewer than':
    case 'not less than':
    case 'a minimum of':
    case 'at least another':
      return { min: n, max: null, best: null, qualifier: qual };
    case 'up to':
    case 'as many as':
    case 'at most':
    case 'no more than':
      return { min: null, max: n, best: null, qualifier: qual };
    case 'fewer than':
    case 'less than':
    case 'under':
      return { min: null, max: n - 1, best: null, qualifier: qual };
    case 'nearly':
    case 'almost':
      return { min: null, max: n, best: n, qualifier: qual };
    default:
      return { min: null, max: null, best: n, qualifier: qual };
  }
}

/**
 * Every number phrase in a text with its range: "more than 80" is min 81; "at least 11" min 11;
 * "up to 14" max 14; "between 5 and 7" 5 to 7; "dozens" at least 24. Ordinals ("third") are not
 * numbers here. Year-like digits (1900-2100) directly after a month or "in" are skipped.
 */
export function findNumberPhrases(text: string): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
    const [whole, qual, b1, b2, r1, r2, single, vague, art] = m;
    const start = m.index;
    if (art) {
      out.push({
        start,
        end: start + art.length,
        text: art,
        min: 1,
        max: 1,
        best: 1,
        qualifier: null,
        article: true,
      });
      PHRASE.lastIndex = start + art.length;
      continue;
    }
    const end = start + whole.length;
    if (
      r1 &&
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i.test(
        text.slice(Math.max(0, start - 12), start),
      )
    ) {
      // "Sept. 2 to 37" is a day of the month and then a number, not a range.
      PHRASE.lastIndex = start + r1.length;
      continue;
    }
    if (b1 || r1) {
      const lo = numberValue(b1 ?? r1);
      const hi = numberValue(b2 ?? r2);
      // "twenty-two" is one number, not a range from twenty to two.
      const compound =
        r1 && r2 && /^[a-z]+-[a-z]+$/i.test(whole.slice(qual ? qual.length : 0).trim())
          ? numberValue(`${r1}-${r2}`)
          : null;
      if (compound !== null && lo !== null && compound > lo) {
        out.push({ start, end, text: whole, ...applyQualifier(qual ?? null, compound) });
        continue;
      }
      if (lo === null || hi === null || hi < lo) continue;
      out.push({
        start,
        end,
        text: whole,
        min: lo,
        max: hi,
        best: null,
        qualifier: qual?.toLowerCase() ?? 'between',
      });
      continue;
    }
    if (vague) {
      const v = VAGUE[vague.toLowerCase().replace(/\s+/g, ' ')];
      out.push({
        start,
        end,
        text: whole,
        min: v.min,
        max: v.max,
        best: null,
        qualifier: vague.toLowerCase(),
      });
      continue;
    }
    const n = numberValue(single);
    if (n === null) continue;
    if (/^\d{4}$/.test(single) && n >= 1900 && n <= 2100) continue;
    // A number glued to a month name is a day of the month, not a count.
    const before = text.slice(Math.max(0, start - 12), start);
    if (
      /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i.test(before) &&
      /^\d/.test(single)
    )
      continue;
    const after = text.slice(end, end + 4);
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /^[:.]\d/.test(after) || /^\s*(?:%|percent)/i.test(after))
      continue;
    out.push({ start, end, text: whole, ...applyQualifier(qual ?? null, n) });
  }
  return out;
}
