import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../core/records.js';
import { type DomNode, htmlNodeToText } from './html-to-text.js';
import type { IngestItem } from './ingest-options.js';
import { makeArticle } from './make-article.js';

/** Metadata found in an HTML page's head, JSON-LD and markup. */
export interface HtmlMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  description: string | null;
  author: string | null;
  language: string | null;
  /** `articleBody` from JSON-LD, used when the page body yields no text. */
  body: string | null;
}

interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  textContent: string | null;
  remove(): void;
}

const ARTICLE_TYPES =
  /(?:^|\b)(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Blog|Social|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const s = v?.replace(/\s+/g, ' ').trim();
    if (s) return s;
  }
  return null;
}

function meta(doc: DomElement, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function asName(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return asName(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return asName((v as { name: unknown }).name);
  return null;
}

/** Flattens JSON-LD blocks (arrays, `@graph`) into their objects, most article-like first. */
function jsonLdArticles(doc: DomElement): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (Array.isArray(o['@graph'])) visit(o['@graph']);
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  // A WebPage object is a weaker source than an Article object on the same page.
  return found.sort(
    (a, b) => Number(String(a['@type']).includes('WebPage')) - Number(String(b['@type']).includes('WebPage')),
  );
}

/** Reads title, outlet, date, url, description, author and language from a parsed page. */
export function extractHtmlMetadata(doc: DomElement): HtmlMetadata {
  const ld = jsonLdArticles(doc)[0] ?? {};
  const timeEl =
    doc.querySelector('time[itemprop="datePublished"], time[pubdate]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const mainEntity = ld.mainEntityOfPage;
  const ldUrl =
    typeof ld.url === 'string' ? ld.url : typeof mainEntity === 'string' ? mainEntity : asIdOf(mainEntity);
  return {
    title: first(
      typeof ld.headline === 'string' ? ld.headline : null,
      meta(doc, 'og:title', 'twitter:title', 'headline'),
      doc.querySelector('title')?.textContent,
      doc.querySelector('h1')?.textContent,
    ),
    outlet: first(asName(ld.publisher), meta(doc, 'og:site_name', 'application-name', 'publisher')),
    published: first(
      typeof ld.datePublished === 'string' ? ld.datePublished : null,
      meta(
        doc,
        'article:published_time',
        'og:published_time',
        'datePublished',
        'date',
        'dc.date',
        'DC.date.issued',
        'pubdate',
        'publish-date',
        'parsely-pub-date',
        'sailthru.date',
      ),
      timeEl?.getAttribute('datetime'),
      typeof ld.dateCreated === 'string' ? ld.dateCreated : null,
    ),
    url: first(canonical, meta(doc, 'og:url'), ldUrl),
    description: first(
      typeof ld.description === 'string' ? ld.description : null,
      meta(doc, 'description', 'og:description', 'twitter:description'),
    ),
    author: first(asName(ld.author), meta(doc, 'author', 'article:author')),
    language: first(
      doc.querySelector('html')?.getAttribute('lang'),
      typeof ld.inLanguage === 'string' ? ld.inLanguage : null,
      meta(doc, 'og:locale'),
    ),
    body: typeof ld.articleBody === 'string' ? ld.articleBody : null,
  };
}

function asIdOf(v: unknown): string | null {
  return v && typeof v === 'object' && typeof (v as Record<string, unknown>)['@id'] === 'string'
    ? ((v as Record<string, unknown>)['@id'] as string)
    : null;
}

/** Page furniture: site navigation, banners, footers and asides, never the article. */
const FURNITURE =
  'nav, aside, footer, body > header, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

/** Removes page furniture from the tree, so that neither Readability nor the fallback sees it. */
function removeFurniture(doc: DomElement): void {
  const found = doc.querySelectorAll(FURNITURE);
  for (let i = found.length - 1; i >= 0; i--) found[i]!.remove();
}

/** Text of the page body, when Readability finds nothing. */
function bodyText(doc: DomElement): string {
  const body = doc.querySelector('body');
  if (!body) return '';
  removeFurniture(doc);
  return htmlNodeToText(body);
}

/**
 * Reads an HTML page: main text via Readability (run on a linkedom document), falling back to the
 * body without page furniture, then to JSON-LD `articleBody` and the description; metadata from
 * `<meta>`, JSON-LD, `<time>` and `<link rel=canonical>`. Relative canonical links resolve
 * against `baseUrl` (the fetched URL).
 */
export function readHtml(
  html: string,
  origin: string,
  format: Article['format'],
  baseUrl?: string,
): IngestItem {
  // linkedom builds no <body> for a bare fragment, and Readability needs one.
  if (!/<(html|body)[\s>]/i.test(html))
    html = `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(html);
  const doc = document as unknown as DomElement;
  const md = extractHtmlMetadata(doc);
  let text = '';
  let readabilityTitle: string | null = null;
  // On short pages Readability keeps the menus it would drop on long ones; they go first.
  removeFurniture(doc);
  try {
    // Readability mutates the tree it reads, so metadata is taken before it runs.
    const parsed = new Readability<DomNode>(document as never, {
      charThreshold: 200,
      serializer: (el) => el as unknown as DomNode,
    }).parse();
    if (parsed?.content) text = htmlNodeToText(parsed.content);
    readabilityTitle = parsed?.title ?? null;
    if (!md.published && parsed?.publishedTime) md.published = parsed.publishedTime;
  } catch {
    // Readability throws on some malformed trees; the fallback below still gives the text.
  }
  if (!text) text = bodyText(parseHTML(html).document as unknown as DomElement);
  if (!text && md.body) text = md.body;
  if (!text && md.description) text = md.description;
  let url = md.url;
  if (url && baseUrl) {
    try {
      url = new URL(url, baseUrl).href;
    } catch {
      url = baseUrl;
    }
  }
  return makeArticle({
    text,
    title: md.title ?? readabilityTitle,
    outlet: md.outlet,
    date: md.published,
    url: url ?? baseUrl ?? null,
    language: md.language,
    origin,
    format,
  });
}

/** Converts an HTML fragment (a feed item's content) to text, one line per block. */
export function htmlFragmentToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const body = (document as unknown as DomElement).querySelector('body');
  return body ? htmlNodeToText(body) : '';
}
