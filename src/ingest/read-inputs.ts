import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/records.js';
import { articleTooLarge } from './article-limit.js';
import { decodeBytes, sniffHtmlCharset } from './decode-bytes.js';
import { fetchUrl } from './fetch-url.js';
import { escapedName, utf8Name } from './file-names.js';
import { fetchOptions, followLink, withWarning } from './follow-link.js';
import { createFetchAgents, type FetchAgents } from './guarded-agent.js';
import { DEFAULT_READ_OPTIONS, type IngestItem, type ReadOptions } from './ingest-options.js';
import { EXTENSION_KINDS, FEED_EXTENSIONS, type InputKind, looksLikeJsonl, sniffKind } from './input-kind.js';
import { makeArticle } from './make-article.js';
import { parseFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonl } from './read-json.js';
import { readText } from './read-text.js';

/** Files in a corpus folder that describe the corpus rather than belong to it. */
const CORPUS_DOCS = /^(readme|license|licence|changelog|copying|notice)(\.[\w.]+)?$/i;

/** True for an `http:` or `https:` URL. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Read options plus the folders already walked in this call and its connection pools. */
interface WalkOptions extends ReadOptions {
  visited: Set<string>;
  agents: FetchAgents;
}

/** How a piece of content reached us, which sets the article `format` and feed expectations. */
interface Source {
  origin: string;
  /** Where the bytes came from: file, stdin or URL. */
  via: 'file' | 'stdin' | 'url';
  kind: InputKind;
  /** The input promised a feed (`--feed`, a feed extension or content type). */
  feedExpected: boolean;
  contentType?: string;
  baseUrl?: string;
}

/**
 * Reads articles from files, folders (recursively), `-` (standard input) and http(s) URLs,
 * choosing the reader by extension, content type or content. Every bad input yields a problem
 * and reading goes on with the next one; a bad record inside a JSONL file or a feed yields a
 * problem for that record only. An article whose text is over `maxArticleBytes` becomes a
 * `too-large` problem naming its origin and the limit.
 */
export async function* readInputs(
  inputs: string[],
  options: Partial<ReadOptions> = {},
): AsyncGenerator<IngestItem> {
  const agents = createFetchAgents();
  const opts: WalkOptions = { ...DEFAULT_READ_OPTIONS, ...options, visited: new Set<string>(), agents };
  try {
    for await (const item of readEach(inputs, opts)) {
      const tooLarge = 'article' in item ? articleTooLarge(item.article, opts.maxArticleBytes) : null;
      yield tooLarge ? { problem: tooLarge } : item;
    }
  } finally {
    // Idle keep-alive sockets would otherwise hold the process open for seconds after the run.
    await agents.close();
  }
}

async function* readEach(inputs: string[], opts: WalkOptions): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStdin(opts);
      opts.onInputDone?.(input);
    } else if (isUrl(input)) {
      yield* readUrl(input, opts);
      opts.onInputDone?.(input);
    } else if (/^file:\/\//i.test(input)) {
      yield* readPath(fileURLToPath(input), opts, true);
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) {
      yield {
        problem: {
          code: 'unsupported-url',
          path: input,
          message: 'only http(s) URLs, file paths and - (stdin) are read',
        },
      };
      opts.onInputDone?.(input);
    } else {
      yield* readPath(input, opts, true);
    }
  }
}

