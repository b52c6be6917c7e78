import { TENS_WORDS, UNIT_WORDS } from '../core/number-words.js';
import type { Quantity, Sentence, Token } from '../core/records.js';
import { lowerOf } from './tokenize.js';

const UNITS = new Map<string, number>(
  Object.entries({ ...UNIT_WORDS, ...TENS_WORDS, dozen: 12, hundred: 100 }),
);

const MULTIPLIERS = new Map<string, number>(
  Object.entries({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 }),
);

const ORDINALS = new Map<string, number>(
  Object.entries({
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    twentieth: 20,
  }),
);

/** Vague amounts, as the range they are normally read as. */
const VAGUE = new Map<string, [number, number | null]>(
  Object.entries({
    dozens: [24, 99],
    scores: [40, 99],
    hundreds: [200, 999],
    thousands: [2_000, 9_999],
    millions: [2_000_000, 9_999_999],
    several: [3, 9],
    handful: [2, 5],
    few: [2, 5],
    numerous: [3, null],
    many: [3, null],
  } as Record<string, [number, number | null]>),
);

/** Qualifier phrases (lower-case, as words before the number) and the qualifier they stand for. */
const QUALIFIERS: [string[], string][] = [
  [['more', 'than'], 'more than'],
  [['over'], 'more than'],
  [['above'], 'more than'],
  [['upwards', 'of'], 'more than'],
  [['in', 'excess', 'of'], 'more than'],
  [['just', 'over'], 'more than'],
  [['at', 'least'], 'at least'],
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['a', 'minimum', 'of'], 'at least'],
  [['up', 'to'], 'up to'],
  [['as', 'many', 'as'], 'up to'],
  [['at', 'most'], 'up to'],
  [['no', 'more', 'than'], 'up to'],
  [['a', 'maximum', 'of'], 'up to'],
  [['fewer', 'than'], 'less than'],
  [['less', 'than'], 'less than'],
  [['under'], 'less than'],
  [['below'], 'less than'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['close', 'to'], 'about'],
  [['approx.'], 'about'],
  [['circa'], 'about'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['just', 'under'], 'nearly'],
  [['just', 'shy', 'of'], 'nearly'],
];

/** The qualifiers by their last word, in the order of `QUALIFIERS` (the first that fits wins). */
const QUALIFIERS_BY_LAST: Map<string, [string[], string][]> = (() => {
  const map = new Map<string, [string[], string][]>();
  for (const entry of QUALIFIERS) {
    const last = entry[0][entry[0].length - 1];
    const list = map.get(last) ?? [];
    list.push(entry);
    map.set(last, list);
  }
  return map;
})();

/**
 * Lower-cased token `k`, or '' outside the sentence. The finders' lower-cased forms also make
 * typographic apostrophes plain, which changes no comparison here: none of the words compared
 * with has an apostrophe.
 */
function at(lw: readonly string[], k: number): string {
  return lw[k] ?? '';
}

/** Parses one number at token `i`; returns its value and the index after it. */
function parseNumber(
  toks: readonly Token[],
  lw: readonly string[],
  i: number,
): { value: number; next: number } | null {
  const w = at(lw, i);
  let value: number | null = null;
  let next = i + 1;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(w)) value = Number(w.replace(/,/g, ''));
  else if (UNITS.has(w) && w !== 'hundred' && w !== 'dozen') {
    value = UNITS.get(w) ?? 0;
    // wink splits "twenty-five" into three tokens.
    const unit = at(lw, i + 2);
    const unitValue = UNITS.get(unit);
    if (
      value >= 20 &&
      value % 10 === 0 &&
      at(lw, i + 1) === '-' &&
      unitValue !== undefined &&
      unitValue < 10 &&
      toks[i + 2].start === toks[i + 1].end
    ) {
      value += unitValue;
      next = i + 3;
    }
  } else if (
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.test(
      w,
    )
  ) {
    const [t, u] = w.split('-');
    value = (UNITS.get(t) ?? 0) + (UNITS.get(u) ?? 0);
  } else if (
    w === 'a' &&
    (at(lw, i + 1) === 'dozen' || at(lw, i + 1) === 'hundred' || at(lw, i + 1) === 'thousand')
  ) {
    value = 1;
  } else return null;
  // "one hundred", "1.5 million", "a dozen".
  const m = at(lw, next);
  if (m === 'dozen') {
    value *= 12;
    next++;
  } else if (MULTIPLIERS.has(m)) {
    value *= MULTIPLIERS.get(m) ?? 1;
    next++;
    const m2 = MULTIPLIERS.get(at(lw, next));
    if (m2) {
      value *= m2;
      next++;
    }
  }
  return { value, next };
}

