import type { Dateline } from '../core/records.js';

// A city in capitals (one to four words), then optionally ", Country" or ", Mon. 3", then
// optionally "(Agency)", then a dash or colon. Only at the very start of the text or of its
// second line (after a title).
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})((?:,\s*[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2})?)(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(\([^()\n]{2,40}\))?\s*([-–—:]+)\s+/u;
const MONTHS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)/;

/**
 * The dateline of an article, if its first or second line opens with one. A dateline says where
 * the report was filed: it is no participant of any event, and it is the first clue to the
 * country of the groups the article names without one ("police", "the opposition").
 */
export function findDateline(text: string): Dateline | null {
  const starts = [0];
  const nl = text.indexOf('\n');
  if (nl > 0 && nl < 300) starts.push(nl + 1);
  for (const s of starts) {
    const head = text.slice(s, s + 160);
    const m = DATELINE.exec(head);
    if (!m || m[1].length < 3) continue;
    // a line of capitals that is a headline, not a city: too many words before the dash
    if (m[1].split(' ').length > 4) continue;
    const region = m[2].replace(/^,\s*/, '');
    // "NATO: ..." is a headline; a colon ends a dateline only after a country or an agency
    if (m[4] === ':' && !region && !m[3]) continue;
    const place = region && !MONTHS.test(region) ? `${m[1]}, ${region}` : m[1];
    const placeEnd = s + m[1].length + (region && !MONTHS.test(region) ? m[2].length : 0);
    return { start: s, end: s + m[0].length, place, placeSpan: { start: s, end: placeEnd } };
  }
  return null;
}
