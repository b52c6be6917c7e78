import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/records.js';
import { code } from './code-helper.js';

const cameos = (ev: CodedEvent[]) => ev.map((e) => `${e.type} ${e.cameo} ${e.actor.code}>${e.recipient?.code ?? '-'}`);

describe('mediation', () => {
  it('is consultation when it is done, the intent to mediate when it is offered or to come', () => {
    expect(cameos(code('Oman has been mediating between Iran and the United States since April.'))).toEqual([
      'CONSULT 045 OMN>IRN',
      'CONSULT 045 OMN>USA',
    ]);
    expect(cameos(code('Brazil offered to mediate between Venezuela and Guyana.'))).toEqual([
      'AGREE 039 BRA>VEN',
      'AGREE 039 BRA>GUY',
    ]);
    const future = code('Kenya will mediate between Ethiopia and Somalia next month.');
    expect(cameos(future)).toEqual(['AGREE 039 KEN>ETH', 'AGREE 039 KEN>SOM']);
    expect(future.map((e) => e.claim)).toEqual(['future', 'future']);
  });
});
