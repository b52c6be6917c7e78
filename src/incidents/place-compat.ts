import type { Place } from '../core/records.js';
import type { Area } from '../places/place-data.js';
import { areaById, areaOf } from '../places/resolve-place.js';

/** Every area id that contains the area, itself included. */
function ancestors(a: Area): Set<string> {
  const out = new Set<string>([a.id]);
  const queue = [...a.within];
  while (queue.length) {
    const id = queue.shift()!;
    if (out.has(id)) continue;
    out.add(id);
    const parent = areaById(id);
    if (parent) queue.push(...parent.within);
  }
  return out;
}

function areaFor(p: Place): Area | undefined {
  if (p.kind !== 'sea' && p.kind !== 'region') return undefined;
  return areaOf(p.name ?? p.text);
}

/**
 * Whether two places can be the scene of one incident: the same place, one inside the other
 * ("Caribbean Sea" in "Caribbean"), a country and a sea it borders, or a city in that country.
 * Two seas side by side (Caribbean Sea, Eastern Pacific) are not compatible. Unknown places are
 * compatible with anything.
 */
export function placesCompatible(a: Place | null, b: Place | null): boolean {
  if (!a || !b || a.kind === 'unknown' || b.kind === 'unknown') return true;
  const aa = areaFor(a);
  const ba = areaFor(b);
  if (aa && ba) return aa.id === ba.id || ancestors(aa).has(ba.id) || ancestors(ba).has(aa.id);
  if (aa || ba) {
    const area = (aa ?? ba)!;
    const other = aa ? b : a;
    if (!other.country) return true;
    // A country touches a sea or region when it lies on it or inside one of its containing areas.
    for (const id of ancestors(area)) {
      const x = areaById(id);
      if (x?.countries.includes(other.country)) return true;
    }
    return area.countries.length === 0 && area.within.length === 0;
  }
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.kind === 'city' && b.kind === 'city' && a.geonameId !== b.geonameId) return false;
  return true;
}

/** Higher for narrower places, to choose the most telling place of an incident. */
export function placeSpecificity(p: Place): number {
  switch (p.kind) {
    case 'city':
      return 4;
    case 'sea': {
      const a = areaOf(p.name ?? p.text);
      return a && a.within.length > 0 ? 3 : 1;
    }
    case 'country':
      return 2;
    case 'region':
      return 1;
    default:
      return 0;
  }
}
