import type { Problem } from '../core/problem.js';
import type { Article } from '../core/records.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from './article-limit.js';

/** Options of the readers. Every field has a default in {@link DEFAULT_READ_OPTIONS}. */
export interface ReadOptions {
  /** Largest file read from disk, in bytes. Checked with `stat` before any byte is read. */
  maxFileBytes: number;
  /** Largest article text, in bytes of UTF-8: a longer article is refused (`too-large`). */
  maxArticleBytes: number;
  /** Largest body fetched from a URL, in bytes. */
  maxFetchBytes: number;
  /** Time allowed for one URL fetch, in milliseconds. */
  fetchTimeoutMs: number;
  /** Treat every input as an RSS or Atom feed (`lapwing ingest --feed`). */
  feed: boolean;
  /** Fetch the linked page of feed items that carry only a short summary. */
  followFeedLinks: boolean;
  /** Feed items whose text is shorter than this are followed when `followFeedLinks` is on. */
  followBelowChars: number;
  /** Reads standard input when an input is `-`. Injected so that tests can pass a stream. */
  stdin: NodeJS.ReadableStream;
  /** Called after each input (file, URL, stdin) has been fully read, for progress display. */
  onInputDone?: (input: string) => void;
  /** `User-Agent` header sent with fetches. */
  userAgent: string;
  /**
   * Let fetches a feed or page led to (followed links, redirects) reach loopback, link-local,
   * private and metadata addresses (`--allow-private-urls`). Off by default: see docs/security.md.
   */
  allowPrivateUrls: boolean;
}

/** Defaults: 50 MB per file, 500 KB of text per article, 20 MB per fetched body, 15 s per fetch. */
export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxFileBytes: 50 * 1024 * 1024,
  maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
  maxFetchBytes: 20 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
  feed: false,
  followFeedLinks: false,
  followBelowChars: 400,
  stdin: process.stdin,
  userAgent: 'lapwing/0.1 (+https://example.org/lapwing)',
  allowPrivateUrls: false,
};

/**
 * What a reader yields: an article (with warnings about its metadata, if any) or a problem.
 * Problems of severity `warning` mean an input was skipped on purpose (unsupported extension);
 * all others mean an input, or one record of it, failed.
 */
export type IngestItem = { article: Article; warnings?: Problem[] } | { problem: Problem };
