import type { Mention } from '../core/records.js';

/**
 * Mentions grouped by sentence, each group in the order of `mentions`: the same-sentence rules of
 * the actor stage read one sentence's mentions, not the whole article's, for every mention.
 */
export function mentionsBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.sentence);
    if (list) list.push(m);
    else out.set(m.sentence, [m]);
  }
  return out;
}
