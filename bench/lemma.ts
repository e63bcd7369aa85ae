// Train the lemmatizer on EWT+GUM train and report accuracy with gold tags on the dev and test sets.
// Usage: node dist/bench/lemma.js [OUT.json]   (default: models/syntax/lemmatizer.json)
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { Lemmatizer, lemmaAccuracy } from "../src/nlp/lemmatizer.js";
import { trainLemmatizerFromShared } from "../src/train/lemmatizer.js";
import { modelsDir, sharedDir } from "../src/paths.js";

const out = process.argv[2] ?? join(modelsDir, "syntax", "lemmatizer.json");
const t0 = Date.now();
const { entries } = trainLemmatizerFromShared(out);
const lem = Lemmatizer.load(out);
console.log(`${out}: ${entries} exceptions, ${statSync(out).size} bytes, trained in ${Date.now() - t0} ms`);
for (const f of ["ud-ewt/en_ewt-ud-dev.conllu", "ud-ewt/en_ewt-ud-test.conllu", "gum/gum-open-dev.conllu", "gum/gum-open-test.conllu"]) {
  const p = join(sharedDir, "corpora", f);
  if (!existsSync(p)) continue;
  console.log(`${f}: lemma accuracy (gold tags) ${lemmaAccuracy(lem, readConllu(p)).toFixed(2)}`);
}