async function* readPath(path: string, opts: WalkOptions, explicit: boolean): AsyncGenerator<IngestItem> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A name given with bytes that are not UTF-8 reaches us with U+FFFD in their place, and that
    // name does not exist: say so rather than "not found".
    const badName = code === 'ENOENT' && path.includes('\ufffd');
    yield {
      problem: {
        code: badName ? 'bad-file-name' : code === 'ENOENT' ? 'not-found' : 'unreadable',
        path,
        message: badName
          ? 'no such file or folder; the name holds bytes that are not UTF-8 (shown as \ufffd), which Lapwing cannot pass on: rename it'
          : code === 'ENOENT'
            ? 'no such file or folder'
            : `cannot read (${(e as Error).message})`,
      },
    };
    opts.onInputDone?.(path);
    return;
  }
  if (st.isDirectory()) {
    // A symlink back up the tree would otherwise make the walk endless.
    const real = await realpath(path).catch(() => path);
    if (opts.visited.has(real)) return;
    opts.visited.add(real);
    let entries: Buffer[];
    try {
      entries = (await readdir(path, { encoding: 'buffer' })).sort(Buffer.compare);
    } catch (e) {
      yield {
        problem: { code: 'unreadable', path, message: `cannot list folder (${(e as Error).message})` },
      };
      return;
    }
    for (const raw of entries) {
      // Hidden files and folders (.git, .DS_Store) are never part of a corpus.
      if (raw[0] === 0x2e) continue;
      const name = utf8Name(raw);
      if (name === null) {
        yield {
          problem: {
            code: 'bad-file-name',
            path: join(path, escapedName(raw)),
            message: 'file name is not valid UTF-8 (bad bytes shown as \\xNN), skipped: rename it to read it',
          },
        };
        opts.onInputDone?.(path);
        continue;
      }
      yield* readPath(join(path, name), opts, false);
    }
    return;
  }
  yield* readFile(path, st.size, st.isFile(), opts, explicit);
  opts.onInputDone?.(path);
}

async function* readFile(
  path: string,
  size: number,
  regular: boolean,
  opts: WalkOptions,
  explicit: boolean,
): AsyncGenerator<IngestItem> {
  const ext = extname(path).toLowerCase();
  let kind: InputKind | undefined = EXTENSION_KINDS[ext];
  if (!explicit && CORPUS_DOCS.test(basename(path))) {
    yield {
      problem: {
        code: 'not-an-article',
        path,
        message: 'corpus documentation file, skipped',
        severity: 'warning',
      },
    };
    return;
  }
  if (!kind) {
    if (explicit || ext === '') kind = 'sniff';
    else {
      yield {
        problem: {
          code: 'unsupported-extension',
          path,
          message: `unsupported file type "${ext}", skipped (expected ${Object.keys(EXTENSION_KINDS).join(' ')})`,
          severity: 'warning',
        },
      };
      return;
    }
  }
  if (!regular) {
    yield { problem: { code: 'unreadable', path, message: 'not a regular file' } };
    return;
  }
  // The size is checked before any byte is read, so a huge file is refused at once.
  if (size > opts.maxFileBytes) {
    yield {
      problem: {
        code: 'too-large',
        path,
        message: `file of ${mb(size)} exceeds the ${mb(opts.maxFileBytes)} cap`,
      },
    };
    return;
  }
  let bytes: Uint8Array;
  try {
    const fh = await open(path, 'r');
    try {
      bytes = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (e) {
    yield { problem: { code: 'unreadable', path, message: `cannot read (${(e as Error).message})` } };
    return;
  }
  const charset = kind === 'html' || kind === 'sniff' ? sniffHtmlCharset(bytes) : null;
  const decoded = decodeBytes(bytes, path, charset);
  if ('problem' in decoded) {
    yield decoded;
    return;
  }
  yield* parseContent(
    decoded.text,
    { origin: path, via: 'file', kind, feedExpected: opts.feed || FEED_EXTENSIONS.has(ext) },
    opts,
  );
}

async function* readStdin(opts: WalkOptions): AsyncGenerator<IngestItem> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of opts.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > opts.maxFileBytes) {
      yield {
        problem: {
          code: 'too-large',
          path: 'stdin',
          message: `input exceeds the ${mb(opts.maxFileBytes)} cap`,
        },
      };
      return;
    }
    chunks.push(buf);
  }
  const bytes = Buffer.concat(chunks);
  const decoded = decodeBytes(bytes, 'stdin', sniffHtmlCharset(bytes));
  if ('problem' in decoded) {
    yield decoded;
    return;
  }
  yield* parseContent(
    decoded.text,
    { origin: 'stdin', via: 'stdin', kind: 'sniff', feedExpected: opts.feed },
    opts,
  );
}

