// Exact-span NER scoring (CoNLL style): a predicted entity counts only if its start, end and type all
// match a gold entity. Micro-averaged over all entities, and per type.
import { nerSentencesToDoc, splitDocuments, type NerSentence } from "../nlp/ner/corpus.js";
import type { Ner } from "../nlp/ner/index.js";
import { bioToSpans, type TagSpan } from "../nlp/ner/spans.js";

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore extends PRF {
  /** Number of gold entities of this type. */
  support: number;
}

export interface NerScore extends PRF {
  per_type: Record<string, TypeScore>;
}

/** Running true-positive / false-positive / false-negative counts per type. */
export class SpanCounts {
  readonly tp = new Map<string, number>();
  readonly fp = new Map<string, number>();
  readonly fn = new Map<string, number>();

  /** Compare the entities of one sentence. */
  add(gold: readonly TagSpan[], pred: readonly TagSpan[]): void {
    const key = (s: TagSpan) => `${s.start}:${s.end}:${s.label}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) bump(goldKeys.has(key(p)) ? this.tp : this.fp, p.label);
    for (const g of gold) if (!predKeys.has(key(g))) bump(this.fn, g.label);
  }

  score(): NerScore {
    const types = [...new Set([...this.tp.keys(), ...this.fp.keys(), ...this.fn.keys()])].sort();
    const per_type: Record<string, TypeScore> = {};
    let tp = 0, fp = 0, fn = 0;
    for (const t of types) {
      const a = this.tp.get(t) ?? 0, b = this.fp.get(t) ?? 0, c = this.fn.get(t) ?? 0;
      per_type[t] = { ...prf(a, b, c), support: a + c };
      tp += a; fp += b; fn += c;
    }
    return { ...prf(tp, fp, fn), per_type };
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Precision, recall and F1 as percentages rounded to two decimals (0 when undefined). */
export function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pct = (x: number) => Math.round(x * 10000) / 100;
  return { precision: pct(p), recall: pct(r), f1: pct(f) };
}

/** Score whole corpora given as per-sentence entity lists (gold[i] against pred[i]). */
export function scoreSpans(gold: readonly (readonly TagSpan[])[], pred: readonly (readonly TagSpan[])[]): NerScore {
  if (gold.length !== pred.length) throw new Error(`scoreSpans: ${gold.length} gold sentences but ${pred.length} predicted`);
  const c = new SpanCounts();
  gold.forEach((g, i) => c.add(g, pred[i]));
  return c.score();
}

/**
 * Tag gold sentences through the runtime API (a Doc over the gold words, `ner.tag`) and score the
 * entities it sets against the gold tags.
 */
export function scoreNer(ner: Ner, sentences: readonly NerSentence[]): NerScore {
  const pred: TagSpan[][] = [];
  for (const group of splitDocuments(sentences)) {
    const doc = nerSentencesToDoc(group);
    ner.tag(doc);
    for (const s of doc.sentences) pred.push(bioToSpans(doc.sentenceTokens(s).map((t) => t.ent)));
  }
  return scoreSpans(sentences.map((s) => bioToSpans(s.tags)), pred);
}
