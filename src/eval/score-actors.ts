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
  let nc = 0;
  let ns = 0;
  const errors: ActorScores['errors'] = [];
  for (const g of gold) {
    const got = resolve(g);
    // A key the gold leaves out is not scored (some records give only a country or a sector).
    const hasC = g.expect.country !== undefined;
    const hasS = g.expect.sector !== undefined;
    const okC = !hasC || norm(got.country) === norm(g.expect.country);
    const okS = !hasS || norm(got.sector) === norm(g.expect.sector);
    if (hasC) nc++;
    if (hasS) ns++;
    if (hasC && okC) c++;
    if (hasS && okS) s++;
    if (okC && okS) b++;
    else
      errors.push({
        id: g.id,
        text: g.text,
        expected: `${g.expect.country === undefined ? '(any)' : (g.expect.country ?? '-')}/${g.expect.sector === undefined ? '(any)' : (g.expect.sector ?? '-')}`,
        got: `${got.country ?? '-'}/${got.sector ?? '-'} (${got.code})`,
      });
  }
  const n = gold.length || 1;
  const r = (x: number, d: number) => Math.round((x / (d || 1)) * 1000) / 1000;
  return { records: gold.length, country: r(c, nc), sector: r(s, ns), both: r(b, n), errors };
}
