import { closeSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { articlesOf, problemsOf, readAll, tempDir } from './temp-dir.js';

const { dir, cleanup } = tempDir('lapwing-bad-');
afterAll(cleanup);

const GOOD = 'Colombia suspended intelligence sharing with the United States after the latest boat strike.';

function write(name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

/** Reads one bad input followed by a good one: the bad one gives exactly one problem, the good one still reads. */
async function badThenGood(bad: string, opts = {}) {
  const good = write(`good-${Math.random().toString(36).slice(2)}.txt`, GOOD);
  const items = await readAll([bad, good], opts);
  expect(articlesOf(items).map((a) => a.text)).toEqual([GOOD]);
  const problems = problemsOf(items);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('bad input: one clear problem each, and the batch goes on', () => {
  it('empty file', async () => {
    const p = write('empty.txt', '');
    expect(await badThenGood(p)).toMatchObject({ code: 'empty-file', path: p });
  });

  it('whitespace-only file', async () => {
    const p = write('blank.md', '  \n\n\t \n');
    expect(await badThenGood(p)).toMatchObject({ code: 'empty-file', path: p });
  });

  it('binary file with NUL bytes, even with a text extension', async () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    const p = write('image.txt', bytes);
    const pr = await badThenGood(p);
    expect(pr).toMatchObject({ code: 'binary-file', path: p });
    expect(pr.message).toMatch(/binary/);
  });

  it('binary file made of control characters without NUL', async () => {
    const bytes = new Uint8Array(400).fill(0x01);
    const p = write('ctl.txt', bytes);
    expect(await badThenGood(p)).toMatchObject({ code: 'binary-file' });
  });

  it('invalid UTF-8, with the byte and line where it breaks', async () => {
    const p = write(
      'latin1.txt',
      Buffer.concat([
        Buffer.from('First line is fine.\nSecond: caf'),
        Buffer.from([0xe9]),
        Buffer.from(' au lait\n'),
      ]),
    );
    const pr = await badThenGood(p);
    expect(pr).toMatchObject({ code: 'invalid-utf8', path: p });
    expect(pr.message).toContain('byte 31 (line 2)');
  });

  it('truncated JSON', async () => {
    const p = write('cut.json', '[{"text": "A complete record here."}, {"text": "cut off in the mid');
    const pr = await badThenGood(p);
    expect(pr).toMatchObject({ code: 'bad-json', path: p });
    expect(pr.message).toMatch(/JSON/);
  });

  it('a 200 MB file is refused from its size alone, at once', async () => {
    const p = join(dir, 'huge.txt');
    closeSync(openSync(p, 'w'));
    truncateSync(p, 200 * 1024 * 1024);
    const t0 = performance.now();
    const pr = await badThenGood(p);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(pr).toMatchObject({ code: 'too-large', path: p });
    expect(pr.message).toContain('200.0 MB');
  });

  it('a file just over a smaller cap is refused too', async () => {
    const p = write('over.txt', GOOD.repeat(10));
    expect(await badThenGood(p, { maxFileBytes: 100 })).toMatchObject({ code: 'too-large' });
  });

  it('an HTML page saved as a feed', async () => {
    const p = write(
      'feed.xml',
      '<!DOCTYPE html><html><head><title>Not a feed</title></head><body><p>Hello there.</p></body></html>',
    );
    const pr = await badThenGood(p);
    expect(pr).toMatchObject({ code: 'not-a-feed', path: p });
    expect(pr.message).toContain('HTML page');
  });

  it('an HTML page given with --feed', async () => {
    const p = write('page.html', '<html><body><p>Hello there, this is a page.</p></body></html>');
    const items = await readAll([p], { feed: true });
    expect(problemsOf(items)[0]).toMatchObject({ code: 'not-a-feed', path: p });
  });

  it('broken XML in a feed', async () => {
    const p = write('broken.rss', '<rss version="2.0"><channel><item><title>x</title></channel></rss>');
    expect(await badThenGood(p)).toMatchObject({ code: 'bad-xml', path: p });
  });

  it('a missing path', async () => {
    const p = join(dir, 'nope', 'missing.txt');
    expect(await badThenGood(p)).toMatchObject({ code: 'not-found', path: p });
  });

  it('an unsupported extension inside a folder is skipped as a warning', async () => {
    const { dir: d, cleanup: c } = tempDir('lapwing-ext-');
    try {
      writeFileSync(join(d, 'doc.pdf'), '%PDF-1.4');
      writeFileSync(join(d, 'ok.txt'), GOOD);
      const items = await readAll([d]);
      expect(articlesOf(items)).toHaveLength(1);
      expect(problemsOf(items)).toEqual([
        expect.objectContaining({
          code: 'unsupported-extension',
          severity: 'warning',
          path: join(d, 'doc.pdf'),
        }),
      ]);
    } finally {
      c();
    }
  });

  it('empty and binary standard input', async () => {
    expect(problemsOf(await readAll(['-'], { stdin: Readable.from([]) }))[0]).toMatchObject({
      code: 'empty-file',
      path: 'stdin',
    });
    expect(
      problemsOf(await readAll(['-'], { stdin: Readable.from([Buffer.from([0, 1, 2, 3])]) }))[0],
    ).toMatchObject({ code: 'binary-file', path: 'stdin' });
  });

  it('a JSON record without text names the field', async () => {
    const p = write('notext.json', JSON.stringify([{ title: 'x', text: 42 }]));
    const pr = await badThenGood(p);
    expect(pr).toMatchObject({ code: 'missing-text', path: `${p}[0]#text` });
    expect(pr.message).toContain('number');
  });
});

describe('folder walks', () => {
  it('survive a symlink loop', async () => {
    const { dir: d, cleanup: c } = tempDir('lapwing-loop-');
    try {
      mkdirSync(join(d, 'sub'));
      writeFileSync(join(d, 'sub', 'a.txt'), GOOD);
      symlinkSync(d, join(d, 'sub', 'back'));
      const items = await readAll([d]);
      expect(articlesOf(items)).toHaveLength(1);
    } finally {
      c();
    }
  });
});
