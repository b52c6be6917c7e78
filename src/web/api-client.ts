import type { Article, Campaign, CodedArticle, CodedEvent, Incident } from '../core/records.js';
import type { ActorActivity, Page, SeriesPoint, StoreStats } from '../store/store.js';

/** An error answer of the API, with its stable code. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const qs = params?.toString();
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    throw new ApiFailure(res.status, body?.error?.code ?? 'http', body?.error?.message ?? res.statusText);
  }
  return body as T;
}

export type ArticleSummary = Omit<Article, 'text'> & { chars: number; snippet: string };
export type AnnotatedArticle = Omit<CodedArticle, 'tokens'>;
export interface Network {
  nodes: { id: string; events: number; goldstein: number }[];
  edges: { source: string; target: string; events: number; goldstein: number }[];
}

/** Typed calls of the Lapwing API. */
export const api = {
  stats: () => get<StoreStats>('/api/stats'),
  events: (p: URLSearchParams) => get<Page<CodedEvent>>('/api/events', p),
  incidents: (p: URLSearchParams) => get<Page<Incident>>('/api/incidents', p),
  campaigns: (p: URLSearchParams) => get<{ items: Campaign[] }>('/api/campaigns', p),
  actors: (p: URLSearchParams) => get<{ items: ActorActivity[] }>('/api/actors', p),
  network: (p: URLSearchParams) => get<Network>('/api/network', p),
  series: (p: URLSearchParams) => get<{ bucket: string; points: SeriesPoint[] }>('/api/series', p),
  articles: (p: URLSearchParams) => get<Page<ArticleSummary>>('/api/articles', p),
  article: (id: string) => get<AnnotatedArticle>(`/api/articles/${encodeURIComponent(id)}`),
};
