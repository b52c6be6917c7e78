import type { Article } from '../core/records.js';
import { statedDayMentions } from './event-date.js';

/**
 * A sentence that dates the act itself: the strike "was carried out on Monday", "took place on
 * Monday morning", "happened late on Tuesday". Articles that lead with an undated announcement
 * ("the military said it killed four people") often date the strike a few sentences later.
 */
const ACT_DATED =
  /\b(?:strikes?|attacks?|raids?|operation|bombing)\b[^.;!?]{0,80}?\b(?:was|were|had been)?\s*(?:carried out|took place|happened|occurred|was conducted|were conducted|launched)\b[^.;!?]*/gi;

/** Periods of abbreviations ("U.S.", "Sept.", "Gen.") that do not end a sentence. */
const ABBREVIATION =
  /\b(?:[A-Za-z]\.){2,}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Adm|Lt|Col|Sgt|Mr|Mrs|Ms|Dr|St|Rep|Sen|Gov)\./g;

/** The text with abbreviation periods blanked (offsets kept), so they do not split sentences. */
function maskAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (m) => m.replace(/\./g, ' '));
}

const cache = new WeakMap<Article, string[]>();

/**
 * The days an article gives for when its strike was carried out, from sentences that say so
 * ("The strike, announced Thursday, was carried out on Tuesday" gives Tuesday, not Thursday),
 * resolved against the publication day. Empty when the article states no such day.
 */
export function articleActDays(article: Article, published: string): string[] {
  const hit = cache.get(article);
  if (hit) return hit;
  const days = new Set<string>();
  const text = maskAbbreviations(article.text);
  ACT_DATED.lastIndex = 0;
  for (let m = ACT_DATED.exec(text); m; m = ACT_DATED.exec(text)) {
    // The whole sentence up to the verb's clause: the day may come before the verb ("on Monday,
    // the strike took place") or after it.
    const start = Math.max(text.lastIndexOf('. ', m.index) + 1, text.lastIndexOf('\n', m.index) + 1);
    const clause = article.text.slice(start, m.index + m[0].length);
    for (const d of statedDayMentions(clause, published)) if (!d.announced) days.add(d.day);
  }
  const out = [...days].sort();
  cache.set(article, out);
  return out;
}
