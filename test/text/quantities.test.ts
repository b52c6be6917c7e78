import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../src/core/records.js';
import { analyze } from './helpers.js';

function q(text: string): Pick<Quantity, 'text' | 'min' | 'max' | 'best' | 'qualifier' | 'unit'>[] {
  return analyze(text).quantities.map(({ text, min, max, best, qualifier, unit }) => ({
    text,
    min,
    max,
    best,
    qualifier,
    unit,
  }));
}

describe('quantities', () => {
  it('reads qualifiers as ranges', () => {
    expect(q('More than 80 people died.')[0]).toEqual({
      text: 'More than 80',
      min: 81,
      max: null,
      best: null,
      qualifier: 'more than',
      unit: 'people',
    });
    expect(q('At least 11 sailors were hurt.')[0]).toMatchObject({
      min: 11,
      max: null,
      qualifier: 'at least',
      unit: 'sailors',
    });
    expect(q('Up to 14 boats sank.')[0]).toMatchObject({
      min: null,
      max: 14,
      qualifier: 'up to',
      unit: 'boats',
    });
    expect(q('About 30 soldiers left.')[0]).toMatchObject({ min: 27, max: 33, best: 30, qualifier: 'about' });
    expect(q('It lasted nearly 30 years.')[0]).toMatchObject({
      min: 27,
      max: 29,
      best: 30,
      qualifier: 'nearly',
      unit: 'years',
    });
    expect(q('Fewer than 5 ships returned.')[0]).toMatchObject({ min: null, max: 4, qualifier: 'less than' });
  });

  it('reads number words, exact counts and the counted noun past adjectives', () => {
    expect(q('Nine Colombian nationals died.')[0]).toEqual({
      text: 'Nine',
      min: 9,
      max: 9,
      best: 9,
      qualifier: null,
      unit: 'nationals',
    });
    expect(q('Police found twenty-five rifles and 1,200 rounds.').map((x) => [x.best, x.unit])).toEqual([
      [25, 'rifles'],
      [1200, 'rounds'],
    ]);
    expect(q('The fund holds 2.5 million dollars.')[0]).toMatchObject({ best: 2_500_000, unit: 'dollars' });
  });

  it('reads vague amounts and ranges', () => {
    expect(q('Dozens of protesters were arrested.')[0]).toMatchObject({
      min: 24,
      max: 99,
      best: null,
      qualifier: 'dozens',
      unit: 'protesters',
    });
    expect(q('Between 5 and 10 fishermen are missing.')[0]).toMatchObject({
      text: 'Between 5 and 10',
      min: 5,
      max: 10,
      qualifier: 'range',
      unit: 'fishermen',
    });
    expect(q('Two or three drones were seen.')[0]).toMatchObject({
      min: 2,
      max: 3,
      qualifier: 'range',
      unit: 'drones',
    });
  });

  it('reads ordinals: "a third strike"', () => {
    const [x] = analyze('The navy carried out a third strike on Friday.').quantities;
    expect(x).toMatchObject({
      text: 'third',
      min: 3,
      max: 3,
      best: 3,
      qualifier: 'ordinal',
      ordinal: true,
      unit: 'strike',
    });
  });

  it('does not count years, clock times, dates or the pronoun "one"', () => {
    expect(q('On Dec 3, 2025 at 06:30 pm, one of the ships left; in 2024 it had stayed.')).toEqual([]);
  });
});
