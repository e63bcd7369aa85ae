// Averaged perceptron over hashed features. Training keeps dense tables (one row of class weights per
// hash bucket); the finished model keeps only the useful rows, quantised to int8 with one scale per row,
// so the in-memory model is exactly what the model file stores.

/**
 * A trained linear model: rowIndex maps a feature bucket to a row of int8 class weights (or -1); the
 * real weight is scale[row] × q. Scoring reads the int8 rows directly: a quarter of the memory traffic
 * of float32 and nothing to convert at load time.
 */
/** Largest bucket-indexed float table (in floats) a few-class model builds at load: 24 MiB. */
const DENSE_LIMIT = 6 << 20;

export class LinearModel {
  readonly mask: number;
  constructor(
    readonly bits: number,
    readonly nClasses: number,
    /** bucket → row number, -1 when the bucket has no weights (null: built from `buckets` on first use) */
    rowIndex: Int32Array | null,
    /** kept buckets in row order (ascending) */
    readonly buckets: Uint32Array,
    /** per-row scale: weight = scale * q */
    readonly scales: Float32Array,
    /** quantised weights, rows × nClasses */
    readonly q: Int8Array,
  ) {
    this.mask = (1 << bits) - 1;
    this.index = rowIndex;
    // Models with few classes (the parser's moves) keep their weights as floats: indexed by bucket when
    // that table is small (one memory access per feature), else by row (two accesses, far less memory).
    if (nClasses <= 4) {
      const byBucket = (1 << bits) * nClasses <= DENSE_LIMIT;
      const dense = new Float32Array((byBucket ? 1 << bits : buckets.length) * nClasses);
      for (let r = 0; r < buckets.length; r++) {
        const at = (byBucket ? buckets[r] : r) * nClasses;
        for (let c = 0; c < nClasses; c++) dense[at + c] = scales[r] * q[r * nClasses + c];
      }
      if (byBucket) this.dense = dense; else this.floatRows = dense;
    }
  }

  private index: Int32Array | null;

  /**
   * bucket → row number, -1 when the bucket has no weights. Built when first asked for: a model scored
   * through its bucket-indexed floats (the parser's moves) never needs it (8 MiB it does not hold).
   */
  get rowIndex(): Int32Array {
    if (!this.index) {
      const rowIndex = new Int32Array(1 << this.bits).fill(-1);
      for (let r = 0; r < this.buckets.length; r++) rowIndex[this.buckets[r]] = r;
      this.index = rowIndex;
    }
    return this.index;
  }

  /** bucket × class weights, for models with few classes (see the constructor) */
  private readonly dense?: Float32Array;
  /** row × class weights as floats, for models with few classes but a large table */
  private readonly floatRows?: Float32Array;

  static fromQuantised(bits: number, nClasses: number, buckets: Uint32Array, scales: Float32Array, q: Int8Array): LinearModel {
    return new LinearModel(bits, nClasses, null, buckets, scales, q);
  }

  /** out[c] = sum of the weights of class c over the n features (hashes, masked to this model's table). */
  score(feats: Uint32Array, n: number, out: Float32Array): void {
    this.scoreRange(feats, n, out, 0, this.nClasses);
  }

  /** Like score, for classes [from, to) only (out indexed by class id). */
  scoreRange(feats: Uint32Array, n: number, out: Float32Array, from: number, to: number): void {
    const nc = this.nClasses, mask = this.mask;
    for (let c = from; c < to; c++) out[c] = 0;
    const dense = this.dense;
    if (dense) {
      if (to - from === 3) {
        // the parser's three moves: sums in locals, so the loads of successive features do not wait on
        // stores to out (same additions in the same order as the general loop)
        let a = 0, b = 0, d = 0;
        for (let k = 0; k < n; k++) {
          const base = (feats[k] & mask) * nc + from;
          a = Math.fround(a + dense[base]); b = Math.fround(b + dense[base + 1]); d = Math.fround(d + dense[base + 2]);
        }
        out[from] = a; out[from + 1] = b; out[from + 2] = d;
        return;
      }
      for (let k = 0; k < n; k++) {
        const base = (feats[k] & mask) * nc;
        for (let c = from; c < to; c++) out[c] += dense[base + c];
      }
      return;
    }
    const idx = this.rowIndex;
    const rows = this.floatRows;
    if (rows) {
      for (let k = 0; k < n; k++) {
        const r = idx[feats[k] & mask];
        if (r < 0) continue;
        const base = r * nc;
        for (let c = from; c < to; c++) out[c] += rows[base + c];
      }
      return;
    }
    // Three passes: the rows' lookups, then one read at each end of the rows' class range, then the sums.
    // The first two issue their (mostly cache-missing) loads independently of each other, so the CPU
    // overlaps them; folded into the summing loop, each miss would wait for the previous row's sums.
    const q = this.q, sc = this.scales;
    if (this.rowsOf.length < n) this.rowsOf = new Int32Array(n);
    const rs = this.rowsOf;
    let touch = 0;
    for (let k = 0; k < n; k++) rs[k] = idx[feats[k] & mask];
    for (let k = 0; k < n; k++) {
      const r = rs[k];
      if (r >= 0) touch += q[r * nc + from] + q[r * nc + to - 1] + sc[r];
    }
    this.touched = touch;
    for (let k = 0; k < n; k++) {
      const r = rs[k];
      if (r < 0) continue;
      const base = r * nc, s = sc[r];
      for (let c = from; c < to; c++) out[c] += s * q[base + c];
    }
  }

