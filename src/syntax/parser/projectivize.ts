/**
 * Makes a tree projective by lifting (Nivre and Nilsson 2005, without encoding the lift in the
 * label): while some arc is non-projective, the shortest such arc is re-attached to its head's
 * head. `heads[d]` is 0-based with `n` for the root. Returns the number of lifts.
 */
export function projectivize(heads: Int32Array): number {
  const n = heads.length;
  let lifts = 0;
  for (;;) {
    let worst = -1;
    let worstLen = Number.POSITIVE_INFINITY;
    for (let d = 0; d < n; d++) {
      const h = heads[d];
      if (h === n) continue;
      const len = Math.abs(h - d);
      if (len < worstLen && !isProjectiveArc(heads, h, d)) {
        worst = d;
        worstLen = len;
      }
    }
    if (worst < 0) return lifts;
    heads[worst] = heads[heads[worst]];
    lifts++;
  }
}

/** True when every word strictly between h and d descends from h. */
function isProjectiveArc(heads: Int32Array, h: number, d: number): boolean {
  const n = heads.length;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    let steps = 0;
    while (a !== h && a !== n && steps++ <= n) a = heads[a];
    if (a !== h) return false;
  }
  return true;
}

/** True when the tree has no crossing arcs (the root arc included). */
export function isProjective(heads: Int32Array): boolean {
  const n = heads.length;
  for (let d = 0; d < n; d++) if (heads[d] !== n && !isProjectiveArc(heads, heads[d], d)) return false;
  // The root arc spans the words after the root word: they must all descend from it.
  for (let d = 0; d < n; d++) if (heads[d] === n && !isProjectiveArc(heads, n, d)) return false;
  return true;
}
