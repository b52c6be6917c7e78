/**
 * Integer hashing for features: a feature is a template number mixed with a few small integers
 * (word hashes, tag ids, distances), never a string built at run time. Murmur3-style mixing.
 */

/** Mixes one 32-bit value into a running hash. */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let x = h ^ k;
  x = (x << 13) | (x >>> 19);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

/** Finishes a hash; never 0 (0 marks an empty slot in weight tables). */
export function fin(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0 || 1;
}

/** `mix(0x9747b28c, t)` for template numbers t < 128, so a feature's first mix is a look-up. */
const SEEDS = new Int32Array(128);
for (let t = 0; t < 128; t++) SEEDS[t] = mix(0x9747b28c, t);

/** The running hash after template number `t`. */
export function seed(t: number): number {
  return t < 128 ? SEEDS[t] : mix(0x9747b28c, t);
}

// f1-f4 are `fin(mix(...mix(seed(t), a)..., d))` written out in full: a hot feature function
// calls them dozens of times, more than the compiler will inline, and a call that does not
// itself call `mix` and `fin` five times costs a fifth as much. Same values as the nested form.

export function f1(t: number, a: number): number {
  let x = t < 128 ? SEEDS[t] : mix(0x9747b28c, t);
  let k = Math.imul(a, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0 || 1;
}

export function f2(t: number, a: number, b: number): number {
  let x = t < 128 ? SEEDS[t] : mix(0x9747b28c, t);
  let k = Math.imul(a, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0 || 1;
}

export function f3(t: number, a: number, b: number, c: number): number {
  let x = t < 128 ? SEEDS[t] : mix(0x9747b28c, t);
  let k = Math.imul(a, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(c, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0 || 1;
}

export function f4(t: number, a: number, b: number, c: number, d: number): number {
  return fin(mix(f3Open(t, a, b, c), d));
}

/** `mix(mix(mix(seed(t), a), b), c)`, unfinished. */
function f3Open(t: number, a: number, b: number, c: number): number {
  let x = t < 128 ? SEEDS[t] : mix(0x9747b28c, t);
  let k = Math.imul(a, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(b, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  x = (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
  k = Math.imul(c, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  x ^= Math.imul(k, 0x1b873593);
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
}

/** FNV-1a over the UTF-16 code units of `s` from `from` to `to`, finished. Once per token. */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fin(h);
}
