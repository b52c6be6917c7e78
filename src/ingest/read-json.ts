import type { Problem } from '../core/problem.js';
import type { Article } from '../core/records.js';
import type { IngestItem } from './ingest-options.js';
import { makeArticle } from './make-article.js';
import { htmlFragmentToText, readHtml } from './read-html.js';

/** Keys under which a JSON document may hold its array of records. */
const ARRAY_KEYS = ['articles', 'items', 'records', 'data', 'results', 'documents'];

const TITLE_KEYS = ['title', 'headline'];
const OUTLET_KEYS = ['outlet', 'source', 'publisher', 'site', 'source_name'];
const DATE_KEYS = [
  'date',
  'published',
  'publishedAt',
  'published_at',
  'pubDate',
  'datePublished',
  'publish_date',
];
const URL_KEYS = ['url', 'link', 'href'];
const LANG_KEYS = ['language', 'lang'];

function pickString(
  rec: Record<string, unknown>,
  keys: string[],
  where: string,
  problems: Problem[],
): unknown {
  for (const k of keys) {
    const v = rec[k];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && keys === DATE_KEYS) return v;
    // `source: {name: "..."}` is how several news APIs nest the outlet.
    if (typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') {
      return (v as { name: string }).name;
    }
    problems.push({
      code: 'bad-field',
      path: `${where}#${k}`,
      message: `field "${k}" is ${Array.isArray(v) ? 'an array' : typeof v}, expected a string; ignored`,
      severity: 'warning',
    });
  }
  return undefined;
}

/**
 * Turns one JSON record into an article. It needs a string `text` (or `body`/`content`) or `html`;
 * metadata fields are optional. `where` names the record (`file:line` or `file[3]`).
 */
export function readJsonRecord(rec: unknown, where: string, format: Article['format']): IngestItem {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    return {
      problem: {
        code: 'bad-record',
        path: where,
        message: `record is ${Array.isArray(rec) ? 'an array' : rec === null ? 'null' : typeof rec}, expected an object with "text" or "html"`,
      },
    };
  }
  const r = rec as Record<string, unknown>;
  const warnings: Problem[] = [];
  const text = [r.text, r.body, r.content].find((v) => typeof v === 'string' && v.trim().length > 0) as
    | string
    | undefined;
  const html = typeof r.html === 'string' && r.html.trim() ? r.html : undefined;
  if (text === undefined && html === undefined) {
    const present = ['text', 'html', 'body', 'content'].filter((k) => k in r);
    const detail = present.length
      ? `field "${present[0]}" is ${typeof r[present[0]!] === 'string' ? 'empty' : typeof r[present[0]!]}`
      : 'no "text" or "html" field';
    return {
      problem: {
        code: 'missing-text',
        path: `${where}#${present[0] ?? 'text'}`,
        message: `${detail}; expected a non-empty string "text" or "html"`,
      },
    };
  }
  const idPart = typeof r.id === 'string' || typeof r.id === 'number' ? `#${r.id}` : '';
  const origin = `${where}${idPart}`;
  const meta = {
    title: pickString(r, TITLE_KEYS, where, warnings),
    outlet: pickString(r, OUTLET_KEYS, where, warnings),
    date: pickString(r, DATE_KEYS, where, warnings),
    url: pickString(r, URL_KEYS, where, warnings),
    language: (pickString(r, LANG_KEYS, where, warnings) as string | undefined) ?? null,
  };
  let item: IngestItem;
  if (text !== undefined) {
    // A `text` field holding markup (some scrapers do this) is read as HTML.
    const plain = /<\/?(p|div|br|span|a)\b[^>]*>/i.test(text) ? htmlFragmentToText(text) : text;
    item = makeArticle({ text: plain, ...meta, origin, format });
  } else {
    const fromHtml = readHtml(html!, origin, format);
    if (!('article' in fromHtml)) return fromHtml;
    // Record fields are more deliberate than the page's own metadata, so they win.
    const a = fromHtml.article;
    item = makeArticle({
      text: a.text,
      title: meta.title ?? a.title,
      outlet: meta.outlet ?? a.outlet,
      date: meta.date ?? a.published,
      url: meta.url ?? a.url,
      language: meta.language,
      origin,
      format,
    });
  }
  if ('article' in item && warnings.length) item.warnings = [...warnings, ...(item.warnings ?? [])];
  return item;
}

/** Line and column of a character offset, for error messages. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

function jsonErrorMessage(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  const reason = e.message
    .replace(/^JSON\.parse: /, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (/Unexpected end of JSON input/i.test(e.message))
    return `truncated JSON: input ends at ${lineCol(text, text.length)} before the value is complete`;
  return m ? `invalid JSON at ${lineCol(text, Number(m[1]))}: ${reason}` : `invalid JSON: ${reason}`;
}

/**
 * Reads a JSON document: one record, an array of records, or an object holding the array under
 * `articles`, `items`, `records`, `data`, `results` or `documents`.
 */
export function* readJson(text: string, path: string): Generator<IngestItem> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    yield { problem: { code: 'bad-json', path, message: jsonErrorMessage(text, e as Error) } };
    return;
  }
  let records: unknown[] | null = Array.isArray(doc) ? doc : null;
  let single = false;
  if (!records && doc && typeof doc === 'object') {
    const o = doc as Record<string, unknown>;
    const key = ARRAY_KEYS.find((k) => Array.isArray(o[k]));
    records = key ? (o[key] as unknown[]) : [doc];
    single = !key;
  }
  if (!records) {
    yield {
      problem: {
        code: 'bad-record',
        path,
        message: `JSON ${doc === null ? 'null' : typeof doc}, expected an object or an array of objects with "text" or "html"`,
      },
    };
    return;
  }
  if (records.length === 0) {
    yield {
      problem: { code: 'empty-file', path, message: 'JSON array holds no records', severity: 'warning' },
    };
    return;
  }
  for (let i = 0; i < records.length; i++)
    yield readJsonRecord(records[i], single ? path : `${path}[${i}]`, 'json');
}

/**
 * Reads JSON Lines: one record per line, blank lines ignored. A bad line is a problem naming
 * `file:line` and the batch goes on with the next line.
 */
export function* readJsonl(text: string, path: string): Generator<IngestItem> {
  const lines = text.split('\n');
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '').trim();
    if (!line) continue;
    any = true;
    const where = `${path}:${i + 1}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield {
        problem: {
          code: 'bad-json',
          path: where,
          message: jsonErrorMessage(line, e as Error).replace(/line 1, /, ''),
        },
      };
      continue;
    }
    yield readJsonRecord(rec, where, 'jsonl');
  }
  if (!any) yield { problem: { code: 'empty-file', path, message: 'no records (only blank lines)' } };
}
