// Scoring a whole CoNLL-U file with the pipeline, with gold tokenization or from its raw text.
import { conlluToDoc, type ConlluSentence } from "../nlp/conllu.js";
import type { Nlp } from "../nlp/index.js";
import { alignRaw, rawTextFor } from "./ud-align.js";
import { countUd, udScores, type UdScores } from "./ud.js";

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A copy of the gold doc's tokens and sentences with every annotation cleared. */
function stripped(sents: ConlluSentence[]) {
  const doc = conlluToDoc(sents);
  for (const t of doc.tokens) { t.upos = t.xpos = t.lemma = t.deprel = ""; t.head = -1; }
  return doc;
}

/** Scores of a pipeline on CoNLL-U sentences; `raw` needs `process` (tokenizer and splitter). */
export function scoreUdFile(sents: ConlluSentence[], nlp: Pick<Nlp, "annotate"> & Partial<Pick<Nlp, "process">>, raw: boolean): UdScores {
  const gold = conlluToDoc(sents);
  if (!raw) return udScores(countUd(gold, nlp.annotate(stripped(sents))));
  if (!nlp.process) throw new Error("scoreUdFile: raw-text scoring needs a pipeline with process()");
  const pred = nlp.process(rawTextFor(sents));
  const al = alignRaw(sents, pred);
  return { ...udScores(countUd(gold, pred, al.goldToPred)), tokens_f1: round2(al.tokensF1), sentences_f1: round2(al.sentencesF1) };
}
