import { isFeedDocument, rootElementName } from './read-feed.js';

/** The readers a file can go to. `sniff` means: decide from the content. */
export type InputKind = 'text' | 'html' | 'json' | 'jsonl' | 'feed' | 'sniff';

/** File extensions Lapwing reads, by reader. Anything else in a folder is skipped and counted. */
export const EXTENSION_KINDS: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Extensions that promise a feed: an HTML page behind one of them is `not-a-feed`. */
export const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom']);

const HTML_START = /^\s*<(!doctype\s+html|html|head|body|meta|title|article|div|p|section)\b/i;

/** Decides the reader for content of unknown kind (stdin, extension-less files, URLs). */
export function sniffKind(text: string, contentType?: string): Exclude<InputKind, 'sniff'> {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) {
    if (isFeedDocument(head)) return 'feed';
    if (HTML_START.test(head) || rootElementName(head) === 'html') return 'html';
    if (contentType?.includes('html')) return 'html';
    return rootElementName(head) ? 'html' : 'text';
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      JSON.parse(head);
      return 'json';
    } catch {
      return looksLikeJsonl(head) ? 'jsonl' : 'json';
    }
  }
  if (contentType?.includes('html')) return 'html';
  return 'text';
}

/** True when the first non-blank lines each parse as JSON: a JSONL file, not a broken document. */
export function looksLikeJsonl(text: string): boolean {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, 5);
  if (lines.length < 2) return false;
  let good = 0;
  for (const l of lines) {
    try {
      JSON.parse(l);
      good++;
    } catch {
      // Counted below: most lines must parse.
    }
  }
  return good >= Math.ceil(lines.length / 2);
}
