// Closed-class word lists (prepositions, particles, negators, determiners) from data/verbs/function-words.tsv.
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { readDataLines } from "../util/data-lines.js";

export interface FunctionWords {
  prep: Set<string>;
  particle: Set<string>;
  neg: Set<string>;
  det: Set<string>;
}

export function loadFunctionWords(path = join(dataDir, "verbs", "function-words.tsv")): FunctionWords {
  const fw: FunctionWords = { prep: new Set(), particle: new Set(), neg: new Set(), det: new Set() };
  for (const { where, text } of readDataLines(path)) {
    const [kind, words] = text.split("\t");
    if (!(kind in fw) || !words) throw new SourceError(where, `expected "prep|particle|neg|det<TAB>word word …"`);
    for (const w of words.trim().split(/\s+/)) fw[kind as keyof FunctionWords].add(w);
  }
  return fw;
}