  /** scratch: the row of each feature being scored */
  private rowsOf = new Int32Array(0);
  /** sink for the touching reads (kept so the compiler cannot drop them) */
  private touched = 0;
}

export class PerceptronTrainer {
  readonly mask: number;
  /** current weights */
  private readonly w: Float32Array;
  /** sum of (step × delta), for averaging: avg = w - u / step */
  private readonly u: Float32Array;
  private step = 1;

  constructor(readonly bits: number, readonly nClasses: number) {
    this.mask = (1 << bits) - 1;
    this.w = new Float32Array((1 << bits) * nClasses);
    this.u = new Float32Array((1 << bits) * nClasses);
  }

  score(feats: Uint32Array, n: number, out: Float32Array): void {
    this.scoreRange(feats, n, out, 0, this.nClasses);
  }

  scoreRange(feats: Uint32Array, n: number, out: Float32Array, from: number, to: number): void {
    const nc = this.nClasses, w = this.w, mask = this.mask;
    for (let c = from; c < to; c++) out[c] = 0;
    for (let k = 0; k < n; k++) {
      const base = (feats[k] & mask) * nc;
      for (let c = from; c < to; c++) out[c] += w[base + c];
    }
  }

  /** Move weight from the guessed class to the true class on every feature. */
  update(truth: number, guess: number, feats: Uint32Array, n: number): void {
    if (truth === guess) return;
    const nc = this.nClasses, w = this.w, u = this.u, t = this.step, mask = this.mask;
    for (let k = 0; k < n; k++) {
      const base = (feats[k] & mask) * nc;
      w[base + truth] += 1; u[base + truth] += t;
      w[base + guess] -= 1; u[base + guess] -= t;
    }
  }

  /** Add `delta` to the weights of one class on every feature (global updates of beam training). */
  add(cls: number, feats: Uint32Array, n: number, delta: number): void {
    const nc = this.nClasses, w = this.w, u = this.u, t = this.step * delta, mask = this.mask;
    for (let k = 0; k < n; k++) {
      const at = (feats[k] & mask) * nc + cls;
      w[at] += delta; u[at] += t;
    }
  }

  /** Replace the weights by their average so far and start averaging afresh (a new training phase). */
  restartAveraging(): void {
    const w = this.w, u = this.u, t = this.step;
    for (let k = 0; k < w.length; k++) w[k] -= u[k] / t;
    u.fill(0);
    this.step = 1;
  }

  /** Call once per training instance (the averaging clock). */
  tick(steps = 1): void {
    this.step += steps;
  }

  /**
   * Average, drop near-empty rows and quantise. Keeps at most `maxRows` rows, the ones with the largest
   * weights (rows of rare features that barely moved go first).
   */
  finish(maxRows = Infinity): LinearModel {
    const nc = this.nClasses, nb = 1 << this.bits, w = this.w, u = this.u, t = this.step;
    const maxAbs = new Float32Array(nb);
    const avg = new Float32Array(nc);
    for (let b = 0; b < nb; b++) {
      let m = 0;
      const base = b * nc;
      for (let c = 0; c < nc; c++) {
        const v = Math.abs(w[base + c] - u[base + c] / t);
        if (v > m) m = v;
      }
      maxAbs[b] = m;
    }
    let kept: number[] = [];
    for (let b = 0; b < nb; b++) if (maxAbs[b] > 1e-3) kept.push(b);
    if (kept.length > maxRows) {
      kept.sort((a, b) => maxAbs[b] - maxAbs[a] || a - b);
      kept = kept.slice(0, maxRows).sort((a, b) => a - b);
    }
    const buckets = Uint32Array.from(kept);
    const scales = new Float32Array(kept.length);
    const q = new Int8Array(kept.length * nc);
    kept.forEach((b, r) => {
      const base = b * nc;
      for (let c = 0; c < nc; c++) avg[c] = w[base + c] - u[base + c] / t;
      const s = maxAbs[b] / 127;
      scales[r] = s;
      for (let c = 0; c < nc; c++) q[r * nc + c] = Math.round(avg[c] / s);
    });
    return LinearModel.fromQuantised(this.bits, nc, buckets, scales, q);
  }
}

/** Index of the best-scoring class among those allowed (all when `allowed` is omitted). */
export function argmax(scores: Float32Array, n: number): number {
  let best = 0;
  for (let c = 1; c < n; c++) if (scores[c] > scores[best]) best = c;
  return best;
}
