import { f1, f2, f3 } from '../hash.js';
import type { WordInfo } from './word-info.js';

const BOS = 0x5a5a5a5a;
const EOS = 0x3c3c3c3c;
/** Tag id used before the first word. */
export const START_TAG = 31;

/** Number of features `tagFeatures` writes at most. */
export const TAG_FEATURES = 50;

/**
 * Features of word `i` given the two previous predicted tags: the word, its lower case, affixes,
 * shape, the words and suffixes around it (alone, in pairs, suffix with next suffix), tag history. Returns how many were written.
 */
export function tagFeatures(x: WordInfo, i: number, p1: number, p2: number, out: Uint32Array): number {
  const n = x.n;
  const w = x.lower[i];
  const wm1 = i > 0 ? x.lower[i - 1] : BOS;
  const wm2 = i > 1 ? x.lower[i - 2] : BOS;
  const wp1 = i + 1 < n ? x.lower[i + 1] : EOS;
  const wp2 = i + 2 < n ? x.lower[i + 2] : EOS;
  const s3m1 = i > 0 ? x.suf[4 * (i - 1) + 2] : BOS;
  const s3p1 = i + 1 < n ? x.suf[4 * (i + 1) + 2] : EOS;
  const shm1 = i > 0 ? x.shape[i - 1] : BOS;
  const shp1 = i + 1 < n ? x.shape[i + 1] : EOS;
  const b = 4 * i;
  let k = 0;
  out[k++] = f1(1, 0);
  out[k++] = f1(2, w);
  out[k++] = f1(3, x.form[i]);
  out[k++] = f1(4, x.suf[b]);
  out[k++] = f1(5, x.suf[b + 1]);
  out[k++] = f1(6, x.suf[b + 2]);
  out[k++] = f1(7, x.suf[b + 3]);
  out[k++] = f1(8, x.pre[b]);
  out[k++] = f1(9, x.pre[b + 1]);
  out[k++] = f1(10, x.pre[b + 2]);
  out[k++] = f1(11, x.shape[i]);
  out[k++] = f1(12, p1);
  out[k++] = f1(13, p2);
  out[k++] = f2(14, p1, p2);
  out[k++] = f2(15, p1, w);
  out[k++] = f1(16, wm1);
  out[k++] = f1(17, s3m1);
  out[k++] = f1(18, wm2);
  out[k++] = f1(19, wp1);
  out[k++] = f1(20, s3p1);
  out[k++] = f1(21, wp2);
  out[k++] = f2(22, wm1, w);
  out[k++] = f2(23, w, wp1);
  out[k++] = f2(24, shm1, x.shape[i]);
  out[k++] = f2(25, x.shape[i], shp1);
  out[k++] = f2(26, i === 0 ? 1 : 0, x.shape[i]);
  out[k++] = f2(27, p1, x.suf[b + 2]);
  out[k++] = f3(28, p1, p2, w);
  out[k++] = f2(29, wp1, x.suf[b + 2]);
  out[k++] = f2(30, p1, wp1);
  out[k++] = f2(31, x.suf[b + 1], wp1);
  out[k++] = f2(32, wm1, wp1);
  const a = x.amb[i];
  const ap1 = i + 1 < n ? x.amb[i + 1] : EOS;
  const ap2 = i + 2 < n ? x.amb[i + 2] : EOS;
  out[k++] = f1(33, a);
  out[k++] = f2(34, a, ap1);
  out[k++] = f2(35, p1, a);
  out[k++] = f3(36, p1, a, ap1);
  out[k++] = f2(37, w, ap1);
  out[k++] = f3(38, a, ap1, ap2);
  out[k++] = f2(39, x.suf[b + 2], ap1);
  out[k++] = f2(40, x.suf[b + 2], s3p1);
  out[k++] = f2(41, wp1, wp2);
  out[k++] = f2(42, wm2, wm1);
  return k;
}

/** Tag id standing for "after the last word" in the first pass's tags. */
const END_TAG = 30;

/**
 * The second pass's extra features of word `i`: the first pass's tags of the word and of the two
 * words to its right (which the left-to-right first pass could not see), alone and with the word,
 * its suffix and the previous tag. Writes from `k`; returns the new end.
 */
export function secondPassFeatures(
  x: WordInfo,
  i: number,
  p1: number,
  first: Uint8Array,
  out: Uint32Array,
  k: number,
): number {
  const n = x.n;
  const own = first[i];
  const r1 = i + 1 < n ? first[i + 1] : END_TAG;
  const r2 = i + 2 < n ? first[i + 2] : END_TAG;
  out[k++] = f1(44, r1);
  out[k++] = f2(45, r1, r2);
  out[k++] = f2(46, x.lower[i], r1);
  out[k++] = f2(47, p1, r1);
  out[k++] = f1(48, own);
  out[k++] = f2(49, own, r1);
  out[k++] = f2(50, x.suf[4 * i + 2], r1);
  return k;
}
