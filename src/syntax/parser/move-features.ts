import { f1, f2, f3, f4 } from '../hash.js';
import { type Context, distBucket } from './context.js';

/** Number of features `moveFeatures` writes. */
export const MOVE_FEATURES = 97;

/**
 * Features for choosing a move (after Zhang and Nivre 2011, for arc-hybrid): words and tags of
 * s0-s2 and b0-b2, their pairs and triples, distance, valency, the outermost dependents of s0, s1
 * and b0 with their labels, and label sets; and the ambiguity classes of s0, b0 and b1 (the tags
 * each word took in training) with their predicted tags, so a move can allow for a likely
 * tagging error. Written in three groups (see below); the parser's
 * fast path scores the first two once per token and only the third at every move.
 */
export function moveFeatures(c: Context, out: Uint32Array): number {
  let k = stackFeatures(c, out, 0);
  k = bufferFeatures(c, out, k);
  return configFeatures(c, out, k);
}

/**
 * The 38 features that stay the same as long as s0 stays on the stack: s0's, s1's and s2's words
 * and tags, s0's left dependents (a word gets them all while it is b0), s1's dependents (s1 gains
 * one only when s0 is popped). Writes from `k`; returns the new end.
 */
export function stackFeatures(c: Context, out: Uint32Array, k: number): number {
  const st = c.st;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const s0w = c.w(s0);
  const s0p = c.p(s0);
  const s1w = c.w(s1);
  const s1p = c.p(s1);
  const s2p = c.p(s2);
  const s0l1 = s0 >= 0 ? st.l1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.l2[s0] : -1;
  const s1l1 = s1 >= 0 ? st.l1[s1] : -1;
  const s1r1 = s1 >= 0 ? st.r1[s1] : -1;
  const d10 = distBucket(s1, s0);
  const s0vl = s0 >= 0 ? st.nl[s0] : 0;
  const s1vr = s1 >= 0 ? st.nr[s1] : 0;
  const llo = s0 >= 0 ? st.lsetLo[s0] : 0;
  const lhi = s0 >= 0 ? st.lsetHi[s0] : 0;
  out[k++] = f1(1, s0w);
  out[k++] = f1(2, s0p);
  out[k++] = f2(3, s0w, s0p);
  out[k++] = f1(4, s1w);
  out[k++] = f1(5, s1p);
  out[k++] = f2(6, s1w, s1p);
  out[k++] = f1(15, s2p);
  out[k++] = f1(16, c.w(s2));
  out[k++] = f4(25, s1w, s1p, s0w, s0p);
  out[k++] = f3(26, s1w, s1p, s0p);
  out[k++] = f3(27, s1p, s0w, s0p);
  out[k++] = f2(28, s1w, s0w);
  out[k++] = f2(29, s1p, s0p);
  out[k++] = f3(37, s1p, s0p, c.p(s0l1));
  out[k++] = f3(39, s1p, c.p(s1r1), s0p);
  out[k++] = f3(40, s1p, c.p(s1l1), s0p);
  out[k++] = f3(41, s2p, s1p, s0p);
  out[k++] = f3(50, s1p, s0p, d10);
  out[k++] = f3(51, s1w, s0w, d10);
  out[k++] = f2(54, s0w, s0vl);
  out[k++] = f2(55, s0p, s0vl);
  out[k++] = f3(58, s1p, s1vr, s0p);
  out[k++] = f1(59, c.w(s0l1));
  out[k++] = f1(60, c.p(s0l1));
  out[k++] = f1(61, c.l(s0l1));
  out[k++] = f2(68, c.l(s1r1), s0p);
  out[k++] = f3(69, s0p, c.l(s0l1), c.l(s0l2));
  out[k++] = f2(72, c.p(s0l2), s0p);
  out[k++] = f4(76, s0w, llo, lhi, 2);
  out[k++] = f4(77, s0p, llo, lhi, 3);
  out[k++] = f2(81, c.a(s0), s0p);
  out[k++] = f3(86, c.a(s0), s0p, s1p);
  const s1r2 = s1 >= 0 ? st.r2[s1] : -1;
  out[k++] = f3(88, s0p, c.p(s0l1), c.p(s0l2));
  out[k++] = f4(89, s1p, s1 >= 0 ? st.lsetLo[s1] : 0, s1 >= 0 ? st.lsetHi[s1] : 0, 6);
  out[k++] = f4(90, s1p, s1 >= 0 ? st.rsetLo[s1] : 0, s1 >= 0 ? st.rsetHi[s1] : 0, 7);
  out[k++] = f3(91, s1p, c.l(s1r1), c.l(s1r2));
  out[k++] = f3(93, s1p, s1 >= 0 ? st.nl[s1] : 0, s0p);
  out[k++] = f3(94, c.w(s2), s1p, s0p);
  return k;
}

