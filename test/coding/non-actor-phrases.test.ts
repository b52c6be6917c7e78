import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { brief, code } from './code-helper.js';

/** Every actor and recipient text of the events. */
function roleTexts(ev: CodedEvent[]): string[] {
  return ev.flatMap((e) => [e.actor.text, e.recipient?.text ?? '']).filter(Boolean);
}

describe('time expressions are not actors', () => {
  it('passes over a date before the subject', () => {
    const ev = code('Since March 4, Brazil has carried out nine raids on mining camps.', '2025-03-20');
    expect(ev.map(brief)).toEqual(['ASSAULT BRA>- asserted']);
    expect(ev[0].actor.text).toBe('Brazil');
  });

  it('does not take a weekday after the object as the target', () => {
    const ev = code(
      'Kenyan troops attacked a convoy near the border on Tuesday, killing five people.',
      '2025-03-20',
    );
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(e.actor.country).toBe('KEN');
    expect(roleTexts(ev).some((t) => /tuesday/i.test(t))).toBe(false);
  });

  it('gives a possessive day ("Friday\'s bombing") no actor', () => {
    const ev = code("Friday's bombing raised the toll to 40, according to the Iraqi army.", '2025-03-20');
    expect(roleTexts(ev).some((t) => /friday/i.test(t))).toBe(false);
  });

  it('codes a dated attack no one is named for with an unknown actor', () => {
    const ev = code("The ministry said Monday's raid raised the toll to twelve.", '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.actor.code).toBe('---');
    expect(a?.rules).toContain('clause.dated-nominal');
  });

  it('does not read "Late" before a date as a name', () => {
    const ev = code('Late on Monday the rebels attacked a police post.', '2025-03-20');
    expect(roleTexts(ev)).not.toContain('Late');
    expect(ev.some((e) => e.actor.sector === 'REB')).toBe(true);
  });
});

describe('platforms and media are not targets', () => {
  it('reads "on Telegram" after "announced" as where it was said', () => {
    const ev = code(
      'The prime minister announced the raid on Telegram three hours after it ended.',
      '2025-03-20',
    );
    expect(roleTexts(ev).some((t) => /telegram|hours/i.test(t))).toBe(false);
  });

  it('reads "in a post on X" as a medium', () => {
    const ev = code("Israel's defence minister announced the strike in a post on X.", '2025-03-20');
    expect(ev.some((e) => e.recipient?.text.startsWith('X'))).toBe(false);
  });

  it('keeps a country after "announced ... on" as the target', () => {
    const ev = code('The president announced sanctions on Venezuela.', '2025-03-20');
    expect(ev.some((e) => e.type === 'SANCTION' && e.recipient?.country === 'VEN')).toBe(true);
  });
});

describe('seas and regions are where, not who', () => {
  it('does not make a sea the target of an attack in it', () => {
    const ev = code('The navy said its ships had shelled a vessel in the Black Sea.', '2025-03-20');
    expect(roleTexts(ev).some((t) => /black sea/i.test(t))).toBe(false);
  });

  it('does not code a sea that borrowed a country as unidentified forces', () => {
    const ev = code(
      "Peru's defence minister said on Monday that a strike had killed four people aboard a boat in the Eastern Pacific.",
      '2025-03-20',
    );
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(e.actor.text).not.toMatch(/pacific/i);
  });

  it('still lets a capital stand for its government', () => {
    const ev = code('Ankara rejected the demand from Athens.', '2025-03-20');
    expect(ev[0]?.actor.code).toBe('TURGOV');
  });
});

describe('counts and activities are not actors', () => {
  it('does not make "the number of people killed" an actor', () => {
    const ev = code(
      'The raid raised the number of people killed in the border fighting to 40.',
      '2025-03-20',
    );
    expect(roleTexts(ev).some((t) => /number/i.test(t))).toBe(false);
  });

  it('keeps "a number of activists": several people, not a figure', () => {
    const ev = code('Police in Kathmandu arrested a number of activists.', '2025-03-20');
    expect(ev.some((e) => e.recipient?.sector === 'HRI')).toBe(true);
  });

  it('does not read a campaign as a party, unless a named person runs it', () => {
    const ev = code("Thailand's government condemned the campaign.", '2025-03-20');
    expect(ev.map(brief)).toEqual(['ACCUSE THA>- asserted']);
    const named = code('The Obama campaign criticised the decision.', '2025-03-20');
    expect(named[0]?.actor.code).toBe('USAPTY');
  });

  it('does not make a named operation a recipient', () => {
    const ev = code(
      'The toll of the navy raids in Operation Iron Shield reached 30 when Chile attacked.',
      '2025-03-20',
    );
    expect(roleTexts(ev).some((t) => /operation/i.test(t))).toBe(false);
  });

  it('keeps a country that owns an effort ("Turkey\'s efforts")', () => {
    const ev = code("Spain will support Morocco's efforts to join the trade bloc.", '2025-03-20');
    expect(ev.some((e) => e.recipient?.country === 'MAR')).toBe(true);
  });
});

describe("victims do not inherit the attacker's country", () => {
  it('leaves unnamed victims of a foreign force without a country', () => {
    const ev = code('Russian forces killed seven people in a strike on a ferry.', '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.actor.country).toBe('RUS');
    expect(a?.recipient?.code).toBe('---CVL');
  });

  it("keeps a country the victims' own words give", () => {
    const ev = code('Indian troops killed two Pakistani fishermen near the border.', '2025-03-20');
    expect(ev.map(brief)).toContain('ASSAULT IND>PAK asserted');
  });

  it('does not read a country that modifies the attack as the place of the victims', () => {
    const ev = code('Nine people were killed in Russian strikes on the port.', '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.recipient?.code).toBe('---CVL');
  });

  it('gives victims the country of the owner inside their phrase', () => {
    const ev = code('President Erdogan said Syrian troops had killed members of his family.', '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.recipient?.country).toBe('TUR');
  });

  it('keeps the country of the place the sentence names', () => {
    const ev = code('Police in Cairo killed five protesters.', '2025-03-20');
    expect(ev.map(brief)).toContain('ASSAULT EGY>EGY asserted');
  });
});

describe('who reported an attack is not who carried it out', () => {
  it('makes the announcer of a strike its source, not its actor', () => {
    const ev = code("Israel's defence minister announced the attack on X.", '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a).toBeDefined();
    expect(a!.actor.sector).not.toBe('GOV');
    expect(a!.claim).toBe('attributed');
    expect(a!.claimSource?.code).toBe('ISRGOV');
    expect(a!.rules).toContain('clause.reported-attack');
  });

  it("takes the attacker from the attack's own phrase", () => {
    const ev = code('The president announced a French strike on a militant camp.', '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.actor.country).toBe('FRA');
    expect(a?.actor.sector).toBeNull();
  });

  it('does not make the speaker the killer of "those killed"', () => {
    const ev = code('The interior ministry says those killed were smugglers.', '2025-03-20');
    expect(ev.some((e) => e.type === 'ASSAULT')).toBe(true);
    for (const e of ev.filter((x) => x.type === 'ASSAULT')) {
      expect(e.actor.sector).not.toBe('GOV');
      expect(e.rules).toContain('clause.reduced-passive');
    }
    const active = code('Rebels killed five soldiers near the border.', '2025-03-20');
    const a = active.find((e) => e.type === 'ASSAULT');
    expect(a?.actor.sector).toBe('REB');
    expect(a?.recipient?.sector).toBe('MIL');
  });

  it('lets an armed force announce its own attack', () => {
    const ev = code('The army announced an attack on rebel positions.', '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.actor.sector).toBe('MIL');
    expect(a?.recipient?.sector).toBe('REB');
    expect(a?.claim).toBe('attributed');
  });

  it('gives ", killing N" the subject of the reported strike, not of the reporter', () => {
    const ev = code(
      "Israel's defence minister said that Israeli jets had struck a depot in Lebanon, killing three people.",
      '2025-03-20',
    );
    const assaults = ev.filter((e) => e.type === 'ASSAULT');
    expect(assaults.length).toBeGreaterThan(0);
    for (const e of assaults) expect(e.actor.sector).not.toBe('GOV');
  });
});

describe('pronouns follow their antecedent', () => {
  it('resolves "it" in a reported strike to the body that said it', () => {
    const ev = code('The Pentagon said on Monday that it had struck a boat.', '2025-03-20');
    const a = ev.find((e) => e.type === 'ASSAULT');
    expect(a?.actor.text).toBe('it');
    expect(a?.actor.code).toBe('USAMIL');
  });

  it('resolves "he" across sentences', () => {
    const ev = code('President Gustavo Petro spoke in Bogota. He condemned Ecuador.', '2025-03-20');
    expect(ev.map(brief)).toContain('ACCUSE COL>ECU asserted');
  });
});
