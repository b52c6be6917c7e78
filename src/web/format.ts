import type { CasualtyRange, EventActor } from '../core/records.js';

/** `12`, `12–15`, `≥ 81`, or `?` for a count as a range. */
export function rangeText(
  low: number | null | undefined,
  best: number | null | undefined,
  high: number | null | undefined,
): string {
  if (low == null && best == null && high == null) return '?';
  if (low != null && high != null && low === high) return String(low);
  const mid = best != null ? ` (best ${best})` : '';
  if (low != null && high != null) return `${low}–${high}${mid}`;
  if (low != null) return `≥ ${low}${mid}`;
  if (high != null) return `≤ ${high}${mid}`;
  return String(best);
}

/** A casualty figure as the source gave it. */
export function figureText(r: CasualtyRange | undefined): string {
  if (!r) return '';
  return `${rangeText(r.min, r.best, r.max)} killed (“${r.phrase}”)`;
}

/** `COLGOV Gustavo Petro`. */
export function actorText(a: EventActor | { code: string; name: string } | null | undefined): string {
  if (!a) return '—';
  return a.name && a.name !== a.code ? `${a.code} ${a.name}` : a.code;
}

/** The day of an ISO date-time. */
export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** `1 campaign`, `2 campaigns`: a count with its noun, singular for one. */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}
