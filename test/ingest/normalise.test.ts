import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/ingest/detect-language.js';
import { normaliseDate } from '../../src/ingest/normalise-date.js';
import { normaliseText } from '../../src/ingest/normalise-text.js';
import { articlesOf, problemsOf, readAll, tempDir } from './temp-dir.js';

const { dir, cleanup } = tempDir('lapwing-norm-');
afterAll(cleanup);

describe('text normalisation', () => {
  it('strips BOM, zero-width characters and trailing spaces, and unifies line ends', () => {
    expect(normaliseText('\uFEFF  One\u200B two.  \r\nThree\u00A0four.\r\n\r\n')).toBe(
      'One two.\nThree four.',
    );
  });
  it('keeps one paragraph per line', () => {
    expect(normaliseText('Para one\nwrapped here.\n\n\n\nPara two.\n')).toBe(
      'Para one wrapped here.\nPara two.',
    );
    expect(normaliseText('Line one.\nLine two.\n')).toBe('Line one.\nLine two.');
  });
});

describe('dates', () => {
  it('keep bare days, read RFC 2822 and ISO times as UTC, and refuse nonsense', () => {
    expect(normaliseDate('2025-10-14')).toBe('2025-10-14');
    expect(normaliseDate('2025-02-30')).toBeNull();
    expect(normaliseDate('Tue, 14 Oct 2025 15:00:00 +0200')).toBe('2025-10-14T13:00:00.000Z');
    expect(normaliseDate('2025-10-14T09:30:00-05:00')).toBe('2025-10-14T14:30:00.000Z');
    expect(normaliseDate(1760454000)).toBe('2025-10-14T15:00:00.000Z');
    expect(normaliseDate(new Date(Date.UTC(2025, 9, 14)))).toBe('2025-10-14');
    expect(normaliseDate('last Tuesday')).toBeNull();
    expect(normaliseDate(7)).toBeNull();
  });
});

describe('language detection', () => {
  it('gives und on short texts, trusts a declared language there, and detects long ones', () => {
    expect(detectLanguage('Troops clashed.')).toBe('und');
    expect(detectLanguage('Tropas chocaron.', 'es')).toBe('spa');
    const de =
      'Der Präsident von Kolumbien hat die Zusammenarbeit mit den Vereinigten Staaten nach dem letzten Angriff in der Karibik ausgesetzt, bei dem nach Angaben der Behörden sechs Menschen starben.';
    expect(detectLanguage(de)).toBe('deu');
    // A template's lang="en" does not override what a long text plainly is.
    expect(detectLanguage(`${de} ${de}`, 'en')).toBe('deu');
  });
});

describe('more reader edge cases', () => {
  it('reads UTF-16 text with a byte-order mark', async () => {
    const text = 'Peru recalled its ambassador from Caracas after the dispute over the election results.';
    const p = join(dir, 'utf16.txt');
    writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(articlesOf(await readAll([p]))[0]!.text).toBe(text);
  });

  it('falls back to the page body when Readability finds no article', async () => {
    const p = join(dir, 'short.html');
    writeFileSync(
      p,
      '<html><body><nav>Menu</nav><div>Ecuador closed its border crossing.</div><footer>About us</footer></body></html>',
    );
    expect(articlesOf(await readAll([p]))[0]!.text).toBe('Ecuador closed its border crossing.');
  });

  it('warns about a feed without items', async () => {
    const p = join(dir, 'none.rss');
    writeFileSync(p, '<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>');
    expect(problemsOf(await readAll([p]))).toEqual([
      expect.objectContaining({ code: 'empty-feed', severity: 'warning' }),
    ]);
  });
});
