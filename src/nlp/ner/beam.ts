// Beam search over label sequences for the NER tagger, shared by decoding and structured training.
// Width 1 is the greedy left-to-right decoder; wider beams keep the `width` best label prefixes so that
// a label whose worth shows only at the next token ("B-ORG" before "Corporation") is not lost.

/** Label scores of token i after labels p1 (previous) and p2 (the one before), added into `out`. */
export type HistoryScorer = (i: number, p1: number, p2: number, out: Float64Array) => void;

export interface BeamResult {
  /** Labels of the best hypothesis (the whole sentence, or the prefix up to where gold fell out). */
  labels: number[];
  /** Token at which the gold sequence left the beam (early update), or -1. */
  goldOut: number;
}

interface Hyp {
  score: number;
  label: number;
  p1: number;
  p2: number;
  parent: Hyp | null;
  /** Whether this prefix equals the gold prefix (training only). */
  gold: boolean;
}

function labelsOf(h: Hyp): number[] {
  const out: number[] = [];
  for (let c: Hyp | null = h; c; c = c.parent) out.push(c.label);
  return out.reverse();
}

/**
 * Best label sequence for `n` tokens under `width`: `statics[i * L + y]` is token i's score for label y
 * without history, `history` adds the history-dependent part, `allowed[p * L + y]` says whether y may
 * follow p (sentence start: after label 0, "O"), `mayEnd[y]` whether y may end the sentence. With `gold`,
 * stops as soon as the gold prefix drops out of the beam (Collins & Roark's early update).
 */
export function beamSearch(
  n: number, L: number, width: number, statics: Float64Array, history: HistoryScorer,
  allowed: Uint8Array, mayEnd: Uint8Array, gold?: readonly number[],
): BeamResult {
  let beam: Hyp[] = [{ score: 0, label: 0, p1: 0, p2: 0, parent: null, gold: true }];
  const scores = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    const next: Hyp[] = [];
    for (const h of beam) {
      scores.fill(0);
      history(i, h.p1, h.p2, scores);
      for (let y = 0; y < L; y++) {
        if (!allowed[h.p1 * L + y] || (i === n - 1 && !mayEnd[y])) continue;
        next.push({
          score: h.score + statics[i * L + y] + scores[y], label: y, p1: y, p2: h.p1, parent: i === 0 ? null : h,
          gold: gold !== undefined && h.gold && gold[i] === y,
        });
      }
    }
    // Stable sort: among equal scores the earlier hypothesis and the lower label win, as in greedy decoding.
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, width);
    if (gold && !beam.some((h) => h.gold)) return { labels: labelsOf(beam[0]), goldOut: i };
  }
  return { labels: n ? labelsOf(beam[0]) : [], goldOut: -1 };
}
