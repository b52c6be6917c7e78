import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/records.js';
import { articleTooLarge, DEFAULT_MAX_ARTICLE_BYTES } from '../ingest/article-limit.js';
import { makeArticle } from '../ingest/make-article.js';
import { ApiError } from './api-error.js';
import type { PostedArticle } from './query-schemas.js';

/** Main text, title and declared language of an HTML page, through Readability on a linkedom DOM. */
function extractHtml(html: string): { text: string; title: string | null; lang: string | null } {
  const { document } = parseHTML(html);
  const lang = document.documentElement?.getAttribute('lang') ?? null;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (parsed?.textContent?.trim()) {
    return { text: parsed.textContent, title: parsed.title ?? null, lang };
  }
  // Readability gives up on very short pages; their body text is then the article.
  const { document: fresh } = parseHTML(html);
  for (const el of fresh.querySelectorAll('script,style,noscript,template')) el.remove();
  return { text: fresh.body?.textContent ?? '', title: fresh.title || null, lang };
}

/**
 * Turns one posted article into an Article through the ingest stage's normalisation (content id,
 * language, ISO date). `index` names the item of an array in error paths.
 */
export function articleFromPost(
  posted: PostedArticle,
  index: number | null,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Article {
  const where = index === null ? 'body' : `body.${index}`;
  let text = posted.text ?? '';
  let title: string | null = posted.title ?? null;
  let lang: string | null = null;
  if (posted.text === undefined && posted.html !== undefined) {
    const extracted = extractHtml(posted.html);
    text = extracted.text;
    title = title ?? extracted.title;
    lang = extracted.lang;
  }
  const item = makeArticle({
    text,
    title,
    outlet: posted.outlet,
    date: posted.date,
    url: posted.url,
    language: lang,
    origin: posted.url ?? 'api:POST /api/articles',
    format: posted.text !== undefined ? 'text' : 'html',
  });
  if ('problem' in item) throw new ApiError(400, item.problem.code, item.problem.message, where);
  const tooLarge = articleTooLarge(item.article, maxBytes, 'lapwing ingest --max-article-kb');
  if (tooLarge) {
    throw new ApiError(
      413,
      tooLarge.code,
      tooLarge.message,
      `${where}.${posted.text !== undefined ? 'text' : 'html'}`,
    );
  }
  return item.article;
}
