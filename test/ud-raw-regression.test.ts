// Regression guard: raw-text tokenization and sentence splitting on the UD dev sets must not fall more
// than 0.5 points below the figures recorded here (measured with node dist/bench/ud-raw.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { segment } from "../src/nlp/segment.js";
import { alignRaw, rawTextFor } from "../src/eval/ud-align.js";
import { sharedDir } from "../src/paths.js";

const recorded = [
  { file: "corpora/ud-ewt/en_ewt-ud-dev.conllu", tokens: 98.99, sentences: 86.07 },
  { file: "corpora/gum/gum-open-dev.conllu", tokens: 99.93, sentences: 95.29 },
];

for (const r of recorded) {
  const path = join(sharedDir, r.file);
  test(`raw-text tokens and sentences F1 on ${r.file} hold`, { skip: !existsSync(path) && "../shared absent" }, () => {
    const gold = readConllu(path);
    const got = alignRaw(gold, segment(rawTextFor(gold)));
    assert.ok(got.tokensF1 >= r.tokens - 0.5, `tokens F1 ${got.tokensF1.toFixed(2)} < ${r.tokens} - 0.5`);
    assert.ok(got.sentencesF1 >= r.sentences - 0.5, `sentences F1 ${got.sentencesF1.toFixed(2)} < ${r.sentences} - 0.5`);
  });
}
