import { casualtiesFromText } from '../casualties/casualties.js';
import type { Article } from '../core/records.js';
import { splitSentences } from '../text/split-sentences.js';
import { type StatedTotal, sentenceBefore } from './campaigns.js';
import { publicationDay } from './event-date.js';

/**
 * Running totals stated in sentences that no event carries: "The attack brought the death toll
 * of the campaign to 32" when the coder found no attack in it, or another outlet's tally ("Other
 * tallies put the number at about 65"). Only articles that report incidents are read (`articleIds`),
 * and sentences already read from an event (`covered`, as `articleId|sentence text`) are skipped.
 * Such totals go to the campaign of the article's own incidents (see `StatedTotal.fromText`).
 */
export function tallySentences(
  articles: Iterable<Article>,
  articleIds: Set<string>,
  covered: Set<string>,
  kind: string,
): StatedTotal[] {
  const out: StatedTotal[] = [];
  for (const a of articles) {
    if (!articleIds.has(a.id) || !a.text) continue;
    for (const s of splitSentences(a.text)) {
      if (covered.has(`${a.id}|${s.text}`)) continue;
      const c = casualtiesFromText(s.text, { offset: s.start });
      const total = c.killedTotal;
      if (!total) continue;
      out.push({
        articleId: a.id,
        outlet: a.outlet,
        published: publicationDay(a.published),
        sentenceText: s.text,
        total,
        kind,
        actorCountry: null,
        recipientSector: null,
        fromText: true,
        before: sentenceBefore(a.text, s.text),
      });
    }
  }
  return out;
}
