import type { Problem } from '../core/problem.js';
import { decodeBytes, sniffHtmlCharset } from './decode-bytes.js';
import { type FetchOptions, fetchUrl } from './fetch-url.js';
import type { FetchAgents } from './guarded-agent.js';
import type { IngestItem, ReadOptions } from './ingest-options.js';
import { makeArticle } from './make-article.js';
import { readHtml } from './read-html.js';

/** The fetch options of a run: its read options and its connection pools. */
export function fetchOptions(opts: ReadOptions & { agents: FetchAgents }): FetchOptions {
  return {
    timeoutMs: opts.fetchTimeoutMs,
    maxBytes: opts.maxFetchBytes,
    userAgent: opts.userAgent,
    allowPrivate: opts.allowPrivateUrls,
    agents: opts.agents,
  };
}

/** The item with one more warning, when it is an article (a problem stays as it is). */
export function withWarning(item: IngestItem, warning: Problem): IngestItem {
  if ('problem' in item) return item;
  return { article: item.article, warnings: [...(item.warnings ?? []), warning] };
}

/**
 * Fetches a feed item's page; the feed's metadata fills what the page lacks. A page that could not
 * be fetched or read gives a warning naming the link and why (the item is then kept with the
 * feed's own text); a page no longer than the feed's text gives neither.
 */
export async function followLink(
  link: string,
  raw: Parameters<typeof makeArticle>[0],
  opts: ReadOptions & { agents: FetchAgents },
): Promise<{ item: IngestItem } | { warning: Problem | null }> {
  const fetched = await fetchUrl(link, fetchOptions(opts));
  const notFollowed = (p: Problem) => ({
    warning: {
      code: `follow-${p.code}`,
      path: link,
      message: `link not followed, feed text kept: ${p.message}`,
      severity: 'warning' as const,
    },
  });
  if ('problem' in fetched) return notFollowed(fetched.problem);
  const decoded = decodeBytes(fetched.bytes, link, fetched.charset ?? sniffHtmlCharset(fetched.bytes));
  if ('problem' in decoded) return notFollowed(decoded.problem);
  const page = readHtml(decoded.text, link, 'url', fetched.finalUrl);
  if (!('article' in page)) return notFollowed(page.problem);
  if (page.article.text.length <= raw.text.length) return { warning: null };
  const a = page.article;
  return {
    item: makeArticle({
      text: a.text,
      title: a.title ?? raw.title,
      outlet: a.outlet ?? raw.outlet,
      date: a.published ?? raw.date,
      url: a.url ?? link,
      language: raw.language,
      origin: link,
      format: 'url',
    }),
  };
}
