// Closed-class word lists the PETRARCH verb importer reads: prepositions, particles and determiners from
// data/verbs/function-words.tsv, negators from data/words/negation.tsv.
import { join } from "node:path";
import { dataDir } from "../paths.js";
import { SourceError } from "../errors.js";
import { readDataLines } from "../util/data-lines.js";
import { loadWordLists } from "../util/word-lists.js";

export interface FunctionWords {
  prep: Set<string>;
  particle: Set<string>;
  neg: Set<string>;
  det: Set<string>;
}

export function loadFunctionWords(path = join(dataDir, "verbs", "function-words.tsv")): FunctionWords {
  const neg = loadWordLists("negation.tsv", ["adverb", "determiner", "conjunction"]);
  const fw: FunctionWords = { prep: new Set(), particle: new Set(), neg: new Set(Object.values(neg).flat()), det: new Set() };
  for (const { where, text } of readDataLines(path)) {
    const [kind, words] = text.split("\t");
    if (!(kind in fw) || kind === "neg" || !words) throw new SourceError(where, `expected "prep|particle|det<TAB>word word …"`);
    for (const w of words.trim().split(/\s+/)) fw[kind as keyof FunctionWords].add(w);
  }
  return fw;
}
