/**
 * Words that take back what a report said earlier: a correction note ("An earlier version of
 * this story said six people had been killed") or a figure given as wrong ("incorrectly reported
 * that 12 died"). The figure such a sentence gives is one no source holds any more.
 */
const RETRACTION =
  /\b(?:an? (?:earlier|previous) version of this (?:story|article|report|item|post)|(?:incorrectly|wrongly|mistakenly|erroneously) (?:said|says|reported|stated|gave|put|described)|misstated|misreported)\b/i;

/** Whether a sentence retracts what it reports (see `RETRACTION`). */
export function retractsFigure(sentence: string): boolean {
  return RETRACTION.test(sentence);
}
