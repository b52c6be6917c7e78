/** Writing of names that sources give in capitals ("HAMID_KARZAI_", "AFGHAN NATIONAL ARMY"). */

const SMALL = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'del',
  'la',
  'al',
  'el',
  'des',
  'du',
  'le',
  'les',
  'y',
  'et',
  'bin',
  'van',
  'von',
  'der',
  'da',
  'dos',
]);
const WORDS = new Set([
  'new',
  'red',
  'arab',
  'army',
  'navy',
  'air',
  'war',
  'law',
  'free',
  'aid',
  'bank',
  'city',
  'west',
  'east',
  'iraq',
  'iran',
  'oman',
  'mali',
  'chad',
  'cuba',
  'fiji',
  'laos',
  'peru',
  'togo',
  'guam',
  'rome',
  'gaza',
  'kiev',
  'bush',
  'kim',
  'lee',
  'ali',
  'abu',
  'ibn',
  'haq',
  'sun',
  'wang',
  'zhou',
  'chen',
  'liu',
  'hu',
  'li',
  'xi',
  'wen',
  'jun',
  'park',
  'moon',
  'khan',
  'shah',
  'john',
  'paul',
  'mark',
  'ahmed',
  'omar',
  'amir',
  'emir',
  'king',
  'camp',
  'hill',
  'park',
  'port',
  'saint',
  'st.',
]);

function titleWord(w: string): string {
  return w
    .split('-')
    .map((p) => (p ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p))
    .join('-');
}

/** Is this capitalised word an acronym ("UN", "ANSF", "G77") in a name of several words? */
function acronymWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (SMALL.has(lower) || WORDS.has(lower)) return false;
  return (w.length <= 2 && /^[A-Z]+$/.test(w)) || !/[AEIOUY]/.test(w) || /[\d.]/.test(w);
}

/**
 * A capitalised name in ordinary writing. Persons: every word title-cased, particles in lower case
 * inside the name. Organisations: a one-word name of up to five letters is an acronym (NATO,
 * IAEA), and so is a word without a vowel or of two letters inside a longer name (UN, ANSF).
 */
export function nameCase(name: string, kind: 'person' | 'organization'): string {
  if (/[a-z]/.test(name)) return name;
  const words = name.split(' ').filter(Boolean);
  if (kind === 'organization' && words.length === 1 && name.replace(/[^A-Z]/g, '').length <= 5) return name;
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      if (kind === 'organization' && acronymWord(w)) return w;
      return titleWord(w);
    })
    .join(' ');
}
