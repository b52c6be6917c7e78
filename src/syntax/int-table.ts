/**
 * A growable open-addressing map from non-zero 32-bit keys to non-negative int32 values, for the
 * millions of feature hashes seen in training (a JS Map of that size is several times slower).
 */
export class IntTable {
  private keys = new Uint32Array(1 << 16);
  private vals = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  size = 0;

  /** The value of `key`, or -1. */
  get(key: number): number {
    const { keys, mask } = this;
    let s = key & mask;
    for (;;) {
      const k = keys[s];
      if (k === key) return this.vals[s];
      if (k === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, mask } = this;
    let s = key & mask;
    while (keys[s] !== 0 && keys[s] !== key) s = (s + 1) & mask;
    if (keys[s] === 0) this.size++;
    keys[s] = key;
    this.vals[s] = value;
  }

  /** Calls `fn` for each key and value, in slot order. */
  forEach(fn: (key: number, value: number) => void): void {
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) fn(this.keys[s], this.vals[s]);
  }

  private grow(): void {
    const oldK = this.keys;
    const oldV = this.vals;
    this.keys = new Uint32Array(oldK.length * 2);
    this.vals = new Int32Array(oldK.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let s = 0; s < oldK.length; s++) if (oldK[s] !== 0) this.set(oldK[s], oldV[s]);
  }
}
