// Scores event coding against PETRARCH records: the set of (source, target, CAMEO code) triples per
// sentence, micro-averaged over all evaluated records, at full-code and at root-code (two-digit) level.
import type { PetrarchRecord, Triple } from "./petrarch-records.js";
import { pct, prf, type TripleScore } from "./metrics.js";

export type { Triple } from "./petrarch-records.js";

/** Codes one record's text; `date` is the record's ISO date (reference date for dated actor codes). */
export type PetrarchPredictor = (text: string, date: string | null, record: PetrarchRecord) => Triple[];

export interface PetrarchScore extends TripleScore {
  /** Percentage of records whose predicted set equals the gold set. */
  exact_records: number;
  /** F1 with codes cut to their two-digit root. */
  root_f1: number;
}

export interface RecordResult {
  id: string;
  where: string;
  text: string;
  gold: Triple[];
  predicted: Triple[];
  truePositive: number;
  exact: boolean;
}

const key = (t: Triple, root = false) => `${t.source}\t${t.target}\t${root ? t.code.slice(0, 2) : t.code}`;
const keySet = (ts: Triple[], root = false) => new Set(ts.map((t) => key(t, root)));

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/** Scores `predict` over the records marked for evaluation (duplicate triples within a record count once). */
export function scorePetrarch(records: PetrarchRecord[], predict: PetrarchPredictor): { score: PetrarchScore; results: RecordResult[] } {
  let expected = 0, predicted = 0, tp = 0, exact = 0;
  let rExpected = 0, rPredicted = 0, rTp = 0;
  const results: RecordResult[] = [];
  for (const rec of records.filter((r) => r.evaluate)) {
    const pred = predict(rec.text, rec.date, rec);
    const g = keySet(rec.gold);
    const p = keySet(pred);
    const hit = overlap(g, p);
    expected += g.size;
    predicted += p.size;
    tp += hit;
    const same = hit === g.size && hit === p.size;
    if (same) exact++;
    const gr = keySet(rec.gold, true);
    const pr = keySet(pred, true);
    rExpected += gr.size;
    rPredicted += pr.size;
    rTp += overlap(gr, pr);
    results.push({ id: rec.id, where: rec.where, text: rec.text, gold: rec.gold, predicted: pred, truePositive: hit, exact: same });
  }
  const { precision, recall, f1 } = prf(tp, predicted, expected);
  return {
    score: {
      records: results.length,
      expected,
      predicted,
      true_positive: tp,
      precision,
      recall,
      f1,
      exact_records: pct(exact, results.length),
      root_f1: prf(rTp, rPredicted, rExpected).f1,
    },
    results,
  };
}
