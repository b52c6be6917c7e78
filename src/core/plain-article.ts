import { articleId } from './ids.js';
import type { Article } from './records.js';

/**
 * An English plain-text article with no metadata but its publication day: what the code path,
 * warm-ups, benchmarks and tests feed the stages when there is no file behind the text. The id is
 * made from the text unless one is given.
 */
export function plainArticle(
  text: string,
  opts: { id?: string; published?: string | null; origin?: string } = {},
): Article {
  return {
    id: opts.id ?? articleId(text),
    text,
    title: null,
    outlet: null,
    published: opts.published ?? null,
    url: null,
    language: 'eng',
    origin: opts.origin ?? 'text',
    format: 'text',
  };
}
