/** The 17 universal part-of-speech tags, in a fixed order: a tag's id is its index. */
export const UPOS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;

export type Upos = (typeof UPOS)[number];

const ID = new Map<string, number>(UPOS.map((t, i) => [t, i]));

/** The id of a UPOS tag, or -1 when it is not one. */
export function uposId(tag: string): number {
  return ID.get(tag) ?? -1;
}
