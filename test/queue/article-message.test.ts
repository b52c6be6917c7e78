import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/core/ids.js';
import type { Article } from '../../src/core/records.js';
import { decodeArticle, encodeArticle } from '../../src/queue/article-message.js';

const TEXT = 'Colombia suspended intelligence sharing with US agencies on Tuesday.';
const article: Article = {
  id: articleId(TEXT),
  text: TEXT,
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
    const text = `${article.text} Bogotá dijo «no».`;
    const a = { ...article, text, id: articleId(text) };
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

  it('refuses an id that is not the hash of the text, naming both', () => {
    const r = decodeArticle(encodeArticle({ ...article, id: 'art_0000000000000001' }), 'q#S:4');
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'queue-id-mismatch', path: 'q#S:4#id' }] });
    if (!r.ok) expect(r.problems[0].message).toContain(article.id);
  });

  it('holds every field to what a reader would accept', () => {
    const bad = (patch: Record<string, unknown>) => {
      const r = decodeArticle(new TextEncoder().encode(JSON.stringify({ ...article, ...patch })), 'q#S:5');
      return r.ok ? [] : r.problems.map((p) => `${p.code} ${p.path.replace('q#S:5#', '')}`);
    };
    expect(bad({ url: 'javascript:alert(1)' })).toEqual(['bad-queue-message url']);
    expect(bad({ url: 'file:///etc/passwd' })).toEqual(['bad-queue-message url']);
    expect(bad({ published: 'not-a-date' })).toEqual(['bad-queue-message published']);
    expect(bad({ published: '1' })).toEqual(['bad-queue-message published']);
    expect(bad({ language: 'English' })).toEqual(['bad-queue-message language']);
    expect(bad({ outlet: 'x'.repeat(501) })).toEqual(['bad-queue-message outlet']);
    expect(bad({ origin: 'a.txt\nforged line' })).toEqual(['bad-queue-message origin']);
    expect(bad({ id: `art_${'0'.repeat(5000)}` })).toEqual(['bad-queue-message id']);
    expect(bad({ published: '2025-11-12T10:00:00Z' })).toEqual([]);
  });

  it('refuses an oversized body before parsing it', () => {
    const r = decodeArticle(new Uint8Array(9 * 1024 * 1024), 'q#S:6');
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'queue-message-too-large' }] });
  });
});