async function* readUrl(url: string, opts: WalkOptions): AsyncGenerator<IngestItem> {
  // A URL the user gave is fetched wherever it is; where it redirects is checked.
  const fetched = await fetchUrl(url, { ...fetchOptions(opts), trusted: true });
  if ('problem' in fetched) {
    yield fetched;
    return;
  }
  const decoded = decodeBytes(
    fetched.bytes,
    url,
    fetched.charset ?? (fetched.contentType.includes('html') ? sniffHtmlCharset(fetched.bytes) : null),
  );
  if ('problem' in decoded) {
    yield decoded;
    return;
  }
  let pathExt = '';
  try {
    pathExt = extname(new URL(fetched.finalUrl).pathname).toLowerCase();
  } catch {
    // An unparsable final URL only loses the extension hint.
  }
  const ct = fetched.contentType;
  const feedExpected = opts.feed || /(rss|atom)\+xml/.test(ct) || FEED_EXTENSIONS.has(pathExt);
  let kind: InputKind = 'sniff';
  if (ct === 'application/json') kind = 'json';
  else if (ct === 'application/x-ndjson' || ct === 'application/jsonl') kind = 'jsonl';
  yield* parseContent(
    decoded.text,
    { origin: url, via: 'url', kind, feedExpected, contentType: ct, baseUrl: fetched.finalUrl },
    opts,
  );
}

function formatFor(src: Source, reader: 'text' | 'html'): Article['format'] {
  if (src.via === 'url') return 'url';
  if (src.via === 'stdin') return reader === 'text' ? 'stdin' : 'html';
  return reader;
}

async function* parseContent(text: string, src: Source, opts: WalkOptions): AsyncGenerator<IngestItem> {
  if (text.trim().length === 0) {
    yield { problem: { code: 'empty-file', path: src.origin, message: 'input holds only whitespace' } };
    return;
  }
  let kind = src.kind === 'sniff' ? sniffKind(text, src.contentType) : src.kind;
  if (src.feedExpected) kind = 'feed';
  // A .json file holding one record per line is JSONL, not a broken document.
  if (kind === 'json' && src.kind === 'json' && looksLikeJsonl(text)) {
    try {
      JSON.parse(text);
    } catch {
      kind = 'jsonl';
    }
  }
  switch (kind) {
    case 'feed':
      yield* readFeedItems(text, src, opts);
      return;
    case 'html':
      yield readHtml(text, src.origin, formatFor(src, 'html'), src.baseUrl);
      return;
    case 'json':
      yield* readJson(text, src.origin);
      return;
    case 'jsonl':
      yield* readJsonl(text, src.origin);
      return;
    default:
      yield readText(text, src.origin, formatFor(src, 'text'));
  }
}

async function* readFeedItems(text: string, src: Source, opts: WalkOptions): AsyncGenerator<IngestItem> {
  const feed = parseFeed(text, src.origin);
  if ('problem' in feed) {
    yield feed;
    return;
  }
  if (feed.items.length === 0) {
    yield {
      problem: {
        code: 'empty-feed',
        path: src.origin,
        message: `${feed.kind === 'atom' ? 'Atom' : 'RSS'} feed holds no items`,
        severity: 'warning',
      },
    };
    return;
  }
  for (const item of feed.items) {
    if (
      opts.followFeedLinks &&
      item.link &&
      isUrl(item.link) &&
      item.raw.text.length < opts.followBelowChars
    ) {
      const followed = await followLink(item.link, item.raw, opts);
      if ('item' in followed) {
        yield followed.item;
        continue;
      }
      if (followed.warning) {
        yield withWarning(makeArticle(item.raw), followed.warning);
        continue;
      }
    }
    yield makeArticle(item.raw);
  }
}

export { countInputs } from './count-inputs.js';
