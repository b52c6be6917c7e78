/**
 * Every match of the global pattern `re` in `text`, as `text.matchAll(re)` gives them. `matchAll`
 * copies the pattern on each call (it must not disturb the caller's `lastIndex`), and the date
 * finder calls it about a dozen times a sentence; `exec` on the pattern itself does not copy. The
 * pattern's `lastIndex` is left at 0, as `exec` leaves it after its last match.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place; matchAll steps one further.
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
