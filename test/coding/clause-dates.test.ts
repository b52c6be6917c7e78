import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

describe('one clause, one date', () => {
  it("does not lend one clause's month to another clause's act", () => {
    const events = code(
      'In April, soldiers arrested 30 students, and on Monday police detained two reporters.',
      '2025-06-04',
    );
    expect(events.map((e) => e.date?.from)).toEqual(['2025-04-01', '2025-06-02']);
  });

  it('does not date an undated clause by a later coordinate clause', () => {
    const events = code(
      'Soldiers arrested 30 students in the capital, and in April police detained two reporters.',
      '2025-06-04',
    );
    expect(events.map((e) => [e.cameo.slice(0, 2), e.date?.from, e.date?.granularity])).toEqual([
      ['17', '2025-06-04', 'day'],
      ['17', '2025-04-01', 'month'],
    ]);
  });

  it('dates the reported act, not the report, when both are told', () => {
    const [e] = code('The army said on Friday that troops killed 12 rebels in April.', '2025-06-04');
    expect(e.date).toMatchObject({ from: '2025-04-01', to: '2025-04-30', granularity: 'month' });
  });

  it('dates a reported act without a date of its own by its report', () => {
    const [e] = code('The army said on Friday that troops killed 12 rebels near the border.', '2025-06-04');
    expect(e.date).toMatchObject({ from: '2025-05-30', to: '2025-05-30' });
  });

  it('dates an act by the closing attribution when its own clause has no date', () => {
    const [e] = code('Troops killed 12 rebels near the border, the army said on Friday.', '2025-06-04');
    expect(e.date).toMatchObject({ from: '2025-05-30', to: '2025-05-30' });
  });

  it('lets an "and"-clause sharing the subject keep the first clause\'s date', () => {
    const events = code(
      'On Tuesday, police arrested 12 protesters and detained three journalists in Kampala.',
      '2025-06-06',
    );
    expect(events.length).toBeGreaterThanOrEqual(1);
    for (const e of events) expect(e.date?.from).toBe('2025-06-03');
  });
});

describe('an adverbial clause with a subject of its own', () => {
  it("does not lend the main clause's actor to its act", () => {
    const events = code(
      'Ugandan troops shelled rebel camps on Friday after clashes near the border killed nine villagers.',
    );
    const kills = events.filter((e) => e.cameo === '190' && /kill/.test(e.evidence.text));
    for (const k of kills) expect(k.actor.country).not.toBe('UGA');
  });
});
