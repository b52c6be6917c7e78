/**
 * Normalises extracted article text: strips a byte-order mark, unifies line endings, trims each
 * line and the whole, and keeps paragraph breaks as single `\n`.
 *
 * Paragraphs are kept one per line because the language stage numbers paragraphs by line. When
 * the text separates paragraphs by blank lines, lines inside a paragraph are hard wraps and are
 * joined with a space; when it has no blank lines, every line is its own paragraph.
 */
export function normaliseText(raw: string): string {
  const unified = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\u00A0/g, ' ')
    // Zero-width characters and soft hyphens change ids without changing meaning.
    .replace(/\u200B|\u200C|\u200D|\u2060|\u00AD/g, '');
  const lines = unified.split('\n').map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim());
  const hasBlankSeparators = /\S\n[ \t]*\n+[ \t]*\S/.test(unified);
  if (!hasBlankSeparators) return lines.filter((l) => l.length > 0).join('\n');
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.length === 0) {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs.join('\n');
}
