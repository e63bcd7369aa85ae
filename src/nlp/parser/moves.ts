// The arc-hybrid transition system (Kuhlmann et al. 2011) with the dynamic oracle of Goldberg & Nivre
// (2013). Each move is isValid / apply / cost. Move ids: 0 = SHIFT, 1 = LEFT, 2 = RIGHT; an arc's label
// is chosen by a second classifier once LEFT or RIGHT wins (root label exactly for the root attachment).
import type { ParseState } from "./state.js";

/** The gold tree of a sentence of n words: heads use n for the root. */
export interface GoldTree {
  heads: Int32Array;
  labels: Int32Array;
  /** gold dependents of each word (and of the root, index n) */
  children: Int32Array[];
}

export interface Move {
  readonly name: "SHIFT" | "LEFT" | "RIGHT";
  isValid(s: ParseState): boolean;
  apply(s: ParseState, label: number): void;
  /** Gold arcs made unreachable by this move, ignoring the label. */
  cost(s: ParseState, g: GoldTree): number;
  /** The gold label of the arc this move would create, or -1 when that arc is not gold. */
  goldLabel(s: ParseState, g: GoldTree): number;
}

/** Count the gold dependents of w that are still in the buffer (b0 onwards). */
function depsInBuffer(s: ParseState, g: GoldTree, w: number): number {
  let c = 0;
  for (const d of g.children[w]) if (d >= s.b0) c++;
  return c;
}

/** Push b0 onto the stack. Valid while b0 is a word (the root is never shifted). */
export const Shift: Move = {
  name: "SHIFT",
  isValid: (s) => s.b0 < s.n,
  apply: (s) => { s.push(s.b0); s.b0++; },
  // b0 can no longer take a head from the stack below s0, nor any dependent from the stack.
  cost: (s, g) => {
    const b = s.b0, h = g.heads[b];
    let c = h !== s.s0 && h < s.n && s.inStack[h] ? 1 : 0;
    for (const d of g.children[b]) if (s.inStack[d]) c++;
    return c;
  },
  goldLabel: () => -1,
};

/** Attach s0 to b0 and pop it. Onto the root only when s0 is the last word on the stack (one root). */
export const Left: Move = {
  name: "LEFT",
  isValid: (s) => s.sp > 0 && (s.b0 < s.n || s.sp === 1),
  apply: (s, label) => { const d = s.pop(); s.addArc(s.b0, d, label); },
  // s0 loses a head in s1 or further in the buffer, and all its dependents still in the buffer.
  cost: (s, g) => {
    const w = s.s0, h = g.heads[w];
    return (h !== s.b0 && (h === s.s1 || h > s.b0) ? 1 : 0) + depsInBuffer(s, g, w);
  },
  goldLabel: (s, g) => (g.heads[s.s0] === s.b0 ? g.labels[s.s0] : -1),
};

/** Attach s0 to s1 and pop it. */
export const Right: Move = {
  name: "RIGHT",
  isValid: (s) => s.sp > 1,
  apply: (s, label) => { const d = s.pop(); s.addArc(s.s0, d, label); },
  // s0 loses a head in the buffer and all its dependents still in the buffer.
  cost: (s, g) => {
    const w = s.s0;
    return (g.heads[w] >= s.b0 ? 1 : 0) + depsInBuffer(s, g, w);
  },
  goldLabel: (s, g) => (g.heads[s.s0] === s.s1 ? g.labels[s.s0] : -1),
};

export const MOVES: readonly Move[] = [Shift, Left, Right];

/** Make arcs projective by lifting (reattaching a dependent to its grandparent) until none cross. */
export function projectivize(heads: Int32Array, n: number): number {
  let lifts = 0;
  for (;;) {
    let worst = -1, worstLen = Infinity;
    for (let d = 0; d < n; d++) {
      const h = heads[d];
      const lo = Math.min(h, d), hi = Math.max(h, d);
      const len = hi - lo;
      if (len >= worstLen) continue;
      for (let k = lo + 1; k < hi; k++) {
        if (!dominates(heads, h, k, n)) { worst = d; worstLen = len; break; }
      }
    }
    if (worst < 0) return lifts;
    heads[worst] = heads[heads[worst]];
    lifts++;
  }
}

function dominates(heads: Int32Array, h: number, k: number, n: number): boolean {
  if (h === n) return true;
  for (let x = k, steps = 0; x !== n && steps <= n; x = heads[x], steps++) if (x === h) return true;
  return false;
}
