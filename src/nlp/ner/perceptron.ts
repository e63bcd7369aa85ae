// Averaged multiclass perceptron over string features, used only while training. Weights live in one
// flat array (feature row × label) that grows as features are first seen; averaging uses the usual
// trick of keeping, beside each weight, the sum of its updates scaled by the time they happened.

export class AveragedPerceptron {
  readonly index = new Map<string, number>();
  private w: Float64Array;
  private u: Float64Array;
  /** Update clock: one tick per training example seen. */
  private clock = 1;

  constructor(readonly nLabels: number, initialFeatures = 1 << 16) {
    this.w = new Float64Array(initialFeatures * nLabels);
    this.u = new Float64Array(initialFeatures * nLabels);
  }

  /** Row of a feature, creating it when `add` is set; -1 for an unknown feature otherwise. */
  id(feature: string, add: boolean): number {
    let id = this.index.get(feature);
    if (id !== undefined) return id;
    if (!add) return -1;
    id = this.index.size;
    this.index.set(feature, id);
    if ((id + 1) * this.nLabels > this.w.length) {
      const grow = (a: Float64Array) => { const b = new Float64Array(a.length * 2); b.set(a); return b; };
      this.w = grow(this.w);
      this.u = grow(this.u);
    }
    return id;
  }

  /** Add the current weights of feature rows `ids` into `out` (one score per label). */
  score(ids: ArrayLike<number>, out: Float64Array): void {
    const L = this.nLabels;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (id < 0) continue;
      const base = id * L;
      for (let y = 0; y < L; y++) out[y] += this.w[base + y];
    }
  }

  /** Reward `gold` and penalise `pred` on the given feature rows. */
  update(ids: ArrayLike<number>, gold: number, pred: number): void {
    const L = this.nLabels;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (id < 0) continue;
      this.w[id * L + gold] += 1;
      this.u[id * L + gold] += this.clock;
      this.w[id * L + pred] -= 1;
      this.u[id * L + pred] -= this.clock;
    }
  }

  /** Add `delta` to the weights of `label` on the given feature rows (structured updates reward and penalise separately). */
  adjust(ids: ArrayLike<number>, label: number, delta: number): void {
    const L = this.nLabels;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      if (id < 0) continue;
      this.w[id * L + label] += delta;
      this.u[id * L + label] += delta * this.clock;
    }
  }

  /** Forget all weights (keeping the feature index), to train again from scratch with another seed. */
  reset(): void {
    this.w.fill(0);
    this.u.fill(0);
    this.clock = 1;
  }

  tick(): void {
    this.clock++;
  }

  /** The averaged weights, keeping only rows with some weight of magnitude ≥ `minAbs`. */
  averaged(minAbs = 1e-3): { features: string[]; weights: Float32Array } {
    const L = this.nLabels;
    const features: string[] = [];
    const rows: number[] = [];
    for (const [f, id] of this.index) {
      let keep = false;
      for (let y = 0; y < L && !keep; y++) keep = Math.abs(this.w[id * L + y] - this.u[id * L + y] / this.clock) >= minAbs;
      if (keep) { features.push(f); rows.push(id); }
    }
    const weights = new Float32Array(features.length * L);
    rows.forEach((id, r) => {
      for (let y = 0; y < L; y++) weights[r * L + y] = this.w[id * L + y] - this.u[id * L + y] / this.clock;
    });
    return { features, weights };
  }
}
