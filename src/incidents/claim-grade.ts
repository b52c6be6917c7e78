import type { ClaimGrade } from '../core/records.js';
import { pointOf } from './count-range.js';
import type { EventFeatures } from './event-features.js';

/** Sectors that speak for a state: its government, military, police or intelligence. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'EXE', 'LEG']);

/** Whether the event is told on the word of the side that did it ("Hegseth said the military struck"). */
export function acknowledgedByActor(f: EventFeatures, actorCountry: string | null): boolean {
  const src = f.event.claimSource;
  if (!src || !actorCountry || src.country !== actorCountry) return false;
  return src.sector === null || STATE_SECTORS.has(src.sector);
}

/**
 * Airwars-style grade. Contested: a source denies it, or the sources' killed figures differ by
 * more than a fifth. Confirmed: the acting side acknowledged it. Fair: two or more independent
 * outlets. Weak: one outlet.
 */
export function gradeIncident(members: EventFeatures[], actorCountry: string | null): ClaimGrade {
  if (members.some((m) => m.event.claim === 'denied')) return 'contested';
  const points = members
    .map((m) => (m.killed ? pointOf(m.killed) : null))
    .filter((x): x is number => x !== null);
  if (points.length >= 2) {
    const lo = Math.min(...points);
    const hi = Math.max(...points);
    if (hi - lo > Math.max(1, 0.2 * hi)) return 'contested';
  }
  if (members.some((m) => acknowledgedByActor(m, actorCountry))) return 'confirmed';
  const outlets = new Set(members.map((m) => m.article?.outlet?.trim().toLowerCase() || m.event.articleId));
  return outlets.size >= 2 ? 'fair' : 'weak';
}
