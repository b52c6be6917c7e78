import { hash } from 'node:crypto';

/** Short stable hex id from any strings. */
export function stableId(prefix: string, ...parts: string[]): string {
  // each part followed by a NUL, hashed in one call (a hash object per id cost more than the hash)
  let data = '';
  for (const p of parts) data += `${p}\u0000`;
  return `${prefix}_${hash('sha256', data, 'hex').slice(0, 16)}`;
}

/** Normalises article text so that trivial whitespace or quote differences give the same id. */
export function normaliseForId(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The stable id of an article: a hash of its normalised text. */
export function articleId(text: string): string {
  return stableId('art', normaliseForId(text));
}
