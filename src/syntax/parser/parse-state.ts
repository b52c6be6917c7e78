/** Transitions of the arc-hybrid system. */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const N_MOVES = 3;

/** Label id of "no label yet". */
export const NO_LABEL = 127;

/**
 * An arc-hybrid configuration over words 0..n-1 with the artificial root at index n, the last item
 * of the buffer. SHIFT pushes b0; LEFT makes b0 the head of s0 and pops it; RIGHT makes s1 the head
 * of s0 and pops it. The root may take one dependent only: LEFT onto the root is allowed with one
 * item on the stack, so every sentence gets exactly one root word.
 */
export class ParseState {
  n = 0;
  sp = 0;
  b = 0;
  stack = new Int32Array(64);
  heads = new Int32Array(64);
  labels = new Uint8Array(64);
  /** Leftmost and second leftmost dependents, rightmost and second rightmost (-1 when none). */
  l1 = new Int32Array(64);
  l2 = new Int32Array(64);
  r1 = new Int32Array(64);
  r2 = new Int32Array(64);
  nl = new Uint8Array(64);
  nr = new Uint8Array(64);
  /** Sets of the labels of left and right dependents, as two 32-bit masks each. */
  lsetLo = new Uint32Array(64);
  lsetHi = new Uint32Array(64);
  rsetLo = new Uint32Array(64);
  rsetHi = new Uint32Array(64);

  init(n: number): void {
    if (n + 1 > this.heads.length) this.allocate((n + 1) * 2);
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (let i = 0; i <= n; i++) {
      this.heads[i] = -1;
      this.labels[i] = NO_LABEL;
      this.l1[i] = -1;
      this.l2[i] = -1;
      this.r1[i] = -1;
      this.r2[i] = -1;
      this.nl[i] = 0;
      this.nr[i] = 0;
      this.lsetLo[i] = 0;
      this.lsetHi[i] = 0;
      this.rsetLo[i] = 0;
      this.rsetHi[i] = 0;
    }
  }

  private allocate(cap: number): void {
    this.stack = new Int32Array(cap);
    this.heads = new Int32Array(cap);
    this.labels = new Uint8Array(cap);
    this.l1 = new Int32Array(cap);
    this.l2 = new Int32Array(cap);
    this.r1 = new Int32Array(cap);
    this.r2 = new Int32Array(cap);
    this.nl = new Uint8Array(cap);
    this.nr = new Uint8Array(cap);
    this.lsetLo = new Uint32Array(cap);
    this.lsetHi = new Uint32Array(cap);
    this.rsetLo = new Uint32Array(cap);
    this.rsetHi = new Uint32Array(cap);
  }

  get done(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /** Stack item k from the top (0 = s0), or -1. */
  s(k: number): number {
    return k < this.sp ? this.stack[this.sp - 1 - k] : -1;
  }

  canShift(): boolean {
    return this.b < this.n;
  }

  canLeft(): boolean {
    return this.sp > 0 && (this.b < this.n || this.sp === 1);
  }

  canRight(): boolean {
    return this.sp > 1;
  }

  valid(move: number): boolean {
    return move === SHIFT ? this.canShift() : move === LEFT ? this.canLeft() : this.canRight();
  }

  /** The head the move would give s0 (-1 for SHIFT). */
  headFor(move: number): number {
    return move === LEFT ? this.b : move === RIGHT ? this.stack[this.sp - 2] : -1;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp];
    const h = move === LEFT ? this.b : this.stack[this.sp - 1];
    this.attach(h, d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = label & 31;
    if (d < h) {
      // Left dependents arrive from the nearest outwards: the newest is the leftmost.
      this.l2[h] = this.l1[h];
      this.l1[h] = d;
      if (this.nl[h] < 255) this.nl[h]++;
      if (label < 32) this.lsetLo[h] |= 1 << bit;
      else this.lsetHi[h] |= 1 << bit;
    } else {
      // Right dependents arrive from the nearest outwards too: the newest is the rightmost.
      this.r2[h] = this.r1[h];
      this.r1[h] = d;
      if (this.nr[h] < 255) this.nr[h]++;
      if (label < 32) this.rsetLo[h] |= 1 << bit;
      else this.rsetHi[h] |= 1 << bit;
    }
  }
}
