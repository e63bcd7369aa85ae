// Raw-text tokenization and sentence splitting scored against UD gold (CoNLL 2018 style).
// Usage: node dist/bench/ud-raw.js [FILE.conllu …] [--errors N] [--no-run-in-headings]   (default: EWT and GUM dev and test)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readConllu } from "../src/nlp/conllu.js";
import { Doc } from "../src/text/doc.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { alignRaw, goldLayout, rawTextFor } from "../src/eval/ud-align.js";
import { sharedDir } from "../src/paths.js";

const args = process.argv.slice(2);
const errAt = args.indexOf("--errors");
const showErrors = errAt >= 0 ? Number(args.splice(errAt, 2)[1]) : 0;
const sentAt = args.indexOf("--sentence-errors");
const showSentErrors = sentAt >= 0 ? Number(args.splice(sentAt, 2)[1]) : 0;
const noHeadingsAt = args.indexOf("--no-run-in-headings");
const runInHeadings = noHeadingsAt < 0;
if (!runInHeadings) args.splice(noHeadingsAt, 1);
const files = args.length ? args : [
  "corpora/ud-ewt/en_ewt-ud-dev.conllu", "corpora/ud-ewt/en_ewt-ud-test.conllu",
  "corpora/gum/gum-open-dev.conllu", "corpora/gum/gum-open-test.conllu",
].map((f) => join(sharedDir, f));

for (const file of files) {
  if (!existsSync(file)) { console.log(`${file}: absent, skipped`); continue; }
  const gold = readConllu(file);
  const doc = new Doc(rawTextFor(gold));
  tokenize(doc);
  splitSentences(doc, { runInHeadings });
  const r = alignRaw(gold, doc);
  console.log(`${file.replace(sharedDir + "/", "")}: tokens F1 ${r.tokensF1.toFixed(2)}  sentences F1 ${r.sentencesF1.toFixed(2)}` +
    `  (gold ${r.goldToPred.length} words / ${gold.length} sentences; predicted ${doc.tokens.length} / ${doc.sentences.length})`);
  if (showErrors) {
    const g = goldLayout(gold);
    let shown = 0;
    for (let w = 0; w < r.goldToPred.length && shown < showErrors; w++) {
      if (r.goldToPred[w] >= 0 || g.wordStart[w] < 0) continue;
      const a = g.wordStart[w], b = g.wordEnd[w];
      const preds = doc.tokens.filter((t) => t.end > a - 1 && t.start < b + 1).map((t) => t.text);
      console.log(`  gold [${doc.text.slice(a, b)}] pred ${JSON.stringify(preds)}  …${doc.text.slice(Math.max(0, a - 25), b + 25).replace(/\n/g, "¶")}…`);
      shown++;
    }
  }
  if (showSentErrors) {
    const g = goldLayout(gold);
    const predKeys = new Set(doc.sentences.map((s) => `${s.start}:${s.end}`));
    let shown = 0;
    for (let s = 0; s < g.sentStart.length && shown < showSentErrors; s++) {
      if (predKeys.has(`${g.sentStart[s]}:${g.sentEnd[s]}`)) continue;
      const a = g.sentStart[s], b = g.sentEnd[s];
      const over = doc.sentences.filter((p) => p.end > a && p.start < b);
      console.log(`  GOLD ${JSON.stringify(doc.text.slice(a, b))}`);
      for (const p of over) console.log(`    pred ${JSON.stringify(doc.text.slice(p.start, p.end))}`);
      shown++;
    }
  }
}
