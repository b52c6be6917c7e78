import { describe, expect, it } from 'vitest';
import { code } from './code-helper.js';

describe('a pronoun as actor', () => {
  it('keeps its own words and names what it stands for', () => {
    const events = code(
      'The Kenyan government said on Monday that it would send 500 police officers to help Haiti.',
    );
    const aid = events.find((e) => e.actor.text === 'it');
    expect(aid?.actor.country).toBe('KEN');
    expect(aid?.actor.refersTo?.text).toMatch(/Kenyan government/);
    expect(aid?.actor.refersTo?.span.start).toBeLessThan(aid!.actor.span!.start);
  });

  it('leaves a named actor without one', () => {
    const [e] = code('Kenyan police arrested 12 protesters in Nairobi on Monday.');
    expect(e.actor.refersTo).toBeUndefined();
  });
});

describe('a subject that names no known actor', () => {
  it('keeps its words as the actor, with no code', () => {
    const events = code('On Monday, a roadside bomb in Mogadishu killed four soldiers.');
    const kill = events.find((e) => e.type === 'ASSAULT');
    expect(kill?.actor.text).toBe('a roadside bomb');
    expect(kill?.actor.code).toBe('---');
    expect(kill?.rules).toContain('clause.unplaced-subject');
  });

  it('takes no words for an act told in the passive without an agent', () => {
    const events = code('Four soldiers were killed in Mogadishu on Monday.');
    for (const e of events) expect(e.rules).not.toContain('clause.unplaced-subject');
  });
});

describe('the agent of a subject that names an event', () => {
  it('acts: "a bombing by X killed"', () => {
    const events = code('A suicide bombing by al-Shabaab killed 12 people in Mogadishu on Friday.');
    const kill = events.find((e) => e.type === 'ASSAULT');
    expect(kill?.actor.text).toMatch(/al-Shabaab/);
    expect(kill?.rules).toContain('clause.subject-by-agent');
  });
});

describe('a surname the article has named', () => {
  it('is that person, not a namesake the knowledge base knows', () => {
    const events = code(
      'A court in Hong Kong jailed the publisher Jimmy Lai on Monday. Lai criticised the verdict and accused the judges of bias.',
    );
    const byLai = events.filter((e) => e.actor.text === 'Lai');
    expect(byLai.length).toBeGreaterThan(0);
    for (const e of byLai) expect(e.actor.country).not.toBe('TWN');
  });
});

describe('a fronted phrase closed by a comma', () => {
  it('is no subject: "Hours later, militants attacked"', () => {
    const [e] = code('Hours later, al-Shabaab militants attacked a Kenyan army base.');
    expect(e?.actor.text).toMatch(/al-Shabaab militants/);
  });

  it('leaves an apposition to its subject', () => {
    const events = code('Ruto, the Kenyan president, condemned the attack on the base.');
    expect(events[0]?.actor.country).toBe('KEN');
  });
});
