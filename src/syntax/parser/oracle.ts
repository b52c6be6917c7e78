import { LEFT, type ParseState, RIGHT, SHIFT } from './parse-state.js';

/**
 * The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): how many gold arcs a move
 * makes unreachable from the current configuration. `gold[d]` is the gold head of word d (n for
 * the root) in a projective tree; `children[h]` lists h's gold dependents in increasing order.
 */
export function moveCost(st: ParseState, move: number, gold: Int32Array, children: Int32Array[]): number {
  const s0 = st.sp > 0 ? st.stack[st.sp - 1] : -1;
  const b0 = st.b;
  if (move === SHIFT) {
    // b0 can no longer take a head deeper in the stack than s0, nor any dependent on the stack.
    let cost = 0;
    const gh = gold[b0];
    for (let k = 0; k < st.sp - 1; k++) if (st.stack[k] === gh) cost++;
    for (let k = 0; k < st.sp; k++) if (gold[st.stack[k]] === b0) cost++;
    return cost;
  }
  // LEFT or RIGHT pop s0: it loses its dependents still in the buffer, and every head but the one given.
  let cost = 0;
  for (const d of children[s0]) if (d >= b0) cost++;
  const gh = gold[s0];
  const s1 = st.sp > 1 ? st.stack[st.sp - 2] : -1;
  if (move === LEFT) {
    if (gh !== b0 && (gh === s1 || gh > b0)) cost++;
  } else if (move === RIGHT) {
    if (gh !== s1 && gh >= b0) cost++;
  }
  return cost;
}

/** Gold dependents of each head (index n = the root), in increasing order. */
export function goldChildren(gold: Int32Array): Int32Array[] {
  const n = gold.length;
  const lists: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) lists[gold[d]].push(d);
  return lists.map((l) => Int32Array.from(l));
}
