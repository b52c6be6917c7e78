import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getLogger } from '../../src/core/logger.js';
import type { AnalyzedArticle } from '../../src/core/records.js';
import { textStage } from '../../src/text/analyze-stage.js';
import { analyze } from './helpers.js';

/** Every span of every record must point at its own text inside the article. */
function checkSpans(a: AnalyzedArticle): void {
  const text = a.article.text;
  for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const m of a.markers) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const q of a.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const d of a.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  const ids = new Set(a.mentions.map((m) => m.id));
  for (const m of a.mentions) if (m.antecedent) expect(ids.has(m.antecedent)).toBe(true);
  for (const q of a.quotes) {
    expect(q.content.start).toBeGreaterThanOrEqual(q.start);
    expect(q.content.end).toBeLessThanOrEqual(q.end);
    if (q.speaker) expect(ids.has(q.speaker)).toBe(true);
  }
  for (const d of a.dates) expect(d.range.from <= d.range.to).toBe(true);
}

describe('textStage', () => {
  it('runs as a Stage and returns empty annotations for empty or blank text', () => {
    const ctx = { log: getLogger() };
    for (const text of ['', '   \n\n  ', '...', '“']) {
      const a = textStage.run(
        {
          id: 'x',
          text,
          title: null,
          outlet: null,
          published: null,
          url: null,
          language: 'eng',
          origin: 't',
          format: 'text',
        },
        ctx,
      );
      expect(a.mentions).toEqual([]);
      expect(a.tokens.length).toBe(a.sentences.length);
    }
  });

  it('keeps every span consistent with the article text on the demo corpus', () => {
    const dir = 'demo';
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    } catch {
      files = [];
    }
    const texts = files.length
      ? files.map((f) => readFileSync(`${dir}/${f}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
      : [
          'WASHINGTON, Oct 1 (Sample Wire) - Officials said at least 3 people died on Monday. “We mourn,” said Mayor Ana Ruiz.',
        ];
    for (const t of texts) checkSpans(analyze(t, '2025-11-01'));
  });

  it('survives odd input: unclosed quotes, a very long sentence, unknown publication date', () => {
    const long = `${'Rebels and soldiers fought near the border and '.repeat(200)}then stopped.`;
    for (const t of ['He said “we will', long, 'Mr. X. Y. Z. said "no" on 31/31/2025.'])
      checkSpans(analyze(t, null));
  });
});
