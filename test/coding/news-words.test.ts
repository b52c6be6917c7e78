import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { code } from './code-helper.js';

const codes = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('an event noun that modifies another noun', () => {
  it('is a person or group, not the act', () => {
    expect(code("Venezuela's opposition leader left the country on Sunday.")).toEqual([]);
    expect(code("Turkey's opposition party won the vote in Istanbul.")).toEqual([]);
    expect(code("Britain's protest movement grew after the arrests.")).toEqual([]);
  });

  it('is still the act when it heads its phrase', () => {
    expect(codes(code("Venezuela's opposition to the plan was clear."))).toEqual(['REJECT VEN>-']);
  });
});

describe('a liberty', () => {
  it('names no party in its "to" or "of" phrase', () => {
    const ev = code(
      'The European Union condemned the violence and urged Georgian authorities to respect the right to peaceful assembly.',
    );
    expect(codes(ev)).toEqual(['ACCUSE IGOEUR>-', 'REQUEST IGOEUR>GEOGOV']);
    const bare = code('Rights groups urged Moscow to guarantee freedom of assembly.');
    expect(bare.map((e) => e.recipient?.code)).toEqual(['RUSGOV']);
  });

  it('allows an act that is not done', () => {
    const ev = code('The court upheld the right of protesters to march.');
    expect(ev.filter((e) => e.type === 'PROTEST').map((e) => e.claim)).toEqual(['hypothetical']);
    expect(code('Dockers went on strike on Monday.').map((e) => e.claim)).toEqual(['asserted']);
  });
});

describe('a warning', () => {
  it('is a demand only with an infinitive or an obligation after it', () => {
    expect(
      code('The health agency warned that the outbreak could spread to neighbouring countries.'),
    ).toEqual([]);
    expect(codes(code('The minister warned the strikers to leave the square.'))).toEqual([
      'REQUEST ---GOV>---LAB',
    ]);
  });
});

describe('a capture after a perfect auxiliary', () => {
  it('reads a participle the tagger took for a noun', () => {
    const ev = code("Sudan's army said on Sunday it had retaken the presidential palace in Khartoum.");
    expect(ev.map((e) => `${e.type} ${e.actor.code}`)).toEqual(['ASSAULT SDNMIL']);
  });

  it('does not take goods seized at a port for a captured place', () => {
    expect(code('Customs officers seized cocaine at the port of Antwerp.').map((e) => e.type)).not.toContain(
      'ASSAULT',
    );
  });
});
