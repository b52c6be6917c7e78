import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/text/find-dateline.js';

describe('findDateline', () => {
  it.each([
    ['KAMPALA, Uganda (Reuters) — Soldiers fired...', 'KAMPALA, Uganda'],
    ['LIMA (AP) - Protesters marched...', 'LIMA'],
    ['ADDIS ABABA, Ethiopia — The government said...', 'ADDIS ABABA, Ethiopia'],
    ['QUITO, Oct. 4 (Sample Wire) - Ecuador declared...', 'QUITO'],
    ['PORT MORESBY, Papua New Guinea: Police said...', 'PORT MORESBY, Papua New Guinea'],
  ])('reads %s', (text, place) => {
    const d = findDateline(text);
    expect(d?.place).toBe(place);
    expect(text.slice(d!.placeSpan.start, d!.placeSpan.end)).toBe(place);
    expect(text.slice(d!.end)).toMatch(/^[A-Z]/);
  });

  it('reads a dateline on the line after a title', () => {
    const text = 'Army Ousts President\nNIAMEY, Niger (AFP) — Soldiers seized the palace.';
    expect(findDateline(text)?.place).toBe('NIAMEY, Niger');
  });

  it.each([
    'NATO: allies agree on new spending goal',
    'The army said on Monday — in a statement — that it had withdrawn.',
    'UN - talks resume',
    'Police arrested 12 people in Lima.',
  ])('finds none in %s', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});