/** The counted noun after a number, skipping adjectives: "80 Colombian nationals" gives "nationals". */
const NOT_COUNTED_AFTER_OF = new Set(['the', 'these', 'those', 'them', 'us', 'whom', 'which']);

function unitAfter(toks: readonly Token[], lw: readonly string[], k: number): string | undefined {
  if (at(lw, k) === 'of' && !NOT_COUNTED_AFTER_OF.has(at(lw, k + 1))) k++;
  let skipped = 0;
  while (
    k < toks.length &&
    skipped < 3 &&
    (toks[k].pos === 'ADJ' ||
      (toks[k].pos === 'PROPN' && toks[k + 1]?.pos === 'NOUN') ||
      toks[k].text === '-' ||
      (toks[k].pos === 'VERB' && /ed$|ing$/.test(toks[k].text) && toks[k + 1]?.pos === 'NOUN'))
  ) {
    k++;
    skipped++;
  }
  if (k >= toks.length || toks[k].pos !== 'NOUN') return undefined;
  while (k + 1 < toks.length && toks[k + 1].pos === 'NOUN' && toks[k + 1].start <= toks[k].end + 1) k++;
  return toks[k].text;
}

function qualifierBefore(lw: readonly string[], i: number): { qualifier: string; start: number } | null {
  const candidates = i > 0 ? QUALIFIERS_BY_LAST.get(lw[i - 1]) : undefined;
  if (!candidates) return null;
  for (const [words, q] of candidates) {
    const s = i - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length - 1; k++) {
      if (lw[s + k] !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { qualifier: q, start: s };
  }
  return null;
}

/** Every word an ordinal, vague or unit number starts with, for the one look-up that rules most tokens out. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...ORDINALS.keys(), ...VAGUE.keys(), ...UNITS.keys()]);

function rangeFor(
  q: string | null,
  n: number,
): { min: number | null; max: number | null; best: number | null } {
  const whole = Number.isInteger(n);
  switch (q) {
    case 'more than':
      return { min: whole ? n + 1 : n, max: null, best: null };
    case 'at least':
      return { min: n, max: null, best: null };
    case 'up to':
      return { min: null, max: n, best: null };
    case 'less than':
      return { min: null, max: whole ? n - 1 : n, best: null };
    case 'about':
      return { min: Math.floor(n * 0.9), max: Math.ceil(n * 1.1), best: n };
    case 'nearly':
      return { min: Math.floor(n * 0.9), max: whole ? n - 1 : n, best: n };
    default:
      return { min: n, max: n, best: n };
  }
}

/** A four-digit year or a clock time is a date, not a count. */
function looksLikeYearOrTime(toks: readonly Token[], i: number, value: number): boolean {
  const w = toks[i].text;
  if (/^\d{4}$/.test(w) && value >= 1900 && value <= 2100) return true;
  return /^\d{1,2}[:.]\d{2}$/.test(w) && /^(a\.?m\.?|p\.?m\.?)$/i.test(toks[i + 1]?.text ?? '');
}

/**
 * Finds numbers and quantities in one sentence, each as a range with its qualifier and, where
 * found, the noun it counts: "more than 80 people" is min 81 with no max; "at least 11" min 11;
 * "up to 14" max 14; "about 30" best 30 within ±10%; "dozens" 24–99; "between 5 and 10" and
 * "5 to 10" 5–10; "a third strike" the ordinal 3.
 */
export function findQuantities(
  sentence: Sentence,
  toks: readonly Token[],
  lw: readonly string[] = toks.map(lowerOf),
): Quantity[] {
  const out: Quantity[] = [];
  const text = (a: number, b: number) =>
    sentence.text.slice(toks[a].start - sentence.start, toks[b - 1].end - sentence.start);
  for (let i = 0; i < toks.length; i++) {
    const w = lw[i];
    // Ordinals: "a third strike", "the first time", "2nd".
    const c0 = w.charCodeAt(0);
    const digit = c0 >= 48 && c0 <= 57;
    // Most tokens are neither digits nor number words: rule them out with one look-up.
    if (!digit && !NUMBER_WORDS.has(w) && w !== 'a') continue;
    const ord =
      ORDINALS.get(w) ?? (digit && /^\d+(st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : undefined);
    if (ord !== undefined && toks[i].pos !== 'VERB') {
      const unit = unitAfter(toks, lw, i + 1);
      if (unit || /^\d/.test(w)) {
        out.push({
          start: toks[i].start,
          end: toks[i].end,
          sentence: sentence.index,
          text: toks[i].text,
          min: ord,
          max: ord,
          best: ord,
          qualifier: 'ordinal',
          ordinal: true,
          ...(unit ? { unit } : {}),
        });
      }
      continue;
    }
    // Vague amounts: "dozens of people", "tens of thousands".
    const vague = VAGUE.get(w);
    const vagueFits =
      w === 'few' ? at(lw, i - 1) === 'a' : w === 'many' || w === 'numerous' ? at(lw, i + 1) === 'of' : true;
    if (vague && vagueFits) {
      let a = i;
      let [min, max] = vague;
      if (w === 'few' || w === 'handful') {
        if (at(lw, i - 1) !== 'a') continue;
        a = i - 1;
      }
      if (w === 'thousands' && at(lw, i - 1) === 'of' && at(lw, i - 2) === 'tens') {
        a = i - 2;
        [min, max] = [20_000, 99_999];
      }
      const unit = unitAfter(toks, lw, i + 1);
      if (!unit && (w === 'several' || w === 'many')) continue;
      out.push({
        start: toks[a].start,
        end: toks[i].end,
        sentence: sentence.index,
        text: text(a, i + 1),
        min,
        max,
        best: null,
        qualifier: w,
        ...(unit ? { unit } : {}),
      });
      continue;
    }
    const num = parseNumber(toks, lw, i);
    if (!num) continue;
    if (looksLikeYearOrTime(toks, i, num.value)) continue;
    let end = num.next;
    let start = i;
    let range: { min: number | null; max: number | null; best: number | null };
    let qualifier: string | null = null;
    // Ranges: "5 to 10", "5-10", "two or three", "between 5 and 10".
    const sep = at(lw, end);
    const second =
      sep === 'to' ||
      sep === 'or' ||
      sep === '-' ||
      sep === '–' ||
      (sep === 'and' && at(lw, i - 1) === 'between')
        ? parseNumber(toks, lw, end + 1)
        : null;
    const dashed = /^(\d+)[-–](\d+)$/.exec(w);
    if (second && second.value > num.value) {
      range = { min: num.value, max: second.value, best: null };
      qualifier = 'range';
      end = second.next;
      if (at(lw, i - 1) === 'between') start = i - 1;
    } else if (dashed) {
      range = { min: Number(dashed[1]), max: Number(dashed[2]), best: null };
      qualifier = 'range';
    } else {
      const q = qualifierBefore(lw, i);
      if (q) {
        qualifier = q.qualifier;
        start = q.start;
      }
      range = rangeFor(qualifier, num.value);
    }
    const unit = unitAfter(toks, lw, end);
    // "one" as a pronoun ("one of the world's largest") counts nothing.
    if (w === 'one' && !unit) {
      i = end - 1;
      continue;
    }
    out.push({
      start: toks[start].start,
      end: toks[end - 1].end,
      sentence: sentence.index,
      text: text(start, end),
      ...range,
      qualifier,
      ...(unit ? { unit } : {}),
    });
    i = end - 1;
  }
  return out;
}
