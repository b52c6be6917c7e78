import { z } from 'zod';
import { articleId } from '../core/ids.js';
import type { Problem, Result } from '../core/problem.js';
import type { Article } from '../core/records.js';
import { articleTooLarge, DEFAULT_MAX_ARTICLE_BYTES } from '../ingest/article-limit.js';
import { normaliseDate } from '../ingest/normalise-date.js';

/**
 * Largest article text a queue message may carry, in characters. Anyone who can publish to the
 * subject can send anything, so the worker holds messages to the bounds the readers keep.
 */
export const MAX_MESSAGE_TEXT_CHARS = 1_000_000;
/** Largest message body, in bytes: the text cap in UTF-8 with room for JSON escapes and metadata. */
export const MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

/** No control character (C0 or DEL): in a one-line field they could forge log or table lines. */
function noControls(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

function httpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const line = (max: number) =>
  z
    .string()
    .max(max, { error: `longer than ${max} characters` })
    .refine(noControls, { error: 'contains control characters' });

/**
 * The Article record as it travels on the queue, checked on arrival as the readers check a file:
 * the id must be the one the text gives, the URL http(s), the date a date, the language an
 * ISO 639-3 code, every field within its length.
 */
const ArticleSchema = z.object({
  id: z.string().regex(/^art_[0-9a-f]{16}$/, { error: 'expected art_ and 16 hex digits' }),
  text: z
    .string()
    .min(1, { error: 'empty text' })
    .max(MAX_MESSAGE_TEXT_CHARS, { error: `text longer than ${MAX_MESSAGE_TEXT_CHARS} characters` }),
  title: line(2000).nullable(),
  outlet: line(500).nullable(),
  published: line(100)
    .refine((s) => /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(s) && normaliseDate(s) !== null, {
      error: 'not a date (expected ISO 8601, YYYY-MM-DD...)',
    })
    .nullable(),
  url: line(4096).refine(httpUrl, { error: 'expected an http(s) URL' }).nullable(),
  language: z.string().regex(/^[a-z]{3}$/, { error: 'expected an ISO 639-3 code such as eng' }),
  origin: line(4096),
  format: z.enum(['text', 'html', 'json', 'jsonl', 'rss', 'atom', 'url', 'stdin']),
});

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Encodes an article for publishing. */
export function encodeArticle(article: Article): Uint8Array {
  return encoder.encode(JSON.stringify(article));
}

function refuse(code: string, path: string, message: string): Result<Article> {
  return { ok: false, problems: [{ code, path, message }] };
}

/**
 * Decodes and checks a message body. Anything else on the subject (another tool's message, a
 * truncated or forged body) becomes Problems naming the stream sequence, so the worker can drop
 * it instead of storing it or looping: `bad-queue-message` (not an Article record, or a field out
 * of bounds), `queue-message-too-large`, `queue-id-mismatch` (the id is not the hash of the text:
 * a forged id would otherwise take the place of the real article).
 */
export function decodeArticle(data: Uint8Array, where: string): Result<Article> {
  if (data.byteLength > MAX_MESSAGE_BYTES) {
    return refuse(
      'queue-message-too-large',
      where,
      `body of ${data.byteLength} bytes (expected at most ${MAX_MESSAGE_BYTES})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(data));
  } catch (e) {
    return refuse(
      'bad-queue-message',
      where,
      `body is not valid UTF-8 JSON: ${(e as Error).message} (expected an Article record)`,
    );
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((i) => ({
      code: 'bad-queue-message',
      path: `${where}#${i.path.join('.') || '(root)'}`,
      message: `${i.message} (expected an Article record)`,
    }));
    return { ok: false, problems };
  }
  const a = parsed.data;
  const id = articleId(a.text);
  if (a.id !== id) {
    return refuse(
      'queue-id-mismatch',
      `${where}#id`,
      `id ${a.id} is not the id of the text (${id}); refused as forged or corrupt`,
    );
  }
  const article = { ...a, published: a.published === null ? null : normaliseDate(a.published) } as Article;
  // The same per-article limit as the readers: a message is input like a file.
  const tooLarge = articleTooLarge(article, DEFAULT_MAX_ARTICLE_BYTES);
  if (tooLarge) return { ok: false, problems: [{ ...tooLarge, path: where, code: 'bad-queue-message' }] };
  return { ok: true, value: article };
}
