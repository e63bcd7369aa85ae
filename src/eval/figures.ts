// Scoring figures against a hand-written gold set (test/fixtures/figures/gold.jsonl, README there): a
// predicted figure matches a gold one of its sentence when kind and best value are equal and the people
// counted agree on their head word; claimants of matched pairs agree when one phrase contains the other.
import { readFileSync } from "node:fs";
import { SourceError } from "../errors.js";
import type { Figure } from "../text/annotations.js";
import { FIGURE_KINDS } from "../text/annotations.js";
import { pct, prf } from "./metrics.js";
import { headWord, phraseWords } from "../facts/words.js";

export { headWord } from "../facts/words.js";

export interface GoldFigure {
  kind: string;
  min: number | null;
  best: number;
  max: number | null;
  qualifier: string | null;
  subjects: string | null;
  claimant: string | null;
  words?: string | null;
}

export interface FigureGoldRecord {
  id: string;
  /** 1-based line in the gold file. */
  line: number;
  date: string;
  text: string;
  figures: GoldFigure[];
}

export type FigurePredictor = (text: string, date: string, id: string) => Figure[];

const KINDS = new Set<string>(FIGURE_KINDS);

export function readFigureGold(path: string): { records: FigureGoldRecord[]; problems: { where: string; reason: string }[] } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new SourceError(path, `cannot read (${(e as Error).message})`);
  }
  const records: FigureGoldRecord[] = [];
  const problems: { where: string; reason: string }[] = [];
  text.split("\n").forEach((raw, n) => {
    if (!raw.trim()) return;
    const where = `${path}:${n + 1}`;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(raw);
    } catch (e) {
      problems.push({ where, reason: `not JSON (${(e as Error).message})` });
      return;
    }
    if (typeof r.text !== "string" || typeof r.date !== "string" || !/^\d{4}-\d\d-\d\d$/.test(r.date) || !Array.isArray(r.figures)) {
      problems.push({ where, reason: `needs "text", "date" (YYYY-MM-DD) and a "figures" list` });
      return;
    }
    const bad = (r.figures as GoldFigure[]).findIndex((f) => !f || !KINDS.has(f.kind) || typeof f.best !== "number");
    if (bad >= 0) {
      problems.push({ where, reason: `figure ${bad + 1} needs a "kind" among ${FIGURE_KINDS.join(", ")} and a numeric "best"` });
      return;
    }
    records.push({ id: typeof r.id === "string" ? r.id : `line ${n + 1}`, line: n + 1, date: r.date, text: r.text, figures: r.figures as GoldFigure[] });
  });
  return { records, problems };
}

/** The records on even or odd lines (line 1 is odd): develop on one half, check on the other. */
export function figureHalf(records: FigureGoldRecord[], half: "even" | "odd"): FigureGoldRecord[] {
  return records.filter((r) => (r.line % 2 === 0) === (half === "even"));
}

/** Whether two claimant phrases agree: both absent, or one's words (without a leading article) contain the other's. */
export function claimantsAgree(gold: string | null, predicted: string | null | undefined): boolean {
  if (!gold || !predicted) return !gold && !predicted;
  const [a, b] = [phraseWords(gold), phraseWords(predicted)];
  const within = (x: string[], y: string[]) => x.length > 0 && y.some((_, i) => x.every((w, k) => y[i + k] === w));
  return within(a, b) || within(b, a);
}

export interface FigureMatch {
  record: string;
  gold: GoldFigure | null;
  predicted: Figure | null;
  claimantAgrees?: boolean;
}

export interface FigureScore {
  sentences: number;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose claimants agree, of matched pairs. */
  claimant_accuracy: number;
  claimant_agree: number;
  /** Gold figures with a claimant whose match names it too, of gold figures with a claimant. */
  claimant_recall: number;
}

function matches(g: GoldFigure, p: Figure): boolean {
  return g.kind === p.kind && g.best === p.value.best && headWord(g.subjects) === headWord(p.subjects?.text);
}

export function scoreFigures(records: FigureGoldRecord[], predict: FigurePredictor): { score: FigureScore; results: FigureMatch[] } {
  const results: FigureMatch[] = [];
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let agree = 0;
  let goldClaimed = 0;
  let claimedFound = 0;
  for (const r of records) {
    const got = predict(r.text, r.date, r.id);
    gold += r.figures.length;
    predicted += got.length;
    const free = new Set(got);
    for (const g of r.figures) {
      if (g.claimant) goldClaimed++;
      const p = [...free].find((x) => matches(g, x)) ?? null;
      if (!p) {
        results.push({ record: r.id, gold: g, predicted: null });
        continue;
      }
      free.delete(p);
      matched++;
      const ok = claimantsAgree(g.claimant, p.claimant?.text);
      if (ok) agree++;
      if (ok && g.claimant) claimedFound++;
      results.push({ record: r.id, gold: g, predicted: p, claimantAgrees: ok });
    }
    for (const p of free) results.push({ record: r.id, gold: null, predicted: p });
  }
  const { precision, recall, f1 } = prf(matched, predicted, gold);
  return {
    score: {
      sentences: records.length, gold, predicted, matched, precision, recall, f1,
      claimant_accuracy: pct(agree, matched), claimant_agree: agree, claimant_recall: pct(claimedFound, goldClaimed),
    },
    results,
  };
}
