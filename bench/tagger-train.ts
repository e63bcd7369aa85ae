// Train the POS tagger alone (no parser) on the syntax treebanks and score it, for quick experiments.
// Usage: node dist/bench/tagger-train.js [--epochs N] [--test] [--save FILE]
//   --epochs N  train exactly N epochs (default: tuned on the dev sets, at most 10 as in `parley train syntax`)
//   --save FILE write the tagger there
//   --test      also score EWT and GUM test (use once, to confirm a winner)
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { readConllu, type ConlluSentence } from "../src/nlp/conllu.js";
import type { Tagger } from "../src/nlp/tagger.js";
import { tagClassesOf, trainTagger } from "../src/train/tagger.js";
import { SYNTAX_TREEBANKS, TAGGER_BITS, TAGGER_ROWS } from "../src/train/syntax.js";
import { sharedDir } from "../src/paths.js";

const args = process.argv.slice(2);
const epochArg = args.indexOf("--epochs");
const fixedEpochs = epochArg >= 0 ? Number(args[epochArg + 1]) : undefined;
const withTest = args.includes("--test");
const saveArg = args.indexOf("--save");
const path = (rel: string) => join(sharedDir, rel);
if (!existsSync(path(SYNTAX_TREEBANKS[0].train))) {
  console.log(`${sharedDir}/corpora absent: nothing to train`);
  process.exit(0);
}
const train: ConlluSentence[] = [], dev: ConlluSentence[] = [];
for (const tb of SYNTAX_TREEBANKS) {
  train.push(...readConllu(path(tb.train)));
  dev.push(...readConllu(path(tb.dev)));
}
const { classes, toTag } = tagClassesOf(train);
const t0 = Date.now();
const { tagger, epochs } = trainTagger(train.map(toTag), dev.map(toTag), classes, {
  bits: TAGGER_BITS, maxEpochs: 10, fixedEpochs, seed: 1, maxRows: TAGGER_ROWS, log: console.log,
});
console.log(`trained ${epochs} epochs in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

function score(t: Tagger, sents: ConlluSentence[]): string {
  let n = 0, upos = 0, xpos = 0;
  for (const s of sents) {
    const ids = t.tagForms(s.tokens.map((k) => k.form));
    s.tokens.forEach((tok, k) => {
      n++;
      if (t.classes[ids[k]].upos === tok.upos) upos++;
      if (t.classes[ids[k]].xpos === tok.xpos) xpos++;
    });
  }
  return `UPOS ${((100 * upos) / n).toFixed(2)} XPOS ${((100 * xpos) / n).toFixed(2)} (${n} tokens)`;
}
const files = ["corpora/ud-ewt/en_ewt-ud-dev.conllu", "corpora/gum/gum-open-dev.conllu"];
if (withTest) files.push("corpora/ud-ewt/en_ewt-ud-test.conllu", "corpora/gum/gum-open-test.conllu");
for (const f of files) console.log(`${f.padEnd(40)} ${score(tagger, readConllu(path(f)))}`);

if (saveArg >= 0) console.log(`saved ${args[saveArg + 1]}: ${tagger.save(args[saveArg + 1])} bytes`);

// tagging speed on the dev sentences, per CPU-second of this process (the machine may be shared)
const forms = dev.map((s) => s.tokens.map((t) => t.form));
let tokens = 0, cpuUs = 0;
const wall0 = performance.now();
while (performance.now() - wall0 < 3000) {
  const cpu0 = process.cpuUsage();
  for (const f of forms) { tagger.tagForms(f); tokens += f.length; }
  const cpu = process.cpuUsage(cpu0);
  cpuUs += cpu.user + cpu.system;
}
console.log(`tagging: ${Math.round(tokens / (cpuUs / 1e6))} tokens per CPU-second`);
