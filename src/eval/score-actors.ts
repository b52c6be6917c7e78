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

/** Share of mentions whose country, sector, and both agree with the gold. */
export function scoreActors(gold: GoldActorRecord[], resolve: (r: GoldActorRecord) => ActorRef): ActorScores {
  let c = 0;
  let s = 0;
  let b = 0;
  const errors: ActorScores['errors'] = [];
  for (const g of gold) {
    const got = resolve(g);
    const okC = norm(got.country) === norm(g.expect.country);
    const okS = norm(got.sector) === norm(g.expect.sector);
    if (okC) c++;
    if (okS) s++;
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
  const r = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { records: gold.length, country: r(c), sector: r(s), both: r(b), errors };
}
