import type { Problem } from '../core/problem.js';
import type { Article } from '../core/records.js';

/**
 * Default largest article text, in bytes of UTF-8 (`--max-article-kb 500`). A news article is
 * 2 to 30 KB; 500 KB is a short book. A larger "article" is a dump or a log taken for one article,
 * whose coding would hold a worker for minutes and fill the store with thousands of events from
 * one source.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 500 * 1024;

function kb(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
}

/**
 * A `too-large` problem when the article's text is over `maxBytes` (UTF-8), naming where it came
 * from and the limit; null when it fits. Such an article is refused whole, not split: where to
 * split a dump into articles is not something the text says.
 */
export function articleTooLarge(
  article: Article,
  maxBytes: number,
  flag = '--max-article-kb',
): Problem | null {
  // A character is at most 3 bytes of UTF-8 in a JS string (a surrogate pair is 4 for 2 units).
  if (article.text.length * 3 <= maxBytes) return null;
  const bytes = Buffer.byteLength(article.text, 'utf8');
  if (bytes <= maxBytes) return null;
  return {
    code: 'too-large',
    path: article.origin,
    message: `article text of ${kb(bytes)} exceeds the ${kb(maxBytes)} per-article limit, not stored (raise it with ${flag})`,
  };
}
