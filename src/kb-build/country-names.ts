import { knowledge } from '../actors/knowledge.js';
import { phraseKey } from '../actors/normalize.js';

/**
 * Country names as the sources write them ("the United States of America", "Hyderabad, India")
 * to ISO alpha-3 codes, through the product's own country data (names, regions, capitals).
 */
export function countryReader(): (name: string) => string | null {
  const k = knowledge();
  const memo = new Map<string, string | null>();
  return (name) => {
    const hit = memo.get(name);
    if (hit !== undefined) return hit;
    let out: string | null = null;
    const key = phraseKey(name.replace(/^the\s+/i, '').replace(/\s*\(.*\)\s*$/, ''));
    for (const e of k.phrases.get(key) ?? []) {
      if (
        e.item.t === 'country' &&
        (e.item.via === 'name' || e.item.via === 'region' || e.item.via === 'capital')
      ) {
        out = e.item.iso3;
        break;
      }
    }
    memo.set(name, out);
    return out;
  };
}
