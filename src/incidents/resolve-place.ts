import type { Place } from '../core/records.js';

/** Resolves a place name to coordinates and a country. (placeholder) */
export function resolvePlace(_text: string): Place | null {
  return null;
}
