/** Bits of a slot that hold the tag's number; the rest hold the lemma's place, plus one. */
const TAG_BITS = 5;
const TAG_MASK = (1 << TAG_BITS) - 1;
/** Room for the tag's number in the keys of the map of further tags. */
const OTHER_KEY_TAGS = 4096;

/**
 * Lemmas already read from one wink instance, by wink's id of the word and its part of speech.
 * wink's lemma of a token that is not part of a contraction depends only on the word and its tag
 * (its lemmatiser consults the model's own lexicon, never the words it added while reading), and
 * reading it costs as much as tagging, so each (word, tag) is read once.
 *
 * wink's word ids are small dense integers, so the first tag a word is met with is kept in one
 * typed array indexed by the id: one small read per token, where a map keyed by the word string
 * was a tenth of the tokenizer's own time. The rarer second and later tags of a word go to a map.
 * The ids are those of one wink instance: a memo is made per instance and dropped with it, which
 * also bounds its memory.
 */
export class LemmaMemo {
  private slots = new Int32Array(1 << 17);
  private readonly others = new Map<number, number>();
  private readonly lemmas: (string | undefined)[] = [];
  private readonly tags = new Map<string, number>();

  /**
   * The lemma remembered for word `id` under `tag`: a string, or undefined when wink gave none,
   * or `MISSING` when it was never read.
   */
  get(id: number, tag: string): string | undefined | typeof MISSING {
    const t = this.tagNumber(tag);
    const slot = id < this.slots.length ? this.slots[id] : 0;
    if (slot !== 0 && (slot & TAG_MASK) === t) return this.lemmas[(slot >>> TAG_BITS) - 1];
    if (slot === 0) return MISSING;
    const other = this.others.get(id * OTHER_KEY_TAGS + t);
    return other === undefined ? MISSING : this.lemmas[other];
  }

  /** Remembers `lemma` as wink's lemma of word `id` under `tag`. */
  set(id: number, tag: string, lemma: string | undefined): void {
    const t = this.tagNumber(tag);
    const place = this.lemmas.push(lemma) - 1;
    if (id >= this.slots.length) this.grow(id);
    if (this.slots[id] === 0 && t <= TAG_MASK && place + 1 < 2 ** (31 - TAG_BITS))
      this.slots[id] = ((place + 1) << TAG_BITS) | t;
    else this.others.set(id * OTHER_KEY_TAGS + t, place);
  }

  /** A small number for each tag, the same for the memo's life; 0 is never given out. */
  private tagNumber(tag: string): number {
    let t = this.tags.get(tag);
    if (t === undefined) {
      // wink has 17 universal tags; should a model ever have more than fit in a slot, the extra
      // ones are kept in the map only.
      t = this.tags.size + 1;
      this.tags.set(tag, t);
    }
    return t;
  }

  private grow(id: number): void {
    let size = this.slots.length;
    while (size <= id) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.slots);
    this.slots = grown;
  }
}

/** What `LemmaMemo.get` answers for a word and tag it has not been told about. */
export const MISSING: unique symbol = Symbol('missing lemma');
