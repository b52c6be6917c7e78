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

describe('the date of an act in a datelined report', () => {
  it('takes "on Monday" from the sentence over the day in the dateline', () => {
    const [e] = code(
      'QUITO, Oct. 8 (Sample Wire) — Ecuador expelled the Mexican ambassador on Monday.',
      '2025-10-08',
    );
    expect(e.date).toMatchObject({ from: '2025-10-06', to: '2025-10-06' });
  });

  it('falls back on the publication day when the sentence gives none', () => {
    const [e] = code('QUITO, Oct. 8 (Sample Wire) — Ecuador expelled the Mexican ambassador.', '2025-10-08');
    expect(e.date).toMatchObject({ from: '2025-10-08', to: '2025-10-08' });
  });

  it('keeps a month as a month', () => {
    const events = code('In March, the army arrested 40 opposition activists in Lome.', '2025-06-04');
    expect(events[0].date).toMatchObject({ from: '2025-03-01', to: '2025-03-31', granularity: 'month' });
  });
});

describe('towns the language stage took for names', () => {
  it('places an attack in an inland town', () => {
    const [e] = code(
      'Paramilitary fighters shelled a displacement camp in El Fasher on Monday, killing 12 people.',
      '2025-06-04',
    );
    expect(e.type).toBe('ASSAULT');
    expect(e.location).toMatchObject({ kind: 'city', country: 'SDN' });
    const [f] = code('Israeli strikes killed 20 people in Khan Younis on Monday.', '2025-06-04');
    expect(f.location).toMatchObject({ kind: 'city', country: 'PSE' });
  });
});

describe('a report filed from a regional hub', () => {
  it('places unnamed groups in the country the article is about, not the hub', () => {
    const text =
      "NAIROBI, March 3 - Somali troops and allied clan militias fought al-Shabaab fighters near Jowhar on Monday. Somalia's government said the operation would continue. Police arrested 12 suspects in the town.";
    const ev = code(text, '2025-03-03');
    const arrest = ev.find((e) => e.type === 'COERCE');
    expect(arrest?.actor.country).toBe('SOM');
    expect(arrest?.actor.rules).toContain('article.dateline-hub');
  });

  it('keeps the dateline country when the article names it', () => {
    const ev = code(
      'NAIROBI, March 3 - Kenyan lawmakers debated the bill. Police arrested 12 protesters.',
      '2025-03-03',
    );
    expect(ev.find((e) => e.type === 'COERCE')?.actor.country).toBe('KEN');
  });
});
