import type { Article } from '../core/records.js';
import type { Store } from '../store/store.js';

/** The few article fields exports need next to each event. */
export type ArticleMeta = Pick<Article, 'id' | 'title' | 'outlet' | 'published' | 'url' | 'language'>;

/**
 * Loads the metadata of every stored article, page by page, keeping only the small fields, so
 * that exports can name each event's source without loading article texts per event.
 */
export async function loadArticleMeta(store: Store): Promise<Map<string, ArticleMeta>> {
  const map = new Map<string, ArticleMeta>();
  let cursor: string | null = null;
  do {
    const page = await store.listArticles({ limit: 1000, cursor });
    for (const a of page.items)
      map.set(a.id, {
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        url: a.url,
        language: a.language,
      });
    cursor = page.next;
  } while (cursor);
  return map;
}

/** The event's date, falling back to the article's publication day. */
export function eventDay(from: string | null | undefined, meta: ArticleMeta | undefined): string | null {
  return from ?? meta?.published?.slice(0, 10) ?? null;
}
