import { describe, expect, it } from 'vitest';
import { knowledge, roleAt } from '../../src/actors/knowledge.js';

const day = (d: string | undefined, end: boolean) =>
  !d ? (end ? '9999-12-31' : '0000-01-01') : d.length === 4 ? `${d}${end ? '-12-31' : '-01-01'}` : d;

describe('the built knowledge base under the curated entries', () => {
  const k = knowledge();
  const curated = k.entities.filter((e) => !e.id.includes('.kb.') && !e.id.startsWith('user.'));

  it('loads tens of thousands of entities with their sources', () => {
    expect(k.built!.size).toBeGreaterThan(40_000);
    const sources = new Set([...k.built!.all()].flatMap((e) => e.roles.map((r) => r.source)));
    expect([...sources].sort()).toEqual(
      ['ifg-ministers', 'party-facts', 'phoenix', 'ucdp-actor', 'us-congress', 'wikidata-holders'].sort(),
    );
  });

  it('never lets a built role run in a period a curated role of the same entity covers', () => {
    let added = 0;
    for (const e of curated) {
      const own = e.roles.filter((r) => !r.source);
      for (const r of e.roles.filter((x) => x.source)) {
        added++;
        for (const c of own) {
          const overlap = day(r.from, false) <= day(c.to, true) && day(c.from, false) <= day(r.to, true);
          expect(overlap, `${e.id} ${JSON.stringify(r)} overlaps ${JSON.stringify(c)}`).toBe(false);
        }
      }
    }
    expect(added).toBeGreaterThan(100);
  });

  it('dates the years before a curated office with the older sources', () => {
    const bush = curated.find((e) => e.names.includes('George W. Bush'))!;
    expect(roleAt(bush, '1998-06-01')).toMatchObject({ how: 'active', role: { source: 'wikidata-holders' } });
    expect(roleAt(bush, '2005-06-01')).toMatchObject({
      how: 'active',
      role: { code: 'USAGOV', primary: true },
    });
  });
});
