// Parser configuration for the arc-hybrid system: a stack, the buffer front b0 (words b0..n-1, then the
// artificial root at index n, which is never shifted) and the partial tree with each word's two
// leftmost and two rightmost dependents (for features). Buffers are reused across sentences.

export class ParseState {
  n = 0;
  sp = 0;
  b0 = 0;
  stack = new Int32Array(0);
  heads = new Int32Array(0);
  labels = new Int32Array(0);
  lc1 = new Int32Array(0); lc2 = new Int32Array(0);
  rc1 = new Int32Array(0); rc2 = new Int32Array(0);
  nl = new Int32Array(0); nr = new Int32Array(0);
  /** 1 when the word is on the stack (used by the oracle's costs) */
  inStack = new Uint8Array(0);

  /** Start a sentence of n words. */
  reset(n: number): void {
    this.ensure(n);
    this.n = n; this.sp = 0; this.b0 = 0;
    const len = n + 1;
    this.heads.fill(-1, 0, len); this.labels.fill(-1, 0, len);
    this.lc1.fill(-1, 0, len); this.lc2.fill(-1, 0, len); this.rc1.fill(-1, 0, len); this.rc2.fill(-1, 0, len);
    this.nl.fill(0, 0, len); this.nr.fill(0, 0, len); this.inStack.fill(0, 0, len);
  }

  private ensure(n: number): void {
    if (this.heads.length < n + 1) {
      const m = Math.max(n + 1, 2 * this.heads.length);
      this.stack = new Int32Array(m); this.heads = new Int32Array(m); this.labels = new Int32Array(m);
      this.lc1 = new Int32Array(m); this.lc2 = new Int32Array(m); this.rc1 = new Int32Array(m); this.rc2 = new Int32Array(m);
      this.nl = new Int32Array(m); this.nr = new Int32Array(m); this.inStack = new Uint8Array(m);
    }
  }

  /** Become a copy of `o` (beam search: a hypothesis extends its parent's state). */
  copyFrom(o: ParseState): void {
    this.ensure(o.n);
    const len = o.n + 1;
    this.n = o.n; this.sp = o.sp; this.b0 = o.b0;
    this.stack.set(o.stack.subarray(0, o.sp));
    this.heads.set(o.heads.subarray(0, len)); this.labels.set(o.labels.subarray(0, len));
    this.lc1.set(o.lc1.subarray(0, len)); this.lc2.set(o.lc2.subarray(0, len));
    this.rc1.set(o.rc1.subarray(0, len)); this.rc2.set(o.rc2.subarray(0, len));
    this.nl.set(o.nl.subarray(0, len)); this.nr.set(o.nr.subarray(0, len)); this.inStack.set(o.inStack.subarray(0, len));
  }

  get s0(): number { return this.sp > 0 ? this.stack[this.sp - 1] : -1; }
  get s1(): number { return this.sp > 1 ? this.stack[this.sp - 2] : -1; }
  get s2(): number { return this.sp > 2 ? this.stack[this.sp - 3] : -1; }

  terminal(): boolean {
    return this.sp === 0 && this.b0 === this.n;
  }

  push(w: number): void {
    this.stack[this.sp++] = w;
    this.inStack[w] = 1;
  }

  pop(): number {
    const w = this.stack[--this.sp];
    this.inStack[w] = 0;
    return w;
  }

  addArc(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    if (d < h) {
      this.nl[h]++;
      if (this.lc1[h] < 0 || d < this.lc1[h]) { this.lc2[h] = this.lc1[h]; this.lc1[h] = d; }
      else if (this.lc2[h] < 0 || d < this.lc2[h]) this.lc2[h] = d;
    } else {
      this.nr[h]++;
      if (this.rc1[h] < 0 || d > this.rc1[h]) { this.rc2[h] = this.rc1[h]; this.rc1[h] = d; }
      else if (this.rc2[h] < 0 || d > this.rc2[h]) this.rc2[h] = d;
    }
  }
}