/** The 12 features of b0, b1 and b2 alone (words, tags, classes), the same while b0 is b0. */
export function bufferFeatures(c: Context, out: Uint32Array, k: number): number {
  const st = c.st;
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= st.n ? b0 + 2 : -1;
  const b0w = c.w(b0);
  const b0p = c.p(b0);
  const b1w = c.w(b1);
  const b1p = c.p(b1);
  const b2p = c.p(b2);
  out[k++] = f1(7, b0w);
  out[k++] = f1(8, b0p);
  out[k++] = f2(9, b0w, b0p);
  out[k++] = f1(10, b1w);
  out[k++] = f1(11, b1p);
  out[k++] = f2(12, b1w, b1p);
  out[k++] = f1(13, c.w(b2));
  out[k++] = f1(14, b2p);
  out[k++] = f2(24, b0p, b1p);
  out[k++] = f3(31, b0p, b1p, b2p);
  out[k++] = f2(82, c.a(b0), b0p);
  out[k++] = f2(83, c.a(b1), b1p);
  return k;
}

/** The 47 features that can change at every move: s0 with b0, s0's right side, b0's left side. */
export function configFeatures(c: Context, out: Uint32Array, k: number): number {
  const st = c.st;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const b0 = st.b;
  const b1 = b0 + 1 <= st.n ? b0 + 1 : -1;
  const s0w = c.w(s0);
  const s0p = c.p(s0);
  const s1w = c.w(s1);
  const s1p = c.p(s1);
  const b0w = c.w(b0);
  const b0p = c.p(b0);
  const b1p = c.p(b1);
  const s0l1 = s0 >= 0 ? st.l1[s0] : -1;
  const s0r1 = s0 >= 0 ? st.r1[s0] : -1;
  const s0r2 = s0 >= 0 ? st.r2[s0] : -1;
  const b0l1 = st.l1[b0];
  const b0l2 = st.l2[b0];
  const d01 = distBucket(s0, b0);
  const s0vr = s0 >= 0 ? st.nr[s0] : 0;
  const b0vl = st.nl[b0];
  const rlo = s0 >= 0 ? st.rsetLo[s0] : 0;
  const rhi = s0 >= 0 ? st.rsetHi[s0] : 0;
  out[k++] = f4(17, s0w, s0p, b0w, b0p);
  out[k++] = f3(18, s0w, s0p, b0w);
  out[k++] = f3(19, s0w, b0w, b0p);
  out[k++] = f3(20, s0w, s0p, b0p);
  out[k++] = f3(21, s0p, b0w, b0p);
  out[k++] = f2(22, s0w, b0w);
  out[k++] = f2(23, s0p, b0p);
  out[k++] = f3(30, s1w, s0w, b0p);
  out[k++] = f3(32, s0p, b0p, b1p);
  out[k++] = f3(33, s1p, s0p, b0p);
  out[k++] = f3(34, s0p, c.p(s0l1), b0p);
  out[k++] = f3(35, s0p, c.p(s0r1), b0p);
  out[k++] = f3(36, s0p, b0p, c.p(b0l1));
  out[k++] = f3(38, s1p, s0p, c.p(s0r1));
  out[k++] = f3(42, s0w, b0p, b1p);
  out[k++] = f3(43, s1p, s0p, b1p);
  out[k++] = f2(44, s0w, d01);
  out[k++] = f2(45, s0p, d01);
  out[k++] = f2(46, b0w, d01);
  out[k++] = f2(47, b0p, d01);
  out[k++] = f4(48, s0w, b0w, d01, 0);
  out[k++] = f3(49, s0p, b0p, d01);
  out[k++] = f2(52, s0w, s0vr);
  out[k++] = f2(53, s0p, s0vr);
  out[k++] = f2(56, b0w, b0vl);
  out[k++] = f2(57, b0p, b0vl);
  out[k++] = f1(62, c.w(s0r1));
  out[k++] = f1(63, c.p(s0r1));
  out[k++] = f1(64, c.l(s0r1));
  out[k++] = f1(65, c.w(b0l1));
  out[k++] = f1(66, c.p(b0l1));
  out[k++] = f1(67, c.l(b0l1));
  out[k++] = f3(70, s0p, c.l(s0r1), c.l(s0r2));
  out[k++] = f3(71, b0p, c.l(b0l1), c.l(b0l2));
  out[k++] = f2(73, c.p(s0r2), s0p);
  out[k++] = f4(74, s0w, rlo, rhi, 0);
  out[k++] = f4(75, s0p, rlo, rhi, 1);
  out[k++] = f4(78, b0w, st.lsetLo[b0], st.lsetHi[b0], 4);
  out[k++] = f4(79, b0p, st.lsetLo[b0], st.lsetHi[b0], 5);
  out[k++] = f3(80, s0p, c.suf3(b0), b0p);
  out[k++] = f3(87, c.a(s0), c.a(b0), s0p);
  out[k++] = f3(95, b0p, c.p(b0l1), c.p(b0l2));
  out[k++] = f3(96, s0p, c.p(s0r1), c.p(s0r2));
  out[k++] = f3(97, s1w, s0p, b0p);
  out[k++] = f3(98, s1p, s0p, b0w);
  out[k++] = f3(99, s1p, s0w, b0p);
  out[k++] = f3(100, s1p, b0p, distBucket(s1, b0));
  return k;
}
