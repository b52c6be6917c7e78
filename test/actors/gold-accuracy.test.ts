import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveActorText } from '../../src/actors/resolve-text.js';

/**
 * Accuracy on the actor gold (`../shared/gold/actors.dev.jsonl`): the share of mentions whose
 * country and sector both agree, as `lapwing eval` scores it. Set ACTORS_VERBOSE=1 to list misses.
 */
const GOLD = '../shared/gold/actors.dev.jsonl';

interface GoldRecord {
  id: string;
  text: string;
  context: string | null;
  date: string | null;
  expect: { country?: string | null; sector?: string | null };
}

describe.skipIf(!existsSync(GOLD))('actor gold', () => {
  it('resolves at least 85% of the dev gold (country and sector)', () => {
    const records = readFileSync(GOLD, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GoldRecord);
    let both = 0;
    let countryOk = 0;
    let countryN = 0;
    let sectorOk = 0;
    let sectorN = 0;
    const misses: string[] = [];
    for (const g of records) {
      const r = resolveActorText({ text: g.text, context: g.context, date: g.date });
      const cGood = !('country' in g.expect) || g.expect.country === r.country;
      const sGood = !('sector' in g.expect) || g.expect.sector === r.sector;
      if ('country' in g.expect) {
        countryN++;
        if (cGood) countryOk++;
      }
      if ('sector' in g.expect) {
        sectorN++;
        if (sGood) sectorOk++;
      }
      if (cGood && sGood) both++;
      else {
        misses.push(
          `${g.id}: ${JSON.stringify(g.text)} expected ${g.expect.country}/${g.expect.sector}, got ${r.country}/${r.sector} [${(r.rules ?? []).join(' ')}]`,
        );
      }
    }
    const acc = both / records.length;
    console.log(
      `actors gold: both ${acc.toFixed(3)}, country ${(countryOk / countryN).toFixed(3)}, sector ${(sectorOk / sectorN).toFixed(3)} (n=${records.length})`,
    );
    if (process.env.ACTORS_VERBOSE) console.log(misses.join('\n'));
    expect(acc).toBeGreaterThanOrEqual(0.85);
  });
});
