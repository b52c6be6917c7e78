const EMPTY: readonly never[] = [];
const cache = new WeakMap<readonly { sentence: number }[], Map<number, { sentence: number }[]>>();

/**
 * The items of `items` (dates, quantities, quotes of one article) that belong to sentence `s`, in
 * their order. The grouping is made once per array and kept while the array lives, so that the
 * per-sentence look-ups of a long article cost time in proportion to its length, not its square.
 * The array must not change after the first look-up (the stages' output arrays do not).
 */
export function inSentence<T extends { sentence: number }>(items: readonly T[], s: number): readonly T[] {
  let groups = cache.get(items);
  if (!groups) {
    groups = new Map();
    for (const it of items) {
      const list = groups.get(it.sentence);
      if (list) list.push(it);
      else groups.set(it.sentence, [it]);
    }
    cache.set(items, groups);
  }
  return (groups.get(s) as T[] | undefined) ?? EMPTY;
}
