// Beam search over arc-hybrid transitions. A hypothesis is a parser state and the sum of its move scores;
// at each step every hypothesis is extended by each valid move and the `width` best survive. Every
// derivation of an n-word sentence takes exactly 2n moves, so the hypotheses stay in step. Labels are not
// part of the search: when a move makes an arc, its label is chosen greedily from that hypothesis's
// features. With width 1 this is exactly the greedy parser. Training (src/train/parser.ts) reuses the
// search with `track`, which keeps each hypothesis's history of (features, move) for global updates.
import { MOVES } from "./moves.js";
import { parserFeatures, PARSER_FEATURES, type ParseInput } from "./features.js";
import { ParseState } from "./state.js";

/** A step of a hypothesis's history (kept only when training). */
export interface BeamNode {
  parent: BeamNode | null;
  feats: Uint32Array;
  move: number;
}

/** Scores the three moves from a state's features, and picks the label of an arc (-1 for SHIFT). */
export interface BeamScorer {
  scoreMoves(feats: Uint32Array, n: number, out: Float32Array): void;
  label(s: ParseState, feats: Uint32Array, n: number, move: number): number;
}

/** The pair of histories a global (early) update compares: the best prediction and the best gold path. */
export interface BeamViolation {
  pred: BeamNode;
  gold: BeamNode;
}

export class BeamSearch {
  size = 0;
  states: ParseState[] = [];
  scores: Float64Array;
  private nodes: (BeamNode | null)[] = [];
  /** per hypothesis: all moves so far cost nothing against the gold tree (training) */
  private gold: Uint8Array;
  private next: ParseState[] = [];
  private nextScores: Float64Array;
  private nextGold: Uint8Array;
  private nextNodes: (BeamNode | null)[] = [];
  private feats: Uint32Array[] = [];
  private readonly moveScores = new Float32Array(3);
  private readonly goldState = new ParseState();
  private readonly goldFeats = new Uint32Array(PARSER_FEATURES);
  // candidates of one step: hypothesis × move
  private candScore: Float64Array;
  private candHyp: Int32Array;
  private candMove: Int32Array;
  private candGold: Uint8Array;
  private order: Int32Array;

  constructor(readonly width: number) {
    for (let k = 0; k < width; k++) {
      this.states.push(new ParseState()); this.next.push(new ParseState());
      this.feats.push(new Uint32Array(PARSER_FEATURES));
      this.nodes.push(null); this.nextNodes.push(null);
    }
    this.scores = new Float64Array(width); this.nextScores = new Float64Array(width);
    this.gold = new Uint8Array(width); this.nextGold = new Uint8Array(width);
    const nc = 3 * width;
    this.candScore = new Float64Array(nc); this.candHyp = new Int32Array(nc);
    this.candMove = new Int32Array(nc); this.candGold = new Uint8Array(nc); this.order = new Int32Array(nc);
  }

  private node(h: number, m: number): BeamNode {
    return { parent: this.nodes[h], feats: this.feats[h].slice(), move: m };
  }

