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

/**
 * Fine tags: the 17 UPOS (ids 0-16, so a UPOS id is also a fine id) followed by the Penn (XPOS)
 * refinements the parser gains from: verb and auxiliary forms (VBD, VBN, VBG, VBZ, VBP, VB),
 * comparatives, wh-words, possessives, particles. The tagger predicts fine tags; a word whose
 * UPOS|XPOS pair is not listed takes its bare UPOS. Ids are fixed: the model file lists them.
 */
export const FINE_TAGS = [
  ...UPOS,
  'ADJ|JJR',
  'ADJ|JJS',
  'ADP|RP',
  'ADV|WRB',
  'ADV|RBR',
  'ADV|RBS',
  'AUX|VBZ',
  'AUX|VBP',
  'AUX|VBD',
  'AUX|VB',
  'AUX|VBN',
  'AUX|VBG',
  'DET|PDT',
  'DET|WDT',
  'NOUN|NNS',
  'NUM|LS',
  'PART|RB',
  'PART|POS',
  'PRON|PRP$',
  'PRON|WDT',
  'PRON|DT',
  'PRON|WP',
  'PRON|EX',
  'PROPN|NNPS',
  'VERB|VBN',
  'VERB|VBD',
  'VERB|VBG',
  'VERB|VBP',
  'VERB|VBZ',
] as const;

const FINE_ID = new Map<string, number>(FINE_TAGS.map((t, i) => [t, i]));

/** The UPOS id of each fine tag id. */
export const FINE_UPOS = Uint8Array.from(FINE_TAGS, (t) => ID.get(t.split('|')[0]) ?? 0);

/** The fine tag id of a word with UPOS id `upos` and Penn tag `xpos`. */
export function fineId(upos: number, xpos: string): number {
  return FINE_ID.get(`${UPOS[upos]}|${xpos}`) ?? upos;
}
