// Scoring against UD gold: per-word accuracy of tags, lemmas and attachments (punctuation included, as
// in the CoNLL 2018 shared task). With raw text, words are aligned to gold by character offsets and each
// score is counted over the gold words (an unaligned gold word counts as wrong), i.e. recall-style.
import type { Doc } from "../text/doc.js";

/** The measures, as match counts (UdCounts) or percentages (UdScores); sentences and tokens are counts. */
export interface UdCounts {
  sentences: number;
  /** gold words scored */
  tokens: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

export interface UdScores extends UdCounts {
  tokens_f1?: number;
  sentences_f1?: number;
}

export function emptyCounts(): UdCounts {
  return { sentences: 0, tokens: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0 };
}

/** Main relation without subtype is not used: deprels are compared in full (nsubj:pass ≠ nsubj). */
function sameHead(gold: Doc, pred: Doc, g: number, p: number, goldToPred: Int32Array): boolean {
  const gh = gold.tokens[g].head, ph = pred.tokens[p].head;
  if (gh < 0 || ph < 0) return gh < 0 && ph < 0;
  return goldToPred[gh] === ph;
}

/**
 * Count matches between a gold doc and a predicted doc. `goldToPred[g]` is the predicted token index
 * aligned to gold word g, or -1. With gold tokenization it is the identity.
 */
export function countUd(gold: Doc, pred: Doc, goldToPred?: Int32Array, into: UdCounts = emptyCounts()): UdCounts {
  const map = goldToPred ?? Int32Array.from(gold.tokens, (_, k) => k);
  into.sentences += gold.sentences.length;
  for (let g = 0; g < gold.tokens.length; g++) {
    into.tokens++;
    const p = map[g];
    if (p < 0) continue;
    const gt = gold.tokens[g], pt = pred.tokens[p];
    if (gt.upos === pt.upos) into.upos++;
    if (gt.xpos === pt.xpos) into.xpos++;
    if (gt.lemma === pt.lemma) into.lemma++;
    if (sameHead(gold, pred, g, p, map)) {
      into.uas++;
      if (gt.deprel === pt.deprel) into.las++;
    }
  }
  return into;
}

const pct = (k: number, n: number) => (n ? Math.round((10000 * k) / n) / 100 : 0);

export function udScores(c: UdCounts): UdScores {
  return {
    sentences: c.sentences, tokens: c.tokens,
    upos: pct(c.upos, c.tokens), xpos: pct(c.xpos, c.tokens), lemma: pct(c.lemma, c.tokens),
    uas: pct(c.uas, c.tokens), las: pct(c.las, c.tokens),
  };
}
