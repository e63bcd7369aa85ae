// Scores event coding against sentence-level gold events (eval events). Per record, gold and predicted
// events become sets of triples, so a triple given twice counts once:
//   root triples  (source actor, target actor, CAMEO root)      → precision, recall, f1
//   code triples  (source actor, target actor, full CAMEO code) → code_precision, code_recall, code_f1
// with actors compared as actor-convention.ts says ("" for an actor not identified). Micro-averaged over
// all records. plover_accuracy: the share of gold events (distinct code triples) whose PLOVER type is
// matched by a predicted event of the same record, each predicted event (distinct code triple) matching
// at most one gold event.
import { ploverTypeName } from "../events/ontology.js";
import type { ActorKey } from "./actor-convention.js";
import type { CodedEvent, EventGoldRecord, GoldEvent } from "./event-gold.js";
import { pct, prf, type TripleScore } from "./metrics.js";

/** One predicted event, as the scorer compares it and --misses shows it (actor codes as the coder gives them). */
export type PredictedEvent = CodedEvent;

export type EventsPredictor = (record: EventGoldRecord) => PredictedEvent[];

/** precision, recall and f1 are those of the root triples. */
export interface EventsScore extends TripleScore {
  code_precision: number;
  code_recall: number;
  code_f1: number;
  plover_accuracy: number;
}

/** How a gold or predicted event fared: "code" (full-code triple matched), "root" (root triple only), "none". */
export type Match = "code" | "root" | "none";

export interface EventsResult {
  record: EventGoldRecord;
  gold: { event: GoldEvent; source: string; target: string; match: Match }[];
  predicted: { event: PredictedEvent; source: string; target: string; match: Match }[];
  /** The record's root-triple sets are equal. */
  exact: boolean;
}

interface Keyed {
  source: string;
  target: string;
  cameo: string;
  plover: string;
}

const rootKey = (e: Keyed) => `${e.source}\t${e.target}\t${e.cameo.slice(0, 2)}`;
const codeKey = (e: Keyed) => `${e.source}\t${e.target}\t${e.cameo}`;

/** The events of one side, one per distinct code triple (the first one given). */
function distinct<E extends { cameo: string; plover: string }>(events: readonly E[], key: ActorKey, actors: (e: E) => [string, string]) {
  const seen = new Map<string, { event: E } & Keyed>();
  for (const event of events) {
    const [s, t] = actors(event);
    const k = { event, source: key(s), target: key(t), cameo: event.cameo.trim(), plover: ploverTypeName(event.plover) };
    if (!seen.has(codeKey(k))) seen.set(codeKey(k), k);
  }
  return [...seen.values()];
}

function countIn(keys: Set<string>, of: Keyed[], keyFn: (e: Keyed) => string): number {
  return new Set(of.map(keyFn).filter((k) => keys.has(k))).size;
}

/** Matched PLOVER types: per type, as many as both sides have. */
function ploverMatches(gold: Keyed[], pred: Keyed[]): number {
  const have = new Map<string, number>();
  for (const p of pred) have.set(p.plover, (have.get(p.plover) ?? 0) + 1);
  let n = 0;
  for (const g of gold) {
    const left = have.get(g.plover) ?? 0;
    if (g.plover && left > 0) {
      n++;
      have.set(g.plover, left - 1);
    }
  }
  return n;
}

export function scoreEvents(records: readonly EventGoldRecord[], predict: EventsPredictor, key: ActorKey): { score: EventsScore; results: EventsResult[] } {
  let expected = 0, predicted = 0, tp = 0, cExpected = 0, cPredicted = 0, cTp = 0, goldEvents = 0, ploverHits = 0;
  const results: EventsResult[] = [];
  for (const record of records) {
    const gold = distinct(record.events, key, (e) => [e.source, e.target]);
    const pred = distinct(predict(record), key, (e) => [e.source, e.target]);
    const gRoot = new Set(gold.map(rootKey)), pRoot = new Set(pred.map(rootKey));
    const gCode = new Set(gold.map(codeKey)), pCode = new Set(pred.map(codeKey));
    expected += gRoot.size;
    predicted += pRoot.size;
    const hits = countIn(gRoot, pred, rootKey);
    tp += hits;
    cExpected += gCode.size;
    cPredicted += pCode.size;
    cTp += countIn(gCode, pred, codeKey);
    goldEvents += gold.length;
    ploverHits += ploverMatches(gold, pred);
    const match = (e: Keyed, codes: Set<string>, roots: Set<string>): Match => (codes.has(codeKey(e)) ? "code" : roots.has(rootKey(e)) ? "root" : "none");
    results.push({
      record,
      gold: gold.map((g) => ({ event: g.event, source: g.source, target: g.target, match: match(g, pCode, pRoot) })),
      predicted: pred.map((p) => ({ event: p.event, source: p.source, target: p.target, match: match(p, gCode, gRoot) })),
      exact: hits === gRoot.size && hits === pRoot.size,
    });
  }
  const root = prf(tp, predicted, expected);
  const code = prf(cTp, cPredicted, cExpected);
  return {
    score: {
      records: results.length, expected, predicted, true_positive: tp, ...root,
      code_precision: code.precision, code_recall: code.recall, code_f1: code.f1,
      plover_accuracy: pct(ploverHits, goldEvents),
    },
    results,
  };
}
