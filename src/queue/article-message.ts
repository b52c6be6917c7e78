import { z } from 'zod';
import type { Problem, Result } from '../core/problem.js';
import type { Article } from '../core/records.js';
import { articleTooLarge, DEFAULT_MAX_ARTICLE_BYTES } from '../ingest/article-limit.js';

/** The Article record as it travels on the queue: JSON, checked on arrival. */
const ArticleSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  origin: z.string(),
  format: z.enum(['text', 'html', 'json', 'jsonl', 'rss', 'atom', 'url', 'stdin']),
});

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Encodes an article for publishing. */
export function encodeArticle(article: Article): Uint8Array {
  return encoder.encode(JSON.stringify(article));
}

/**
 * Decodes a message body. Anything else on the subject (another tool's message, a truncated body)
 * becomes a Problem naming the stream sequence, so the worker can drop it instead of looping.
 */
export function decodeArticle(data: Uint8Array, where: string): Result<Article> {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(data));
  } catch (e) {
    return {
      ok: false,
      problems: [
        {
          code: 'bad-queue-message',
          path: where,
          message: `body is not valid UTF-8 JSON: ${(e as Error).message} (expected an Article record)`,
        },
      ],
    };
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
  // The same per-article limit as the readers: a message is input like a file.
  const tooLarge = articleTooLarge(parsed.data as Article, DEFAULT_MAX_ARTICLE_BYTES);
  if (tooLarge) return { ok: false, problems: [{ ...tooLarge, path: where, code: 'bad-queue-message' }] };
  return { ok: true, value: parsed.data as Article };
}
