import { articleId } from '../core/ids.js';
import type { Problem } from '../core/problem.js';
import type { Article } from '../core/records.js';
import { detectLanguage } from './detect-language.js';
import { resolveEntityRefs } from './entity-refs.js';
import type { IngestItem } from './ingest-options.js';
import { normaliseDate } from './normalise-date.js';
import { normaliseText } from './normalise-text.js';

/** Metadata and text as a reader found them, before normalisation. */
export interface RawArticle {
  text: string;
  title?: unknown;
  outlet?: unknown;
  date?: unknown;
  url?: unknown;
  language?: string | null;
  origin: string;
  format: Article['format'];
}

/** Formats read from markup, whose text may still hold character references. */
const MARKUP_FORMATS: ReadonlySet<Article['format']> = new Set(['html', 'rss', 'atom', 'url']);

function refsIn(v: unknown): unknown {
  return typeof v === 'string' ? resolveEntityRefs(v) : v;
}

function cleanString(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s.length ? s : null;
}

/**
 * Turns what a reader found into an Article: normalised text, a content id, detected language, an
 * ISO publication date. Empty text gives an `empty-text` problem; an unreadable date gives the
 * article with a warning and no date rather than a made-up one.
 */
export function makeArticle(raw: RawArticle): IngestItem {
  const markup = MARKUP_FORMATS.has(raw.format);
  const text = normaliseText(markup ? resolveEntityRefs(raw.text) : raw.text);
  if (text.length === 0) {
    return {
      problem: {
        code: 'empty-text',
        path: raw.origin,
        message: 'no article text found (expected non-empty text)',
      },
    };
  }
  const warnings: Problem[] = [];
  let published: string | null = null;
  if (raw.date !== undefined && raw.date !== null && raw.date !== '') {
    published = normaliseDate(raw.date);
    if (published === null) {
      warnings.push({
        code: 'bad-date',
        path: `${raw.origin}#date`,
        message: `unreadable date ${JSON.stringify(String(raw.date)).slice(0, 60)} (expected ISO 8601 or RFC 2822); stored without a date`,
        severity: 'warning',
      });
    }
  }
  let url = cleanString(raw.url);
  if (url && !/^https?:\/\//i.test(url)) {
    warnings.push({
      code: 'bad-url',
      path: `${raw.origin}#url`,
      message: `ignored url ${JSON.stringify(url).slice(0, 80)} (expected http(s)://...)`,
      severity: 'warning',
    });
    url = null;
  }
  const article: Article = {
    id: articleId(text),
    text,
    title: cleanString(markup ? refsIn(raw.title) : raw.title),
    outlet: cleanString(markup ? refsIn(raw.outlet) : raw.outlet),
    published,
    url,
    language: detectLanguage(text, raw.language),
    origin: raw.origin,
    format: raw.format,
  };
  return warnings.length ? { article, warnings } : { article };
}
