import matter from 'gray-matter';
import type { Article } from '../core/records.js';
import type { IngestItem } from './ingest-options.js';
import { makeArticle } from './make-article.js';
import { normaliseDate } from './normalise-date.js';

/** A first line this short, with more text after it, is taken for the title. */
const MAX_TITLE_CHARS = 120;
/** A "Published: ..." line is looked for among this many lines at the start and at the end. */
const DATELINE_WINDOW = 3;
const DATELINE = /^(?:published|posted|updated|date|dated)\s*(?:on)?\s*[:\u2013\u2014-]\s*(.{6,60})$/i;

function pick(data: Record<string, unknown>, ...keys: string[]): unknown {
  for (const k of keys) {
    const v = data[k];
    if (v !== undefined && v !== null && v !== '')
      return v instanceof Date ? v : typeof v === 'object' ? (v as { name?: unknown }).name : v;
  }
  return undefined;
}

function firstLineTitle(body: string): string | null {
  const lines = body
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const i = lines.findIndex((l) => l.length > 0);
  if (i < 0) return null;
  const line = lines[i]!.replace(/^#{1,6}\s+/, '');
  const rest = lines.slice(i + 1).some((l) => l.length > 0);
  // A line ending in a full stop is a sentence of the body, not a headline.
  if (!rest || line.length > MAX_TITLE_CHARS || /[.:;,]$/.test(line)) return null;
  return line;
}

function datelineDate(body: string): string | null {
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const window = [...lines.slice(0, DATELINE_WINDOW), ...lines.slice(-DATELINE_WINDOW)];
  for (const line of window) {
    const m = DATELINE.exec(line);
    if (m) {
      const d = normaliseDate(m[1]!);
      if (d) return d;
    }
  }
  return null;
}

/**
 * Reads a plain-text or Markdown article. YAML front matter (between `---` lines) may give
 * `title`, `outlet` (or `source`, `publisher`), `date` (or `published`), `url` and `language`.
 * Without it, a short first line is the title and a "Published: ..." line near the start or end
 * gives the date. Bad front matter is reported, not guessed around.
 */
export function readText(content: string, origin: string, format: Article['format']): IngestItem {
  let body = content;
  let data: Record<string, unknown> = {};
  if (/^\uFEFF?---[ \t]*\r?\n/.test(content)) {
    try {
      const parsed = matter(content.replace(/^\uFEFF/, ''));
      body = parsed.content;
      data = parsed.data ?? {};
    } catch (e) {
      const reason = (e as Error).message.split('\n')[0];
      return {
        problem: { code: 'bad-front-matter', path: origin, message: `invalid YAML front matter: ${reason}` },
      };
    }
  }
  return makeArticle({
    text: body,
    title: pick(data, 'title', 'headline') ?? firstLineTitle(body),
    outlet: pick(data, 'outlet', 'source', 'publisher', 'site'),
    date: pick(data, 'date', 'published', 'publishedAt', 'published_at') ?? datelineDate(body) ?? undefined,
    url: pick(data, 'url', 'link', 'canonical'),
    language:
      typeof data.language === 'string' ? data.language : typeof data.lang === 'string' ? data.lang : null,
    origin,
    format,
  });
}
