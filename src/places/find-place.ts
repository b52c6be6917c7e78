import type { Place } from '../core/records.js';
import { foldName } from './fold-name.js';
import { loadAreas } from './place-data.js';
import { resolvePlace } from './resolve-place.js';

let areaPattern: RegExp | null = null;

/** One regex over every sea and region name and alias, longest first so "Caribbean Sea" beats "Caribbean". */
function areaRegex(): RegExp {
  if (areaPattern) return areaPattern;
  const names = new Set<string>();
  for (const a of loadAreas()) for (const n of [a.name, ...a.aliases]) names.add(n.replace(/^the\s+/i, ''));
  const alts = [...names]
    .sort((x, y) => y.length - x.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  areaPattern = new RegExp(`\\b(?:${alts.join('|')})\\b`, 'gi');
  return areaPattern;
}

/**
 * Finds where a sentence places its event when the coder gave no location: the first sea or
 * region named, else a country or city after "off (the coast of)", "near" or "in ... waters".
 * Countries named elsewhere in a sentence are usually actors, so they are not taken as places.
 */
export function findPlaceInText(text: string): Place | null {
  const re = areaRegex();
  re.lastIndex = 0;
  const m = re.exec(text);
  if (m) {
    const p = resolvePlace(m[0]);
    if (p) return { ...p, span: { start: m.index, end: m.index + m[0].length } };
  }
  const cue =
    /\b(?:off\s+(?:the\s+(?:coast|shores?)\s+of\s+)?|near\s+(?:the\s+coast\s+of\s+)?|in\s+)((?:[A-Z][\p{L}'-]+)(?:\s+[A-Z][\p{L}'-]+){0,2})(?:['\u2019]s)?(?=\s+(?:waters|coast)|)/gu;
  for (let c = cue.exec(text); c; c = cue.exec(text)) {
    const name = c[1];
    const before = text.slice(Math.max(0, c.index - 1), c.index + 3).toLowerCase();
    // "in Colombia" only counts when waters or a coast follow; "off"/"near" always place the event.
    const after = text.slice(c.index + c[0].length, c.index + c[0].length + 12).toLowerCase();
    if (before.includes('in ') && !/^\s*(?:waters|coast)/.test(after) && !/['\u2019]s$/.test(c[0])) continue;
    const p = resolvePlace(name);
    if (p && foldName(name).length > 2) {
      const start = c.index + c[0].indexOf(name);
      return { ...p, span: { start, end: start + name.length } };
    }
  }
  return null;
}
