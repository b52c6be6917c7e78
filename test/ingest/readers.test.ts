import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { articleId } from '../../src/core/ids.js';
import { articlesOf, problemsOf, readAll, tempDir } from './temp-dir.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const STRIKE =
  'The United States military struck a vessel in the Caribbean Sea on Tuesday, killing three people aboard, officials said.';
const REPLY =
  'The government in Caracas condemned the attack and called it an extrajudicial execution of fishermen.';

function write(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

describe('plain text reader', () => {
  it('reads YAML front matter for title, outlet, date and url', async () => {
    const p = write(
      'fm.md',
      `---\ntitle: Boat strike in the Caribbean\noutlet: Test Wire\ndate: 2025-10-14\nurl: https://example.org/a/1\n---\n${STRIKE}\n\n${REPLY}\n`,
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a).toMatchObject({
      title: 'Boat strike in the Caribbean',
      outlet: 'Test Wire',
      published: '2025-10-14',
      url: 'https://example.org/a/1',
      format: 'text',
      origin: p,
      language: 'eng',
    });
    expect(a!.text).toBe(`${STRIKE}\n${REPLY}`);
    expect(a!.id).toBe(articleId(a!.text));
  });

  it('without front matter takes a short first line as title and keeps paragraphs one per line', async () => {
    const p = write(
      'plain.txt',
      `\uFEFFStrike kills three\r\n\r\n${STRIKE.slice(0, 59)}\r\n${STRIKE.slice(60)}\r\n\r\n${REPLY}\r\n`,
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a!.title).toBe('Strike kills three');
    expect(a!.published).toBeNull();
    // Hard-wrapped lines inside a blank-line-separated paragraph are joined; paragraphs stay apart.
    expect(a!.text).toBe(`Strike kills three\n${STRIKE}\n${REPLY}`);
  });

  it('does not take a first sentence for a title and reads a Published: line', async () => {
    const p = write('dateline.txt', `${STRIKE}\n${REPLY}\nPublished: Dec 3, 2025 06:30 pm`);
    const [a] = articlesOf(await readAll([p]));
    expect(a!.title).toBeNull();
    expect(a!.published).toMatch(/^2025-12-03T/);
  });

  it('gives the same id to the same text with different line endings and whitespace', async () => {
    const p1 = write('same1.txt', `${STRIKE}\n${REPLY}\n`);
    const p2 = write('same2.txt', `  ${STRIKE}\r\n${REPLY}   \r\n\r\n`);
    const [a, b] = articlesOf(await readAll([p1, p2]));
    expect(a!.id).toBe(b!.id);
  });

  it('flags non-English text with its language', async () => {
    const p = write(
      'es.txt',
      'El gobierno de Colombia rechazó las acusaciones de Estados Unidos y pidió respeto a la soberanía nacional de su pueblo.',
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a!.language).toBe('spa');
  });

  it('reports bad front matter naming the file', async () => {
    const p = write('badfm.md', `---\ntitle: [unclosed\n---\n${STRIKE}`);
    const [pr] = problemsOf(await readAll([p]));
    expect(pr).toMatchObject({ code: 'bad-front-matter', path: p });
  });
});

describe('HTML reader', () => {
  const page = (body: string, head: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Site | page</title>${head}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>${body}<footer>Copyright Test</footer><script>var x = "not text";</script></body></html>`;

  it('takes metadata from <meta> and the text from the article, one line per paragraph', async () => {
    const head = `<meta property="og:title" content="Strike in the Caribbean"><meta property="og:site_name" content="Meta Times"><meta property="article:published_time" content="2025-10-14T09:30:00Z"><meta name="description" content="A strike."><meta name="author" content="A. Writer"><link rel="canonical" href="https://example.org/meta/1">`;
    const p = write(
      'meta.html',
      page(`<article><h1>Strike in the Caribbean</h1><p>${STRIKE}</p><p>${REPLY}</p></article>`, head),
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a).toMatchObject({
      title: 'Strike in the Caribbean',
      outlet: 'Meta Times',
      published: '2025-10-14T09:30:00.000Z',
      url: 'https://example.org/meta/1',
      format: 'html',
      language: 'eng',
    });
    expect(a!.text.split('\n')).toContain(STRIKE);
    expect(a!.text.split('\n')).toContain(REPLY);
    expect(a!.text).not.toContain('not text');
    expect(a!.text).not.toContain('Home');
  });

  it('prefers JSON-LD NewsArticle fields', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        {
          '@type': 'NewsArticle',
          headline: 'LD headline',
          datePublished: '2025-11-02',
          publisher: { '@type': 'Organization', name: 'LD Post' },
          url: 'https://example.org/ld/2',
        },
      ],
    };
    const p = write(
      'ld.html',
      page(
        `<main><p>${STRIKE}</p><p>${REPLY}</p></main>`,
        `<meta property="og:title" content="OG title"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      ),
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a).toMatchObject({
      title: 'LD headline',
      outlet: 'LD Post',
      published: '2025-11-02',
      url: 'https://example.org/ld/2',
    });
  });

  it('reads the date from <time datetime> when nothing else gives it', async () => {
    const p = write(
      'time.htm',
      page(
        `<article><p>By staff, <time datetime="2025-09-16T12:00:00-05:00">Sept. 16</time></p><p>${STRIKE}</p><p>${REPLY}</p></article>`,
        '',
      ),
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a!.published).toBe('2025-09-16T17:00:00.000Z');
    expect(a!.title).toBe('Site | page');
  });

  it('keeps script payloads out of the text', async () => {
    const p = write(
      'xss.html',
      page(
        `<article><p>${STRIKE}</p><p>${REPLY}<img src=x onerror="alert(1)"></p><script>alert('x')</script></article>`,
        '',
      ),
    );
    const [a] = articlesOf(await readAll([p]));
    expect(a!.text).not.toMatch(/alert/);
  });
});

