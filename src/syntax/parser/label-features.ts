import { f1, f2, f3, f4, fin, mix } from '../hash.js';
import { type Context, distBucket } from './context.js';

/** Number of features `labelFeatures` writes. */
export const LABEL_FEATURES = 34;

/**
 * Features for labelling the arc head -> dep just chosen: both words and tags, direction and
 * distance, the dependents the dependent already has (it has all of them when it is attached) and
 * the labels its head already gave out on that side; the dependent's ambiguity class, its outermost
 * dependents' words with the head's word or its own tag, and both words with the head's tag.
 */
export function labelFeatures(c: Context, h: number, d: number, out: Uint32Array): number {
  const st = c.st;
  const dir = h < d ? 1 : 2;
  const dw = c.w(d);
  const dp = c.p(d);
  const hw = c.w(h);
  const hp = c.p(h);
  const dist = distBucket(h, d);
  const hlo = dir === 2 ? st.lsetLo[h] : st.rsetLo[h];
  const hhi = dir === 2 ? st.lsetHi[h] : st.rsetHi[h];
  let k = 0;
  out[k++] = f2(1, dp, dir);
  out[k++] = f2(2, dw, dir);
  out[k++] = f3(3, dw, dp, dir);
  out[k++] = f2(4, hw, dir);
  out[k++] = f3(5, hp, dp, dir);
  out[k++] = f3(6, hw, dp, dir);
  out[k++] = f3(7, dw, hp, dir);
  out[k++] = f3(8, hw, dw, dir);
  out[k++] = fin(mix(mix(mix(mix(0x51, dist), dir), dp), hp));
  out[k++] = f3(10, c.l(st.l1[d]), dp, dir);
  out[k++] = f3(11, c.l(st.r1[d]), dp, dir);
  out[k++] = fin(mix(mix(mix(mix(0x52, st.lsetLo[d]), st.lsetHi[d]), dp), dir));
  out[k++] = fin(mix(mix(mix(mix(0x53, st.rsetLo[d]), st.rsetHi[d]), dp), dir));
  out[k++] = fin(mix(mix(mix(mix(0x54, hlo), hhi), hp), dir));
  out[k++] = f3(15, c.suf3(d), hp, dir);
  out[k++] = f3(16, c.p(d > 0 ? d - 1 : -1), dp, dir);
  out[k++] = f3(17, c.p(d + 1 < st.n ? d + 1 : -1), dp, dir);
  out[k++] = f3(18, c.w(st.l1[d]), dp, dir);
  out[k++] = f3(19, c.p(st.l1[d]), dp, hp);
  out[k++] = f3(20, c.p(st.r1[d]), dp, hp);
  out[k++] = f3(21, c.l(st.l1[h]), hp, dir);
  out[k++] = f3(22, c.w(st.l1[d]), c.w(d), hp);
  out[k++] = f1(23, dist * 4 + dir);
  out[k++] = fin(mix(mix(mix(mix(0x55, hlo), hhi), dw), dir));
  out[k++] = f3(25, c.a(d), hp, dir);
  out[k++] = f3(26, c.w(st.l1[d]), hw, dir);
  out[k++] = f3(27, c.w(st.r1[d]), dp, dir);
  out[k++] = f4(28, dw, hw, hp, dir);
  out[k++] = f3(29, dir === 2 ? st.nl[h] : st.nr[h], dp, dir);
  out[k++] = f3(30, d >= 0 && d < st.n ? c.x.suf[4 * d + 1] : 0, hp, dir);
  out[k++] = f4(31, hw, st.lsetLo[d], st.lsetHi[d], dir);
  out[k++] = f3(32, dw, dist, dir);
  out[k++] = f3(33, c.a(h), dp, dir);
  out[k++] = f4(34, dp, hp, c.p(h > 0 ? h - 1 : -1), dir);
  return k;
}
