/**
 * Simple English plurals of a noun or demonym ("minister" -> "ministers", "Kazakh" -> "Kazakhs").
 * Demonyms in -sh, -ch and -ese have none ("the British", "the Chinese"); a demonym compounded
 * with "man" takes "men" ("Englishman", "Frenchwoman"), a short one in -man does not ("Germans").
 */
export function pluralsOf(word: string, kind: 'noun' | 'demonym' = 'noun'): string[] {
  const w = word;
  const lower = w.toLowerCase();
  if (kind === 'demonym' && /(ese|sh|ch|s|x|z)$/.test(lower)) return [];
  if (/(ss|sh|ch|x)$/.test(lower)) return [`${w}es`];
  if (/s$/.test(lower)) return [];
  if (/[^aeiou]y$/.test(lower)) return [`${w.slice(0, -1)}ies`];
  if (/man$/.test(lower) && (kind === 'noun' || lower.length >= 7)) return [`${w.slice(0, -3)}men`];
  return [`${w}s`];
}
