// Parser experiments without retraining the tagger: the parser's training tags come from 4-fold
// jackknifing (computed once and cached in the OS temp folder), the dev tags from the committed tagger.
// Usage: node dist/bench/parser-exp.js [EPOCHS] (options of trainParser through PARLEY_PARSER_EXP as JSON)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import { modelsDir, sharedDir } from "../src/paths.js";
import { Tagger } from "../src/nlp/tagger.js";
import { tagKey } from "../src/nlp/parser/parser.js";
import { jackknifeTags, tagClassesOf } from "../src/train/tagger.js";
import { attachmentScores, parseSentencesOf, trainParser } from "../src/train/parser.js";
import { SYNTAX_TREEBANKS, MOVE_BITS, LABEL_BITS, MOVE_ROWS, LABEL_ROWS } from "../src/train/syntax.js";

const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${m}`);
const train: ConlluSentence[] = [], devs: ConlluSentence[][] = [];
for (const tb of SYNTAX_TREEBANKS) {
  train.push(...readConllu(join(sharedDir, tb.train)));
  devs.push(readConllu(join(sharedDir, tb.dev)));
}
const { keys: classKeys, classes, toTag } = tagClassesOf(train);
const classIndex = new Map(classKeys.map((k, i) => [k, i]));
const cache = join(tmpdir(), `parley-parser-exp-tags-${train.length}.json`);
let jk: Int32Array[];
if (existsSync(cache)) jk = (JSON.parse(readFileSync(cache, "utf8")) as number[][]).map((a) => Int32Array.from(a));
else {
  jk = jackknifeTags(train.map(toTag), classes, 4, { bits: 20, maxEpochs: 6, fixedEpochs: 6, seed: 1, maxRows: 300000, log });
  writeFileSync(cache, JSON.stringify(jk.map((a) => Array.from(a))));
}
const tagger = Tagger.load(join(modelsDir, "syntax", "tagger.bin"));
const { labels, toParse } = parseSentencesOf(train);
const tagOf = (s: ConlluSentence) => {
  const ids = tagger.tagForms(s.tokens.map((t) => t.form));
  return Int32Array.from(ids, (c) => classIndex.get(tagKey(tagger.classes[c].upos, tagger.classes[c].xpos)) ?? classKeys.length);
};
const parseTrain = train.map((s, k) => toParse(s, jk[k], true));
const parseDevs = devs.map((d) => d.map((s) => toParse(s, tagOf(s), false)));
const extra = JSON.parse(process.env.PARLEY_PARSER_EXP ?? "{}") as Record<string, unknown>;
log(`options ${JSON.stringify(extra)}`);
const res = trainParser(parseTrain, parseDevs.flat(), labels, classKeys, {
  moveBits: MOVE_BITS, labelBits: LABEL_BITS, maxEpochs: Number(process.argv[2] ?? 12), seed: 1, moveRows: MOVE_ROWS, labelRows: LABEL_ROWS, log, ...extra,
});
for (const [k, d] of parseDevs.entries()) {
  const a = attachmentScores(res.parser, d);
  log(`best epoch ${res.epochs}: ${SYNTAX_TREEBANKS[k].dev} UAS ${a.uas.toFixed(2)} LAS ${a.las.toFixed(2)}`);
}
if (process.env.PARLEY_PARSER_EXP_SAVE) res.parser.save(process.env.PARLEY_PARSER_EXP_SAVE);