describe('JSON and JSONL readers', () => {
  it('reads an array of records with text or html and metadata aliases', async () => {
    const recs = [
      {
        id: 'r1',
        text: STRIKE,
        title: 'One',
        source: { name: 'Feed Corp' },
        publishedAt: '2025-10-03T10:00:00Z',
        url: 'https://example.org/j/1',
      },
      {
        id: 'r2',
        html: `<p>${REPLY}</p><p>${STRIKE}</p>`,
        headline: 'Two',
        outlet: 'O2',
        date: '2025-10-04',
        language: 'en',
      },
    ];
    const p = write('recs.json', JSON.stringify(recs));
    const [a, b] = articlesOf(await readAll([p]));
    expect(a).toMatchObject({
      title: 'One',
      outlet: 'Feed Corp',
      published: '2025-10-03T10:00:00.000Z',
      url: 'https://example.org/j/1',
      format: 'json',
      origin: `${p}[0]#r1`,
    });
    expect(b).toMatchObject({
      title: 'Two',
      outlet: 'O2',
      published: '2025-10-04',
      format: 'json',
      text: `${REPLY}\n${STRIKE}`,
    });
  });

  it('reads a single JSON object and an object holding an articles array', async () => {
    const p1 = write('one.json', JSON.stringify({ text: STRIKE }));
    const p2 = write('wrapped.json', JSON.stringify({ articles: [{ text: STRIKE }, { text: REPLY }] }));
    const items = await readAll([p1, p2]);
    expect(articlesOf(items).map((a) => a.origin)).toEqual([p1, `${p2}[0]`, `${p2}[1]`]);
  });

  it('reads JSONL and reports a bad line as file:line while the batch goes on', async () => {
    const lines = [
      JSON.stringify({ text: STRIKE, date: '2025-10-14' }),
      '{"text": "broken',
      '',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: REPLY, date: 12 }),
    ];
    const p = write('recs.jsonl', lines.join('\n'));
    const items = await readAll([p]);
    expect(articlesOf(items).map((a) => a.text)).toEqual([STRIKE, REPLY]);
    const problems = problemsOf(items);
    expect(problems.map((x) => [x.code, x.path])).toEqual([
      ['bad-json', `${p}:2`],
      ['missing-text', `${p}:4#text`],
    ]);
    expect(problems[1]!.message).toMatch(/"text" or "html"/);
    const warned = items.find((i) => 'article' in i && i.article.text === REPLY);
    // A number is read as epoch seconds, never as a silent garbage date.
    expect(warned && 'article' in warned ? warned.article.published : 'x').toBeNull();
  });

  it('reads a .json file holding one record per line as JSONL', async () => {
    const p = write(
      'lines.json',
      `${JSON.stringify({ text: STRIKE })}\n${JSON.stringify({ text: REPLY })}\n`,
    );
    expect(articlesOf(await readAll([p]))).toHaveLength(2);
  });

  it('names a wrongly typed metadata field in a warning', async () => {
    const p = write('typed.jsonl', JSON.stringify({ text: STRIKE, title: ['a', 'b'] }));
    const [item] = await readAll([p]);
    expect(item && 'article' in item ? item.warnings?.[0] : null).toMatchObject({
      code: 'bad-field',
      path: `${p}:1#title`,
    });
  });
});

