import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

describe('the dateline', () => {
  it('is never an actor, and lends its country to groups named by sector alone', () => {
    const events = code(
      'KAMPALA, Uganda (Sample Wire) — Police fired tear gas at opposition supporters on Monday. The police arrested 30 people.',
    );
    expect(events.map((e) => e.actor.text)).not.toContain('KAMPALA');
    const assault = events.find((e) => e.type === 'ASSAULT');
    expect(assault?.actor.code).toBe('UGACOP');
    expect(assault?.actor.rules).toContain('article.dateline');
    const arrest = events.find((e) => e.cameo.startsWith('173'));
    expect(arrest?.recipient?.country).toBe('UGA');
  });

  it('does not override a country the sentence gives', () => {
    const events = code(
      'KAMPALA, Uganda (Sample Wire) — Kenyan police fired tear gas at protesters in Nairobi.',
    );
    expect(events.find((e) => e.type === 'ASSAULT')?.actor.country).toBe('KEN');
  });
});
