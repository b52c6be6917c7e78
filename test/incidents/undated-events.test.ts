import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/records.js';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { article, day, strike } from './fixtures.js';

/** An article with no publication date: nothing places its undated events in time. */
function undated(id: string, outlet: string): Article {
  return { ...article(id, outlet, '2025-01-01'), published: null };
}

describe('events with no date at all (no event date, no publication date)', () => {
  const a = undated('undated-a', 'Sample Wire');
  const b = undated('undated-b', 'Example Times');
  const c = undated('undated-c', 'Demo Daily');
  const events = [
    strike(a.id, 0, 'US forces struck a boat, killing three people aboard.'),
    strike(b.id, 1, 'The American military destroyed a vessel, killing three men.'),
    strike(c.id, 4, 'A strike on a speedboat killed three people, officials said.'),
  ];
  const all = new Map([a, b, c].map((x) => [x.id, x]));

  it('never cluster together across articles', () => {
    const { incidents } = buildIncidents(events, all);
    expect(incidents).toHaveLength(3);
    for (const i of incidents) expect(new Set(i.sources.map((s) => s.articleId)).size).toBe(1);
  });

  it('do not join another article dated incident either', () => {
    const dated = article('dated-d', 'Demo Daily', '2025-03-06');
    const datedEvent = strike(dated.id, 0, 'US forces struck a boat on Tuesday, killing three people.', {
      date: day('2025-03-04'),
    });
    const { incidents } = buildIncidents([datedEvent, ...events], new Map([...all, [dated.id, dated]]));
    const datedIncident = incidents.find((i) => i.date.from === '2025-03-04');
    expect(datedIncident?.sources.map((s) => s.articleId)).toEqual([dated.id]);
  });

  it('still merge two tellings of one strike within their own article', () => {
    const own = undated('undated-own', 'Sample Wire');
    const { incidents } = buildIncidents(
      [
        strike(own.id, 0, 'US forces struck a boat, killing three people.'),
        strike(own.id, 3, 'The strike killed three people, the Pentagon said.'),
      ],
      new Map([[own.id, own]]),
    );
    expect(incidents).toHaveLength(1);
    expect(incidents[0].sources).toHaveLength(2);
  });
});
