/**
 * Words that give a figure as the revision of an earlier one: "revised the toll to two", "raised
 * the death toll to four after a survivor died", "an earlier figure of three", "not three as first
 * reported". Such a figure replaces what the same strike's earlier reports said, however far
 * apart the two counts are.
 */
const REVISION =
  /\b(?:revised|revises|revising|corrected|corrects|updated|updates|lowered|lowers|amended|amends)\s+(?:\w+\s+){0,3}?(?:toll|figure|count|tally|number)\b|\b(?:earlier|initial|previous|original)\s+(?:figure|toll|count|tally|estimate)\s+of\b|\bnot\s+\w+\s*,?\s+as\s+(?:first|initially|earlier|previously)\s+(?:reported|said|stated)\b/i;

/** Whether a sentence gives its figure as a revision of an earlier one (see `REVISION`). */
export function revisesFigure(sentence: string): boolean {
  return REVISION.test(sentence);
}
