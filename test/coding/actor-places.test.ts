import { describe, expect, it } from 'vitest';
import { brief, code } from './code-helper.js';

describe('places are not actors', () => {
  it('takes the subject of "N in PLACE that killed" from the head noun, not the place', () => {
    const ev = code('Hezbollah condemned Israeli airstrikes in the Mediterranean that killed four sailors.');
    const assault = ev.filter((e) => e.type === 'ASSAULT');
    expect(assault.length).toBeGreaterThan(0);
    for (const e of assault) expect(e.actor.country).toBe('ISR');
  });

  it('passes over a city after the event noun ("near Aleppo that killed")', () => {
    const ev = code('Turkish artillery fire near Aleppo that killed nine civilians drew protests.');
    const assault = ev.filter((e) => e.type === 'ASSAULT' && e.recipient);
    expect(assault.map(brief)).toContain('ASSAULT TUR>SYR asserted');
    expect(ev.some((e) => e.actor.text.includes('Aleppo'))).toBe(false);
  });

  it('keeps a town as the target of a passive attack', () => {
    const ev = code('Aleppo was shelled by Syrian forces.');
    expect(ev.map(brief)).toEqual(['ASSAULT SYR>SYR asserted']);
    expect(ev[0].recipient?.text).toBe('Aleppo');
  });

  it('lets a capital stand for its government', () => {
    const ev = code('Moscow condemned Ukraine.');
    expect(ev.map(brief)).toEqual(['ACCUSE RUS>UKR asserted']);
    expect(ev[0].actor.sector).toBe('GOV');
  });

  it('does not give an international body the country it works in', () => {
    const ev = code('Red Cross officials in Baghdad condemned Iraqi police.');
    expect(ev).toHaveLength(1);
    expect(ev[0].actor.country).not.toBe('IRQ');
    expect(ev[0].recipient?.code).toBe('IRQCOP');
  });
});

describe('reactions', () => {
  it('aims a reaction at the actor of the clause that caused it, across coordinated adjectives', () => {
    const ev = code('Peru sent troops to the border, provoking a swift and angry rejection from Santiago.');
    const rej = ev.filter((e) => e.type === 'REJECT');
    expect(rej.map(brief)).toEqual(['REJECT CHL>PER asserted']);
    expect(rej[0].rules).toContain('clause.reaction');
  });
});

describe('inquiries', () => {
  it('aims an inquiry into a report at whom the report is about', () => {
    for (const text of [
      'Kenyan lawmakers are investigating claims that Ugandan soldiers looted shops.',
      'Kenyan lawmakers are investigating reports that said Ugandan soldiers looted shops.',
    ]) {
      const inq = code(text).filter((e) => e.cameo === '090');
      expect(inq.map(brief)).toEqual(['ACCUSE KEN>UGA asserted']);
      expect(inq[0].recipient?.sector).toBe('MIL');
    }
  });
});

describe('targets of a threat spoken by the reporter', () => {
  it('takes the target from a participle naming it, not from a place the subject passes through', () => {
    const named = code(
      'Modi warned that any group smuggling arms into India could be subject to attack, pointedly singling out Pakistan.',
    );
    expect(named.map(brief)).toEqual(['THREATEN IND>PAK attributed']);
    const bare = code('Modi warned that any group smuggling arms into India could be subject to attack.');
    expect(bare).toHaveLength(1);
    expect(bare[0].recipient).toBeNull();
  });
});

describe('whose is a phrase', () => {
  it('takes the country of a possessive pronoun over the country the sentence suggests', () => {
    const ev = code(
      'The Brazilian government imposed sanctions on President Maduro, his family and a senior Cabinet official.',
    );
    const codes = ev.map((e) => e.recipient?.code);
    expect(codes).toContain('VENCVL');
    expect(ev.every((e) => e.recipient?.country === 'VEN')).toBe(true);
  });
});

describe('subjects across an aside', () => {
  it('takes the actor of an event-noun subject over a participial aside', () => {
    const ev = code(
      'Recent Turkish drone strikes, occurring almost every week, have killed at least nine Syrian soldiers.',
    );
    expect(ev.map(brief)).toEqual(['ASSAULT TUR>SYR asserted']);
  });
});

describe('restrictions on a place', () => {
  it("aims a curfew, and its lifting, at the people of the place, even in the actor's own country", () => {
    const imposed = code('President Ruto imposed a dusk-to-dawn curfew in Mombasa after days of looting.');
    expect(imposed.map(brief)).toEqual(['COERCE KEN>KEN asserted']);
    expect(imposed[0].recipient?.sector).toBeNull();
    const lifted = code('Kenya lifted the night curfew in Nairobi on Friday.');
    expect(lifted.map(brief)).toEqual(['CONCEDE KEN>KEN asserted']);
    const threatened = code('The Algerian president threatened to impose a curfew in Algiers.');
    expect(threatened.map(brief)).toEqual(['THREATEN DZA>DZA asserted']);
    expect(threatened[0].cameo).toBe('132');
    expect(threatened[0].recipient?.sector).toBeNull();
  });
});

describe('attacks by no one named', () => {
  it('codes unidentified forces of the country where the attack happened', () => {
    const ev = code('Four soldiers were killed by a roadside bomb in Kenya.');
    expect(ev).toHaveLength(1);
    expect(ev[0].actor.code).toBe('KENUAF');
    expect(ev[0].rules).toContain('actor.unidentified-by-place');
  });

  it('keeps a named attacker', () => {
    const ev = code('Rebels attacked a village in Kenya.');
    expect(ev[0].rules).not.toContain('actor.unidentified-by-place');
    expect(ev[0].actor.sector).toBe('REB');
  });
});

describe('protest targets', () => {
  it('aims a protest "in defiance of" someone at them', () => {
    const ev = code('Students marched on Sunday in defiance of Chinese authorities.');
    const p = ev.filter((e) => e.type === 'PROTEST');
    expect(p).toHaveLength(1);
    expect(p[0].recipient?.code).toBe('CHNGOV');
  });
});