describe('feed reader', () => {
  it('reads RSS 2.0 items with content:encoded, description, pubDate and link', async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Sample Feed &amp; Co</title><link>https://example.org/</link>
<item><title>Strike</title><link>https://example.org/rss/1</link><pubDate>Tue, 14 Oct 2025 15:00:00 GMT</pubDate><description>Short.</description><content:encoded><![CDATA[<p>${STRIKE}</p><p>${REPLY}</p>]]></content:encoded></item>
<item><title>Reply</title><link>https://example.org/rss/2</link><pubDate>Wed, 15 Oct 2025 08:00:00 +0000</pubDate><description>&lt;p&gt;${REPLY}&lt;/p&gt;</description></item>
</channel></rss>`;
    const p = write('feed.rss', rss);
    const [a, b] = articlesOf(await readAll([p]));
    expect(a).toMatchObject({
      title: 'Strike',
      outlet: 'Sample Feed & Co',
      url: 'https://example.org/rss/1',
      published: '2025-10-14T15:00:00.000Z',
      format: 'rss',
      text: `${STRIKE}\n${REPLY}`,
      origin: `${p}#item1`,
    });
    expect(b).toMatchObject({ title: 'Reply', text: REPLY, published: '2025-10-15T08:00:00.000Z' });
  });

  it('reads Atom entries with html and xhtml content and alternate links', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Sample</title>
<entry><title>First</title><link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/atom/1"/><published>2025-11-02T10:00:00Z</published><content type="html">&lt;p&gt;${STRIKE}&lt;/p&gt;</content></entry>
<entry><title type="html">Second &lt;em&gt;one&lt;/em&gt;</title><link href="https://example.org/atom/2"/><updated>2025-11-03T10:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${REPLY}</p></div></content></entry>
</feed>`;
    const p = write('feed.atom', atom);
    const [a, b] = articlesOf(await readAll([p]));
    expect(a).toMatchObject({
      title: 'First',
      outlet: 'Atom Sample',
      url: 'https://example.org/atom/1',
      published: '2025-11-02T10:00:00.000Z',
      format: 'atom',
      text: STRIKE,
    });
    expect(b).toMatchObject({ title: 'Second one', url: 'https://example.org/atom/2', text: REPLY });
  });
});

describe('folders and stdin', () => {
  it('walks folders recursively, skips hidden files and README, and counts unsupported types', async () => {
    const sub = join(dir, 'corpus');
    write('corpus/a.txt', STRIKE);
    write('corpus/deep/er/b.md', REPLY);
    write('corpus/.hidden.txt', 'hidden text that must not be read at all, ever.');
    write('corpus/README.md', '# About this corpus');
    write('corpus/photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const items = await readAll([sub]);
    expect(articlesOf(items).map((a) => a.text)).toEqual([STRIKE, REPLY]);
    expect(problemsOf(items).map((p) => [p.code, p.severity])).toEqual([
      ['not-an-article', 'warning'],
      ['unsupported-extension', 'warning'],
    ]);
  });

  it('reads standard input given as -, sniffing its format', async () => {
    const text = await readAll(['-'], {
      stdin: Readable.from([Buffer.from(`${STRIKE}\n`), Buffer.from(REPLY)]),
    });
    expect(articlesOf(text)[0]).toMatchObject({
      origin: 'stdin',
      format: 'stdin',
      text: `${STRIKE}\n${REPLY}`,
    });
    const jsonl = await readAll(['-'], {
      stdin: Readable.from([`${JSON.stringify({ text: STRIKE })}\n${JSON.stringify({ text: REPLY })}\n`]),
    });
    expect(articlesOf(jsonl).map((a) => a.origin)).toEqual(['stdin:1', 'stdin:2']);
    const html = await readAll(['-'], {
      stdin: Readable.from([`<html><body><p>${STRIKE}</p></body></html>`]),
    });
    expect(articlesOf(html)[0]).toMatchObject({ format: 'html', text: STRIKE });
  });
});
