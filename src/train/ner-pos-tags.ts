// Penn tags for the NER training text that are as noisy as the tagger's tags on new text: the syntax
// tagger was trained on these very sentences (UD EWT train is UNER train), so its own tags there are
// near-perfect; instead each sentence is tagged by a tagger trained on the other folds (jackknifing).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../errors.js";
import { readConllu } from "../nlp/conllu.js";
import { jackknifeTags, tagClassesOf } from "./tagger.js";
import { SYNTAX_TREEBANKS, TAGGER_BITS, TAGGER_ROWS } from "./syntax.js";

export interface JackknifeOptions {
  folds: number;
  /** Tagger epochs per fold (the syntax tagger's chosen count, from models/syntax/meta.json). */
  epochs: number;
  seed: number;
  log: (line: string) => void;
}

/** Jackknifed Penn tags of the syntax treebanks' training sentences, keyed by the sentence's words joined by spaces. */
export function jackknifedPennTags(sharedDir: string, o: JackknifeOptions): Map<string, string[]> {
  const sentences = SYNTAX_TREEBANKS.flatMap((tb) => {
    const p = join(sharedDir, tb.train);
    if (!existsSync(p)) throw new UserError(`${p}: training data not found (is ../shared present?)`);
    return readConllu(p);
  });
  const { classes, toTag } = tagClassesOf(sentences);
  const train = sentences.map(toTag);
  const ids = jackknifeTags(train, classes, o.folds, {
    bits: TAGGER_BITS, maxEpochs: o.epochs, fixedEpochs: o.epochs, seed: o.seed, maxRows: TAGGER_ROWS, log: o.log,
  });
  const out = new Map<string, string[]>();
  train.forEach((s, k) => out.set(s.forms.join(" "), Array.from(ids[k], (c) => classes[c].xpos)));
  return out;
}
