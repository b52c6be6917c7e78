import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit-codes.js';
import { parseDateOption, parseEventFilter, parseLimit } from '../../src/cli/filter-options.js';
import { renderTable } from '../../src/cli/format-table.js';

describe('event filter flags', () => {
  it('turn into an EventFilter', () => {
    expect(
      parseEventFilter({
        actor: 'USAGOV',
        dyad: 'usa, col',
        type: 'assault',
        cameoRoot: '9',
        claim: 'asserted,attributed',
        from: '2025-09',
        to: '2025',
        place: 'Caribbean',
        text: 'boat',
      }),
    ).toEqual({
      actor: 'USAGOV',
      dyad: ['USA', 'COL'],
      type: 'ASSAULT',
      cameoRoot: '09',
      claim: ['asserted', 'attributed'],
      from: '2025-09-01',
      to: '2025-12-31',
      place: 'Caribbean',
      text: 'boat',
    });
    expect(parseEventFilter({ claim: 'all' }).claim).toHaveLength(7);
    expect(parseDateOption('2024-02', '--to', true)).toBe('2024-02-29');
  });

  it('reject malformed values with a usage error naming the flag', () => {
    const bad: [Record<string, string>, string][] = [
      [{ dyad: 'USA' }, '--dyad'],
      [{ cameoRoot: '21' }, '--cameo-root'],
      [{ claim: 'maybe' }, '--claim'],
      [{ from: '2025-02-30' }, '--from'],
      [{ to: 'yesterday' }, '--to'],
      [{ from: '2025-10-01', to: '2025-09-01' }, 'is after'],
    ];
    for (const [flags, text] of bad) {
      expect(() => parseEventFilter(flags)).toThrow(UsageError);
      expect(() => parseEventFilter(flags)).toThrow(text);
    }
    expect(() => parseLimit('0', 20)).toThrow('--limit');
    expect(() => parseLimit('2.5', 20)).toThrow(UsageError);
    expect(parseLimit(undefined, 20)).toBe(20);
  });
});

describe('text tables', () => {
  it('align columns and clip the flexible one to the width', () => {
    const rows = [
      { a: 'x', b: 'a long piece of evidence text that will not fit' },
      { a: 'yyyy', b: 'short' },
    ];
    const out = renderTable(
      rows,
      [
        { header: 'a', value: (r) => r.a },
        { header: 'evidence', value: (r) => r.b, flex: true },
      ],
      30,
    ).split('\n');
    expect(out[0]).toBe('a     evidence');
    expect(out[2]).toBe('x     a long piece of evidenc…');
    expect(out[2]).toHaveLength(30);
    expect(out[3]).toBe('yyyy  short');
  });
});
