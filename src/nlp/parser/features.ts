// Parser features: words, tags and labels of the stack/buffer nodes and their outermost dependents,
// combined as in Zhang & Nivre (2011). Each feature is an integer mix of a template id and values;
// the inputs are per-word hashes and tag ids computed once per sentence.
import { mix } from "../hash.js";
import type { ParseState } from "./state.js";

export const PARSER_FEATURES = 75;

/**
 * The templates the label classifier reads (indices into the move features), recorded in the model.
 * All of them: a 38-template subset (s0, s1, b0, their pairs, distance, valency, s0's outer dependents)
 * parsed about a quarter faster but cost 0.5 LAS on dev.
 */
export const LABEL_FEATURE_IDS: readonly number[] = Array.from({ length: PARSER_FEATURES }, (_, k) => k);

/** Copy the label classifier's features out of the move features. */
export function selectFeatures(feats: Uint32Array, ids: readonly number[], out: Uint32Array): number {
  for (let k = 0; k < ids.length; k++) out[k] = feats[ids[k]];
  return ids.length;
}

/** Per-sentence inputs: arrays of length n+1, index n being the root. */
export interface ParseInput {
  n: number;
  words: Uint32Array;
  tags: Int32Array;
}

const NONE = 0x7ffffff1; // value of a missing node
const NOLABEL = 0x7ffffff2; // value of a node without a label yet

function dist(a: number, b: number): number {
  const d = b - a;
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
}

/** Fill `out` with the state's feature hashes (full 32 bits; each model masks them to its size). */
export function parserFeatures(s: ParseState, x: ParseInput, out: Uint32Array): number {
  const W = x.words, T = x.tags, L = s.labels, n = s.n;
  const s0 = s.sp > 0 ? s.stack[s.sp - 1] : -1;
  const s1 = s.sp > 1 ? s.stack[s.sp - 2] : -1;
  const s2 = s.sp > 2 ? s.stack[s.sp - 3] : -1;
  const b0 = s.b0, b1 = b0 + 1 <= n ? b0 + 1 : -1, b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const w = (i: number) => (i < 0 ? NONE : W[i]);
  const t = (i: number) => (i < 0 ? NONE : T[i]);
  const l = (i: number) => (i < 0 ? NONE : L[i] < 0 ? NOLABEL : L[i]);
  const s0L = s0 < 0 ? -1 : s.lc1[s0], s0L2 = s0 < 0 ? -1 : s.lc2[s0];
  const s0R = s0 < 0 ? -1 : s.rc1[s0], s0R2 = s0 < 0 ? -1 : s.rc2[s0];
  const s1L = s1 < 0 ? -1 : s.lc1[s1], s1R = s1 < 0 ? -1 : s.rc1[s1];
  const b0L = s.lc1[b0], b0L2 = s.lc2[b0];

  const s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2);
  const b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2t = t(b2);
  const d = s0 < 0 ? 0 : dist(s0, b0);
  const s0vl = s0 < 0 ? 0 : s.nl[s0], s0vr = s0 < 0 ? 0 : s.nr[s0], b0vl = s.nl[b0];
  let k = 0;
  out[k++] = mix(0, 0);
  out[k++] = mix(1, s0w); out[k++] = mix(2, s0t); out[k++] = mix(3, s0w, s0t);
  out[k++] = mix(4, s1w); out[k++] = mix(5, s1t); out[k++] = mix(6, s1w, s1t);
  out[k++] = mix(7, b0w); out[k++] = mix(8, b0t); out[k++] = mix(9, b0w, b0t);
  out[k++] = mix(10, b1w); out[k++] = mix(11, b1t); out[k++] = mix(12, b1w, b1t);
  out[k++] = mix(13, w(b2)); out[k++] = mix(14, b2t);
  out[k++] = mix(15, s0w, b0w, (s0t << 10) ^ b0t);
  out[k++] = mix(16, s0w, b0w, s0t); out[k++] = mix(17, s0w, b0w, b0t);
  out[k++] = mix(18, s0w, s0t, b0t); out[k++] = mix(19, b0w, b0t, s0t);
  out[k++] = mix(20, s0w, b0w); out[k++] = mix(21, s0t, b0t); out[k++] = mix(22, b0t, b1t);
  out[k++] = mix(23, b0t, b1t, b2t); out[k++] = mix(24, s0t, b0t, b1t); out[k++] = mix(25, s1t, s0t, b0t);
  out[k++] = mix(26, s0t, t(s0L), b0t); out[k++] = mix(27, s0t, t(s0R), b0t); out[k++] = mix(28, s0t, b0t, t(b0L));
  out[k++] = mix(29, s0t, t(s0L), t(s0L2)); out[k++] = mix(30, s0t, t(s0R), t(s0R2)); out[k++] = mix(31, b0t, t(b0L), t(b0L2));
  out[k++] = mix(32, s1t, t(s1R), s0t); out[k++] = mix(33, s1t, s0t); out[k++] = mix(34, s1w, s0w); out[k++] = mix(35, s2t, s1t, s0t);
  out[k++] = mix(36, s0w, d); out[k++] = mix(37, s0t, d); out[k++] = mix(38, b0w, d); out[k++] = mix(39, b0t, d); out[k++] = mix(40, s0w, b0w, d); out[k++] = mix(41, s0t, b0t, d);
  out[k++] = mix(42, s0w, s0vl); out[k++] = mix(43, s0t, s0vl); out[k++] = mix(44, s0w, s0vr); out[k++] = mix(45, s0t, s0vr); out[k++] = mix(46, b0w, b0vl); out[k++] = mix(47, b0t, b0vl);
  out[k++] = mix(48, w(s0L)); out[k++] = mix(49, t(s0L)); out[k++] = mix(50, l(s0L));
  out[k++] = mix(51, w(s0R)); out[k++] = mix(52, t(s0R)); out[k++] = mix(53, l(s0R));
  out[k++] = mix(54, w(b0L)); out[k++] = mix(55, t(b0L)); out[k++] = mix(56, l(b0L));
  out[k++] = mix(57, w(s0L2)); out[k++] = mix(58, t(s0L2)); out[k++] = mix(59, l(s0L2));
  out[k++] = mix(60, w(s0R2)); out[k++] = mix(61, t(s0R2)); out[k++] = mix(62, l(s0R2));
  out[k++] = mix(63, w(b0L2)); out[k++] = mix(64, t(b0L2)); out[k++] = mix(65, l(b0L2));
  out[k++] = mix(66, s0t, l(s0L), l(s0L2)); out[k++] = mix(67, s0t, l(s0R), l(s0R2)); out[k++] = mix(68, b0t, l(b0L), l(b0L2));
  out[k++] = mix(69, t(s1R), l(s1R)); out[k++] = mix(70, t(s1L), l(s1L));
  out[k++] = mix(71, w(s2)); out[k++] = mix(72, s2t);
  out[k++] = mix(73, b0w, b1w); out[k++] = mix(74, b0w, b1t);
  return k;
}
