import { test } from "node:test";
import assert from "node:assert/strict";
import { LinearModel } from "../src/nlp/perceptron.js";

// A few-class model scores from a bucket-indexed float table when small and from float rows when its
// table is large; both must give the quantised weights' sums exactly as stored.
function model(bits: number): LinearModel {
  const buckets = Uint32Array.from([3, 70, (1 << bits) - 5]);
  const scales = Float32Array.from([0.5, 0.25, 2]);
  const q = Int8Array.from([1, -2, 3, 4, 5, -6, -7, 8, 9]);
  return LinearModel.fromQuantised(bits, 3, buckets, scales, q);
}

for (const bits of [12, 23]) {
  test(`few-class model with ${bits}-bit buckets scores the stored weights`, () => {
    const m = model(bits);
    const out = new Float32Array(3);
    // bucket 70 twice, the last bucket once, and one bucket without a row
    m.score(Uint32Array.from([70, (1 << bits) - 5, 70, 11]), 4, out);
    assert.deepEqual([...out], [2 * 0.25 * 4 + 2 * -7, 2 * 0.25 * 5 + 2 * 8, 2 * 0.25 * -6 + 2 * 9]);
    m.scoreRange(Uint32Array.from([3]), 1, out, 1, 3);
    assert.deepEqual([...out].slice(1), [0.5 * -2, 0.5 * 3]);
  });
}