  /**
   * Run the search over one sentence; the best hypothesis is states[0]. With `goldCost` (training) the
   * search keeps histories and stops early when no gold path is left in the beam (early update): it then
   * returns the best prediction and the best gold candidate; at the end it returns them when the best
   * hypothesis is not gold, else null.
   */
  run(x: ParseInput, sc: BeamScorer, goldCost?: (s: ParseState, m: number) => number, maxViolation = false): BeamViolation | null {
    const B = this.width, train = goldCost !== undefined;
    // max-violation (Huang et al. 2012): a gold path followed outside the beam (best zero-cost move at each
    // step); the update is at the step where the best hypothesis, not gold, leads it by the most
    const gs = this.goldState, gf = this.goldFeats;
    let goldNode: BeamNode | null = null, goldScore = 0, worst = 0, violation: BeamViolation | null = null;
    if (maxViolation) gs.reset(x.n);
    this.size = 1;
    this.states[0].reset(x.n);
    this.scores[0] = 0;
    this.nodes[0] = null;
    this.gold[0] = 1;
    const steps = 2 * x.n;
    const ord = this.order, cs = this.candScore;
    for (let step = 0; step < steps; step++) {
      let nc = 0;
      for (let h = 0; h < this.size; h++) {
        const s = this.states[h], f = this.feats[h];
        const nf = parserFeatures(s, x, f);
        sc.scoreMoves(f, nf, this.moveScores);
        for (let m = 0; m < 3; m++) {
          if (!MOVES[m].isValid(s)) continue;
          cs[nc] = this.scores[h] + this.moveScores[m];
          this.candHyp[nc] = h; this.candMove[nc] = m; ord[nc] = nc;
          if (train) this.candGold[nc] = this.gold[h] && goldCost(s, m) === 0 ? 1 : 0;
          nc++;
        }
      }
      // best candidates first; ties go to the earlier hypothesis, then the lower move id (as greedy)
      const keep = Math.min(B, nc);
      for (let i = 0; i < keep; i++) {
        let best = i;
        for (let j = i + 1; j < nc; j++) if (cs[ord[j]] > cs[ord[best]] || (cs[ord[j]] === cs[ord[best]] && ord[j] < ord[best])) best = j;
        const t = ord[i]; ord[i] = ord[best]; ord[best] = t;
      }
      if (maxViolation) {
        const nf = parserFeatures(gs, x, gf);
        sc.scoreMoves(gf, nf, this.moveScores);
        let gm = -1;
        for (let m = 0; m < 3; m++) if (MOVES[m].isValid(gs) && goldCost!(gs, m) === 0 && (gm < 0 || this.moveScores[m] > this.moveScores[gm])) gm = m;
        if (gm < 0) throw new Error("beam: no gold move (training tree not projective?)");
        goldScore += this.moveScores[gm];
        goldNode = { parent: goldNode, feats: gf.slice(), move: gm };
        MOVES[gm].apply(gs, sc.label(gs, gf, nf, gm));
        const v = cs[ord[0]] - goldScore;
        if (!this.candGold[ord[0]] && v >= worst) {
          worst = v;
          violation = { pred: this.node(this.candHyp[ord[0]], this.candMove[ord[0]]), gold: goldNode };
        }
      } else if (train) {
        let goldKept = false;
        for (let i = 0; i < keep; i++) if (this.candGold[ord[i]]) goldKept = true;
        if (!goldKept) {
          let g = -1;
          for (let i = keep; i < nc; i++) if (this.candGold[ord[i]] && (g < 0 || cs[ord[i]] > cs[g])) g = ord[i];
          if (g < 0) throw new Error("beam: no gold move (training tree not projective?)");
          return { pred: this.node(this.candHyp[ord[0]], this.candMove[ord[0]]), gold: this.node(this.candHyp[g], this.candMove[g]) };
        }
      }
      for (let i = 0; i < keep; i++) {
        const c = ord[i], h = this.candHyp[c], m = this.candMove[c];
        const ns = this.next[i], src = this.states[h];
        ns.copyFrom(src);
        if (train) { this.nextGold[i] = this.candGold[c]; this.nextNodes[i] = this.node(h, m); }
        const label = sc.label(src, this.feats[h], PARSER_FEATURES, m);
        this.nextScores[i] = cs[c];
        MOVES[m].apply(ns, label);
      }
      // swap the pools
      [this.states, this.next] = [this.next, this.states];
      [this.scores, this.nextScores] = [this.nextScores, this.scores];
      [this.gold, this.nextGold] = [this.nextGold, this.gold];
      [this.nodes, this.nextNodes] = [this.nextNodes, this.nodes];
      this.size = keep;
    }
    if (maxViolation) return violation;
    if (!train || this.gold[0]) return null;
    let g = 0;
    while (!this.gold[g]) g++;
    return { pred: this.nodes[0]!, gold: this.nodes[g]! };
  }
}
