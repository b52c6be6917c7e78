import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/records.js';
import { decodeArticle, encodeArticle } from '../../src/queue/article-message.js';

const article: Article = {
  id: 'art_0123456789abcdef',
  text: 'Colombia suspended intelligence sharing with US agencies on Tuesday.',
  title: 'Colombia halts intelligence sharing',
  outlet: 'Harbor Ledger (sample)',
  published: '2025-11-12',
  url: 'https://example.org/harbor-ledger/x',
  language: 'eng',
  origin: 'demo/x.txt',
  format: 'text',
};

describe('article messages', () => {
  it('round-trips an article, non-ASCII text included', () => {
    const a = { ...article, text: `${article.text} Bogotá dijo «no».` };
    const r = decodeArticle(encodeArticle(a), 'q#S:1');
    expect(r).toEqual({ ok: true, value: a });
  });

  it('reports a body that is not JSON with the message location', () => {
    const r = decodeArticle(new TextEncoder().encode('{"id": "art_1", "te'), 'nats://h#S:7');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0].code).toBe('bad-queue-message');
      expect(r.problems[0].path).toBe('nats://h#S:7');
      expect(r.problems[0].message).toMatch(/not valid UTF-8 JSON/);
    }
  });

  it('refuses an article over the per-article limit, as the readers do', () => {
    const big = { ...article, text: `${article.text} `.repeat(Math.ceil(600_000 / article.text.length)) };
    const r = decodeArticle(encodeArticle(big), 'q#S:9');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ code: 'bad-queue-message', path: 'q#S:9' });
      expect(r.problems[0].message).toContain('500 KB per-article limit');
    }
  });

  it('reports invalid UTF-8', () => {
    const r = decodeArticle(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'q#S:2');
    expect(r.ok).toBe(false);
  });

  it('names each missing or mistyped field', () => {
    const { text: _t, ...noText } = article;
    const r = decodeArticle(new TextEncoder().encode(JSON.stringify({ ...noText, format: 'pdf' })), 'q#S:3');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const paths = r.problems.map((p) => p.path).sort();
      expect(paths).toEqual(['q#S:3#format', 'q#S:3#text']);
    }
  });
});
