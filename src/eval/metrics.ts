// Small scoring helpers shared by the event-suite scorers.

/** Counts and micro scores of a triple-set comparison, as the event-suite scorers print them. */
export interface TripleScore {
  records: number;
  expected: number;
  predicted: number;
  true_positive: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A ratio as a percentage rounded to two decimals (0 when the denominator is 0). */
export function pct(num: number, den: number): number {
  return den === 0 ? 0 : Math.round((10000 * num) / den) / 100;
}

/** Micro precision/recall/F1 in percent from counts. */
export function prf(tp: number, predicted: number, expected: number): { precision: number; recall: number; f1: number } {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = expected === 0 ? 0 : tp / expected;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: pct(p, 1), recall: pct(r, 1), f1: pct(f, 1) };
}
