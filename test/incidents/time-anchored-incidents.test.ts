import { describe, expect, it } from 'vitest';
import { buildIncidents } from '../../src/incidents/build-incidents.js';
import { processArticle } from '../../src/pipeline/pipeline.js';
import { textArticle } from './fixtures.js';

const read = textArticle;

describe('a strike told as background "N days after" another', () => {
  // 2025-06-13 is a Friday.
  const a = read(
    'A navy drone strike on a boat in the Gulf of Aden on Friday killed five people, officials said, three days after another navy raid in the Red Sea killed seven.',
    '2025-06-13',
  );
  const { incidents } = buildIncidents(processArticle(a).events, new Map([[a.id, a]]));
  const violent = incidents.filter((i) => i.casualties.killed?.best);

  it('becomes its own incident on its own day with its own toll', () => {
    const byDay = new Map(violent.map((i) => [i.date.from, i.casualties.killed?.best]));
    expect(byDay.get('2025-06-13')).toBe(5);
    expect(byDay.get('2025-06-10')).toBe(7);
  });
});
