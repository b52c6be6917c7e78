import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/ingest/article-limit.js';
import { normaliseDate } from '../../src/ingest/normalise-date.js';
import { countInputs } from '../../src/ingest/read-inputs.js';
import { articlesOf, problemsOf, readAll, tempDir } from './temp-dir.js';

const STORY =
  'Farmers blocked the main highway north of Quito on Wednesday to protest fuel prices, local police said.';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function dir(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('symlink loops', () => {
  it('counts and reads a folder holding two links to itself, once, within a time limit', {
    timeout: 10_000,
  }, async () => {
    const d = dir();
    writeFileSync(join(d, 'story.txt'), STORY);
    symlinkSync('.', join(d, 'a'));
    symlinkSync('.', join(d, 'b'));
    mkdirSync(join(d, 'sub'));
    symlinkSync('..', join(d, 'sub', 'up'));
    expect(await countInputs([d])).toBe(1);
    const items = await readAll([d]);
    expect(articlesOf(items)).toHaveLength(1);
    expect(problemsOf(items)).toEqual([]);
  });
});

describe('per-article text limit', () => {
  it('refuses a text file over the limit with a too-large problem naming the file and the limit', async () => {
    const d = dir();
    const big = join(d, 'dump.txt');
    writeFileSync(big, `${STORY}\n`.repeat(Math.ceil((DEFAULT_MAX_ARTICLE_BYTES + 10_000) / STORY.length)));
    writeFileSync(join(d, 'small.txt'), STORY);
    const items = await readAll([d]);
    expect(articlesOf(items).map((a) => a.origin)).toEqual([join(d, 'small.txt')]);
    const [p] = problemsOf(items);
    expect(p).toMatchObject({ code: 'too-large', path: big });
    expect(p!.message).toContain('500 KB per-article limit');
    expect(p!.message).toContain('--max-article-kb');
  });

  it('takes the limit from the options, and refuses only the record over it in a JSONL file', async () => {
    const d = dir();
    const file = join(d, 'records.jsonl');
    const long = `${STORY} `.repeat(40);
    writeFileSync(file, `${JSON.stringify({ text: STORY })}\n${JSON.stringify({ text: long })}\n`);
    const items = await readAll([file], { maxArticleBytes: 2048 });
    expect(articlesOf(items)).toHaveLength(1);
    expect(problemsOf(items)).toEqual([expect.objectContaining({ code: 'too-large', path: `${file}:2` })]);
    expect(problemsOf(items)[0]!.message).toContain('2 KB per-article limit');
    expect(articlesOf(await readAll([file], { maxArticleBytes: 8192 }))).toHaveLength(2);
  });
});

describe('character references', () => {
  it('drops undefined entity references from feed items and decodes known HTML ones', async () => {
    const d = dir();
    const feed = join(d, 'news.rss');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Andes Wire &lol9;</title><item><title>Road blocked &lol9; near Quito &eacute;</title><link>https://example.org/q</link><description>${STORY.replace('highway', 'highway &lol9;')}</description></item></channel></rss>`,
    );
    const [a] = articlesOf(await readAll([feed]));
    expect(a!.text).toBe(STORY);
    expect(a!.title).toBe('Road blocked near Quito é');
    expect(a!.outlet).toBe('Andes Wire');
  });

  it('drops undefined entity references from HTML pages', async () => {
    const d = dir();
    const page = join(d, 'page.html');
    writeFileSync(
      page,
      `<html lang="en"><head><title>Blockade &lol9;</title></head><body><article><p>${STORY.replace('Wednesday', 'Wednesday &lol9;&lol8;')}</p></article></body></html>`,
    );
    const [a] = articlesOf(await readAll([page]));
    expect(a!.text).not.toContain('&lol');
    expect(a!.text).toBe(STORY);
    expect(a!.title).toBe('Blockade');
  });
});

describe('file names', () => {
  it('reports a file name that is not UTF-8 as such, and reads the rest of the folder', async () => {
    const d = dir();
    writeFileSync(join(d, 'good.txt'), STORY);
    // "n\xe9ws.txt" in Latin-1: not UTF-8
    writeFileSync(Buffer.concat([Buffer.from(`${d}/n`), Buffer.from([0xe9]), Buffer.from('ws.txt')]), STORY);
    const items = await readAll([d]);
    expect(articlesOf(items)).toHaveLength(1);
    const [p] = problemsOf(items);
    expect(p).toMatchObject({ code: 'bad-file-name', path: join(d, 'n\\xe9ws.txt') });
    expect(p!.message).toContain('not valid UTF-8');
  });

  it('says a name given with bytes that are not UTF-8 is such a name, not just "not found"', async () => {
    const d = dir();
    const [p] = problemsOf(await readAll([join(d, 'n\ufffdws.txt')]));
    expect(p).toMatchObject({ code: 'bad-file-name' });
    expect(p!.message).toContain('not UTF-8');
  });
});

describe('dates', () => {
  it('does not read a number without a full year as a date', () => {
    for (const s of ['1', '12', '3/4', 'May 3']) expect(normaliseDate(s), s).toBeNull();
    expect(normaliseDate('Wed, 03 Dec 2025 10:00:00 GMT')).toBe('2025-12-03T10:00:00.000Z');
  });
});
