import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { brief, code } from './code-helper.js';

const codes = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('an object named by its owner in a modifier', () => {
  it('takes the demonym of "the American proposal" before a later phrase', () => {
    const ev = code("Sudan's government rejected the American proposal for a ceasefire with the rebels.");
    expect(ev.map(brief)).toEqual(['REJECT SDN>USA asserted']);
    expect(ev[0].rules).toContain('clause.object-modifier');
  });

  it("does not make the actor's own country its target", () => {
    const ev = code('Maduro closed Venezuela’s land borders with Brazil and Colombia.');
    expect(ev.every((e) => e.recipient?.country !== 'VEN')).toBe(true);
  });
});

describe('counterparts', () => {
  it('gives the counterpart the other country and the actor’s office', () => {
    const ev = code('The Kenyan president met his Ugandan counterpart in Kampala.');
    expect(codes(ev)).toEqual(['CONSULT KENGOV>UGAGOV']);
    expect(ev[0].rules).toContain('clause.counterpart-office');
  });

  it('does not lend the counterpart’s country to whoever met them', () => {
    const ev = code('The minister met his Chinese counterpart on Monday to discuss trade.');
    expect(codes(ev)).toEqual(['CONSULT ---GOV>CHNGOV']);
  });
});

describe('conversations', () => {
  it('codes a telephone conversation with a named leader', () => {
    expect(codes(code('Macron spoke with his Ukrainian counterpart by phone.'))).toEqual([
      'CONSULT FRAGOV>UKRGOV',
    ]);
    const ev = code('Erdogan spoke with Putin about the grain deal.');
    expect(codes(ev)).toEqual(['CONSULT TURGOV>RUSGOV']);
    expect(ev[0].cameo).toBe('040');
  });

  it('does not code speaking to the press', () => {
    expect(code('The president spoke to reporters in Nairobi.')).toEqual([]);
    expect(code('The minister spoke with journalists after the meeting.')).toEqual([]);
  });
});

describe('drones launched at a target', () => {
  it('is an attack, with or without a number of drones', () => {
    for (const t of [
      'Russia launched drones at Kharkiv.',
      'Russia launched 40 drones at Kharkiv overnight.',
    ]) {
      expect(code(t).map(brief)).toEqual(['ASSAULT RUS>UKR asserted']);
    }
  });

  it('is not a drone programme or a delivery service', () => {
    expect(code('Iran launched a drone programme in 2010.')).toEqual([]);
    expect(code('The company launched a drone delivery service in Texas.')).toEqual([]);
  });
});

describe('a beating is done to people', () => {
  it('is not a win over a team named after its town', () => {
    expect(code('Real Madrid beat Dortmund in the final.')).toEqual([]);
  });

  it('still codes police beating protesters', () => {
    expect(code('Police beat protesters with batons in Dhaka.').map(brief)).toEqual([
      'ASSAULT BGD>BGD asserted',
    ]);
  });
});
