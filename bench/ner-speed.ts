// NER throughput over UNER-EWT dev with gold tokens (one core): the tagger's documents built once, then
// `ner.tag` timed over them. Usage: node dist/bench/ner-speed.js [ROUNDS]
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../src/paths.js";
import { nerSentencesToDoc, readNerFile, splitDocuments } from "../src/nlp/ner/corpus.js";
import { loadNer } from "../src/nlp/ner/index.js";

const file = join(sharedDir, "corpora/uner-ewt/en_ewt-ud-dev.iob2");
if (!existsSync(file)) {
  console.log(`${file} absent: nothing to measure`);
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 5);
const ner = await loadNer();
const groups = splitDocuments(readNerFile(file));
// One untimed round first: the model caches per-word feature rows on first sight.
for (const g of groups) ner.tag(nerSentencesToDoc(g));
let tokens = 0;
const wall0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  // Fresh Docs each round (tag appends to doc.entities); building them is not NER's time but is small.
  for (const g of groups) {
    const doc = nerSentencesToDoc(g);
    ner.tag(doc);
    tokens += doc.tokens.length;
  }
}
const cpu = process.cpuUsage(cpu0);
const wallS = Number(process.hrtime.bigint() - wall0) / 1e9;
const cpuS = (cpu.user + cpu.system) / 1e6;
// CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
console.log(`${tokens} tokens in ${rounds} rounds: ${Math.round(tokens / cpuS)} tokens/s (CPU), ${Math.round(tokens / wallS)} tokens/s (wall)`);
