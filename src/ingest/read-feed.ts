import { XMLParser } from 'fast-xml-parser';
import type { Problem } from '../core/problem.js';
import type { RawArticle } from './make-article.js';
import { htmlFragmentToText } from './read-html.js';

/** One feed item, ready for {@link makeArticle}, with the link to its full page. */
export interface FeedItem {
  raw: RawArticle;
  link: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  kind: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
}

/** Elements whose content is kept raw, so that escaped HTML, CDATA and XHTML all come out alike. */
const RAW_CONTENT = ['description', 'content:encoded', 'content', 'summary', 'atom:content', 'atom:summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  stopNodes: RAW_CONTENT.map((n) => `*.${n}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
});

/**
 * Name of the root element of an XML or HTML document, skipping the XML declaration, comments,
 * processing instructions and doctype. Lower case; null when there is no element.
 */
export function rootElementName(text: string): string | null {
  const s = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  const m = /^\s*<([A-Za-z_][\w:.-]*)/.exec(s);
  return m ? m[1]!.toLowerCase() : null;
}

/** True when the text is an RSS, RDF or Atom document judged by its root element. */
export function isFeedDocument(text: string): boolean {
  const root = rootElementName(text);
  return root === 'rss' || root === 'feed' || root === 'rdf:rdf' || root === 'atom:feed';
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const cp =
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Turns a raw content element (escaped HTML, CDATA or XHTML) into HTML markup. */
function rawToHtml(raw: string, xhtml: boolean): string {
  if (xhtml) return raw;
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)) {
    out += decodeEntities(raw.slice(last, m.index));
    out += m[1];
    last = m.index! + m[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}

function nodeText(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return nodeText(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('#text' in o) return nodeText(o['#text']);
    if ('name' in o) return nodeText(o.name);
  }
  return null;
}

function contentHtml(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return contentHtml(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const raw = nodeText(o['#text']);
    return raw === null ? null : rawToHtml(raw, o['@_type'] === 'xhtml');
  }
  return rawToHtml(String(v), false);
}

function plainTitle(v: unknown): string | null {
  const t = nodeText(v);
  if (t === null) return null;
  return /<[a-z][^>]*>/i.test(t) ? htmlFragmentToText(t).replace(/\n/g, ' ') : t;
}

function atomLink(v: unknown): string | null {
  const links = (Array.isArray(v) ? v : [v]) as unknown[];
  let fallback: string | null = null;
  for (const l of links) {
    if (typeof l === 'string') return l.trim();
    if (l && typeof l === 'object') {
      const o = l as Record<string, unknown>;
      const href = typeof o['@_href'] === 'string' ? o['@_href'] : null;
      const rel = o['@_rel'] ?? 'alternate';
      if (href && rel === 'alternate') return href;
      fallback ??= href;
    }
  }
  return fallback;
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed. Each item's text comes from the fullest of
 * `content:encoded`, `content`, `description` and `summary`, read as HTML. A document whose root
 * is not a feed (an HTML page served at a feed address) is a `not-a-feed` problem.
 */
export function parseFeed(xml: string, origin: string): ParsedFeed | { problem: Problem } {
  const root = rootElementName(xml);
  if (!isFeedDocument(xml)) {
    const found =
      root === 'html' || /^\s*<(!doctype html|head|body)/i.test(xml.replace(/^\uFEFF/, ''))
        ? 'an HTML page'
        : root
          ? `a <${root}> document`
          : 'no XML element';
    return {
      problem: { code: 'not-a-feed', path: origin, message: `expected an RSS or Atom feed, found ${found}` },
    };
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    const err = e as Error & { line?: number };
    return {
      problem: { code: 'bad-xml', path: origin, message: `invalid XML: ${err.message.split('\n')[0]}` },
    };
  }
  const kind: 'rss' | 'atom' = root === 'feed' || root === 'atom:feed' ? 'atom' : 'rss';
  let channel: Record<string, unknown>;
  let rawItems: unknown[];
  if (kind === 'atom') {
    channel = (doc.feed ?? doc['atom:feed']) as Record<string, unknown>;
    rawItems = (channel?.entry ?? channel?.['atom:entry'] ?? []) as unknown[];
  } else if (root === 'rss') {
    const rss = doc.rss as Record<string, unknown>;
    channel = (rss?.channel ?? {}) as Record<string, unknown>;
    rawItems = (channel.item ?? []) as unknown[];
  } else {
    const rdf = doc['rdf:RDF'] as Record<string, unknown>;
    channel = (rdf?.channel ?? {}) as Record<string, unknown>;
    rawItems = (rdf?.item ?? []) as unknown[];
  }
  const feedTitle = plainTitle(channel?.title);
  const items: FeedItem[] = [];
  rawItems.forEach((it, i) => {
    const o = (it ?? {}) as Record<string, unknown>;
    const candidates = [
      o['content:encoded'],
      o.content,
      o['atom:content'],
      o.description,
      o.summary,
      o['atom:summary'],
    ]
      .map(contentHtml)
      .filter((h): h is string => !!h && h.trim().length > 0)
      .map(htmlFragmentToText);
    const text = candidates.reduce((best, t) => (t.length > best.length ? t : best), '');
    const guid = o.guid as Record<string, unknown> | string | undefined;
    const permalink =
      typeof guid === 'string'
        ? guid
        : typeof guid === 'object' && guid?.['@_isPermaLink'] !== 'false'
          ? nodeText(guid)
          : null;
    const link =
      kind === 'atom'
        ? atomLink(o.link)
        : (nodeText(o.link)?.trim() ?? (permalink?.startsWith('http') ? permalink : null));
    items.push({
      raw: {
        text,
        title: plainTitle(o.title),
        outlet: feedTitle,
        date:
          nodeText(o.pubDate) ??
          nodeText(o['dc:date']) ??
          nodeText(o.published) ??
          nodeText(o.updated) ??
          undefined,
        url: link,
        origin: `${origin}#item${i + 1}`,
        format: kind,
        language: nodeText(channel?.language) ?? nodeText(o['dc:language']),
      },
      link,
    });
  });
  return { kind, title: feedTitle, items };
}
