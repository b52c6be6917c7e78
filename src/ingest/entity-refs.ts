import { decodeHTMLStrict } from 'entities';

/** A named or numeric character reference, terminated by `;`. */
const REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{0,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;

/**
 * Resolves the character references a markup reader left in text: a known HTML one (`&eacute;`
 * in an RSS title, which XML does not define) becomes its character, and an undefined one
 * (`&lol9;`, the tail of an entity-expansion attack, or a typo) is dropped rather than stored as
 * if it were words of the article. Linear in the text's length.
 */
export function resolveEntityRefs(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref) => {
    const decoded = decodeHTMLStrict(ref);
    return decoded === ref ? '' : decoded;
  });
}
