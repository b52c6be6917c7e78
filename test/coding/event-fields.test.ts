import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

const TEXT =
  'In March, Chilean troops attacked rebel camps near the border, killing 12 fighters. ' +
  'The government of Peru condemned the attack on Tuesday.';

describe('coded event fields', () => {
  const events = code(TEXT, '2025-04-02');

  it('carries CAMEO, Goldstein, QuadClass and PLOVER fields', () => {
    const a = events.find((e) => e.type === 'ASSAULT');
    expect(a).toBeDefined();
    expect(a).toMatchObject({
      cameo: '190',
      goldstein: -10,
      quad: 4,
      actor: { country: 'CHL', sector: 'MIL' },
    });
    const c = events.find((e) => e.type === 'ACCUSE');
    expect(c).toMatchObject({
      cameo: '111',
      quad: 3,
      mode: 'disapprove',
      actor: { country: 'PER', sector: 'GOV' },
    });
  });

  it('points its evidence span at the article text, inside its sentence', () => {
    for (const e of events) {
      expect(TEXT.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      expect(e.sentenceText).toContain(e.evidence.text);
      expect(e.rules.length).toBeGreaterThan(0);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('dates an event from its sentence, else from the publication date', () => {
    const a = events.find((e) => e.type === 'ASSAULT');
    expect(a?.date?.from).toBe('2025-03-01');
    expect(a?.date?.to).toBe('2025-03-31');
    const c = events.find((e) => e.type === 'ACCUSE');
    expect(c?.date?.from.startsWith('2025-')).toBe(true);
  });

  it('gives the same ids when the same text is coded again', () => {
    const again = code(TEXT, '2025-04-02');
    expect(again.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('keeps the elaborating participle ("killing 12") inside the attack, with its casualties', () => {
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });

  it('carries casualties, the date range and the claim of an alleged attack', () => {
    const ev = code(
      'Since early March, Chadian air strikes on rebel camps have allegedly killed more than 40 people.',
      '2025-05-20',
    );
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.claim).toBe('alleged');
    expect(a?.actor.country).toBe('TCD');
    expect(a?.casualties?.killed?.min).toBe(41);
    expect(a?.date?.from).toBe('2025-03-01');
    expect(a?.date?.to).toBe('2025-05-20');
  });
});
