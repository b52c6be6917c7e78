import type { ActorRef } from '../core/records.js';
import type { GoldActorRecord } from './gold-schema.js';

/** Accuracy of actor resolution against actor gold. */
export interface ActorScores {
  records: number;
  country: number;
  sector: number;
  both: number;
  errors: { id: string; text: string; expected: string; got: string }[];
}

function norm(x: string | null | undefined): string | null {
  return x ? x.toUpperCase() : null;
}

/**
 * Share of mentions whose country, sector, and both agree with the gold, as ../shared/gold/README
 * scores actors: a case is right when country and sector both agree, and a key the gold record
 * leaves out expects none (`{"country": "EGY"}` is Egypt without a sector). The country and sector
 * figures are over the records that give that key.
 */
export function scoreActors(gold: GoldActorRecord[], resolve: (r: GoldActorRecord) => ActorRef): ActorScores {
  let c = 0;
  let s = 0;
  let b = 0;
  let nc = 0;
  let ns = 0;
  const errors: ActorScores['errors'] = [];
  for (const g of gold) {
    const got = resolve(g);
    const hasC = g.expect.country !== undefined;
    const hasS = g.expect.sector !== undefined;
    const okC = norm(got.country) === norm(g.expect.country ?? null);
    const okS = norm(got.sector) === norm(g.expect.sector ?? null);
    if (hasC) nc++;
    if (hasS) ns++;
    if (hasC && okC) c++;
    if (hasS && okS) s++;
    if (okC && okS) b++;
    else
      errors.push({
        id: g.id,
        text: g.text,
        expected: `${g.expect.country ?? '-'}/${g.expect.sector ?? '-'}`,
        got: `${got.country ?? '-'}/${got.sector ?? '-'} (${got.code})`,
      });
  }
  const n = gold.length || 1;
  const r = (x: number, d: number) => Math.round((x / (d || 1)) * 1000) / 1000;
  return { records: gold.length, country: r(c, nc), sector: r(s, ns), both: r(b, n), errors };
}
