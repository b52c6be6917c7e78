import type { CampaignKilled, Incident } from '../core/records.js';

/** The killed low, best and high of one incident, with its missing presumed dead in the high. */
export function incidentKilled(i: Incident): { low: number; best: number; high: number; missing: number } {
  const k = i.casualties.killed;
  const low = k?.low ?? k?.best ?? 0;
  const best = k?.best ?? k?.low ?? 0;
  const m = i.casualties.missing;
  const missing = m?.best ?? m?.high ?? m?.low ?? 0;
  // A source that later counts the missing among the dead has already raised the high; the
  // missing only add to what the best figure leaves out.
  const high = Math.max(k?.high ?? best, best + missing);
  return { low, best, high, missing };
}

/**
 * The killed total of a set of incidents as a range, the way UCDP GED keeps low, best and high
 * estimates: the sums of the incidents' low, best and high figures, where the high also counts
 * people missing after a strike (survivors lost at sea are presumed dead by later tallies).
 */
export function campaignFigure(incidents: Incident[]): CampaignKilled {
  const out: CampaignKilled = { low: 0, best: 0, high: 0, incidents: 0, missing: 0 };
  for (const i of incidents) {
    const k = incidentKilled(i);
    out.low += k.low;
    out.best += k.best;
    out.high += k.high;
    out.missing += k.missing;
    out.incidents++;
  }
  return out;
}
