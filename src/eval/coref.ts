// Coreference scores over one set of items, each with a gold and a predicted cluster label: B³ (Bagga &
// Baldwin: per-item overlap of its two clusters, averaged) and pairwise (every pair of items, linked or not).
import { pct } from "./metrics.js";

export interface CorefScore {
  items: number;
  b3: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number; true_links: number; predicted_links: number; gold_links: number };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** `gold` and `predicted` map each item to its cluster label; only items in both are scored. */
export function scoreCoref<K, G, S>(gold: Map<K, G>, predicted: Map<K, S>): CorefScore {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const members = <L>(labels: Map<K, L>) => {
    const m = new Map<L, Set<K>>();
    for (const k of items) {
      const l = labels.get(k)!;
      if (!m.has(l)) m.set(l, new Set());
      m.get(l)!.add(k);
    }
    return m;
  };
  const g = members(gold), s = members(predicted);
  let bp = 0, br = 0;
  for (const k of items) {
    const gs = g.get(gold.get(k)!)!, ss = s.get(predicted.get(k)!)!;
    let both = 0;
    for (const x of ss) if (gs.has(x)) both++;
    bp += both / ss.size;
    br += both / gs.size;
  }
  const pairs = (c: Map<unknown, Set<K>>) => [...c.values()].reduce((n, set) => n + (set.size * (set.size - 1)) / 2, 0);
  let tp = 0;
  for (const set of s.values()) {
    const byGold = new Map<G, number>();
    for (const k of set) byGold.set(gold.get(k)!, (byGold.get(gold.get(k)!) ?? 0) + 1);
    for (const n of byGold.values()) tp += (n * (n - 1)) / 2;
  }
  const predictedLinks = pairs(s), goldLinks = pairs(g);
  const n = items.length;
  const B = { p: n ? bp / n : 0, r: n ? br / n : 0 };
  // With no links on either side, pairwise precision/recall are vacuous: 100.
  const P = predictedLinks ? tp / predictedLinks : 1, R = goldLinks ? tp / goldLinks : 1;
  return {
    items: n,
    b3: { precision: pct(B.p, 1), recall: pct(B.r, 1), f1: pct(f1(B.p, B.r), 1) },
    pairwise: { precision: pct(P, 1), recall: pct(R, 1), f1: pct(f1(P, R), 1), true_links: tp, predicted_links: predictedLinks, gold_links: goldLinks },
  };
}
