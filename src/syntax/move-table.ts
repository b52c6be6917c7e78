import type { Scorer } from './weights.js';

/**
 * The parser's move classifier (three classes) at run time: 8 bytes a feature, exact. A Robin
 * Hood hash table of 2^b slots; each slot holds a 16-bit tag and the three int16 weights from the
 * model file. The slot gives the low b bits of the key once the slot's distance from the key's
 * home slot is known, so the tag stores the key's other 32 - b bits and that distance (plus one,
 * so that 0 marks an empty slot): a tag matches exactly one key, unlike a fingerprint. Robin Hood
 * insertion keeps distances short and lets a look-up of an absent feature stop as soon as it meets
 * a resident closer to its home than the probe is.
 */
export class MoveTable implements Scorer {
  readonly nClasses = 3;
  /** Written by `score` so that the touching loop is not optimised away. */
  touched = 0;

  private constructor(
    /** log2 of the number of slots. */
    readonly bits: number,
    /** Slot i: [4i] = tag, [4i + 1..3] = the weights of the three moves. */
    readonly slots: Int16Array,
    readonly tags: Uint16Array,
  ) {}

  /** From the file's sections (keys in increasing order, row lengths, classes, int16 weights). */
  static fromSections(keys: Uint32Array, counts: Uint8Array, cls: Uint8Array, q: Int16Array): MoveTable {
    for (let bits = MoveTable.bitsFor(keys.length); bits <= 31; bits++) {
      const t = MoveTable.tryBuild(bits, keys, counts, cls, q);
      if (t) return t;
    }
    throw new Error('move table: no layout found');
  }

  /**
   * log2 of the number of slots first tried for `nKeys` features (at most three quarters full).
   * The model file lists the keys in the order of their home slot in a table of that size, so
   * that building it writes the table from start to end (see `weightsToSections`).
   */
  static bitsFor(nKeys: number): number {
    let bits = 16;
    while (2 ** bits * 0.75 < nKeys) bits++;
    return bits;
  }

  /** Builds with 2^bits slots, or returns null when some distance does not fit in the tag. */
  private static tryBuild(
    bits: number,
    keys: Uint32Array,
    counts: Uint8Array,
    cls: Uint8Array,
    q: Int16Array,
  ): MoveTable | null {
    const cap = 2 ** bits;
    const mask = cap - 1;
    const distBits = bits - 16;
    const maxDist = (1 << distBits) - 2;
    const buf = new ArrayBuffer(cap * 8);
    const slots = new Int16Array(buf);
    const tags = new Uint16Array(buf);
    let e = 0;
    for (let i = 0; i < keys.length; i++) {
      let w0 = 0;
      let w1 = 0;
      let w2 = 0;
      for (let k = 0; k < counts[i]; k++, e++) {
        if (cls[e] === 0) w0 = q[e];
        else if (cls[e] === 1) w1 = q[e];
        else w2 = q[e];
      }
      // Insert (rest, dist) with Robin Hood swaps; the entry carried is always a full slot.
      let rest = keys[i] >>> bits;
      let dist = 0;
      let s = keys[i] & mask;
      for (;;) {
        if (dist > maxDist) return null;
        const t = tags[4 * s];
        if (t === 0) {
          tags[4 * s] = (rest << distBits) | (dist + 1);
          slots[4 * s + 1] = w0;
          slots[4 * s + 2] = w1;
          slots[4 * s + 3] = w2;
          break;
        }
        const tDist = (t & ((1 << distBits) - 1)) - 1;
        if (tDist < dist) {
          const r = t >>> distBits;
          const a = slots[4 * s + 1];
          const b = slots[4 * s + 2];
          const c = slots[4 * s + 3];
          tags[4 * s] = (rest << distBits) | (dist + 1);
          slots[4 * s + 1] = w0;
          slots[4 * s + 2] = w1;
          slots[4 * s + 3] = w2;
          rest = r;
          dist = tDist;
          w0 = a;
          w1 = b;
          w2 = c;
        }
        s = (s + 1) & mask;
        dist++;
      }
    }
    return new MoveTable(bits, slots, tags);
  }

  score(feats: Uint32Array, n: number, scores: Float64Array): void {
    const { slots, tags, bits } = this;
    const mask = (1 << bits) - 1;
    const distBits = bits - 16;
    // Touch every feature's home slot first: these loads do not depend on one another, so the
    // processor overlaps their cache misses; the probing below then finds the slots in cache.
    let touched = 0;
    for (let i = 0; i < n; i++) touched |= tags[4 * (feats[i] & mask)];
    this.touched = touched;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const h = feats[i];
      const rest = (h >>> bits) << distBits;
      let s = h & mask;
      for (let d = 1; ; d++) {
        const t = tags[4 * s];
        if (t === (rest | d)) {
          a += slots[4 * s + 1];
          b += slots[4 * s + 2];
          c += slots[4 * s + 3];
          break;
        }
        // Empty, or a resident nearer its home than this probe: the key is absent.
        if ((t & ((1 << distBits) - 1)) < d) break;
        s = (s + 1) & mask;
      }
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
  }
}
