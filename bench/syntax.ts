// Tagger + parser throughput on ../shared/news/wikinews (one core), and peak memory of the process.
// Texts are tokenized and split once; the timed loop tags and parses them again and again.
// Usage: node dist/bench/syntax.js [SECONDS] [BEAM] [MODELS] (BEAM: the parser's beam width, "-" or absent for
// the model's own; MODELS: a models folder holding syntax/ and ner/, default the package's)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Doc } from "../src/text/doc.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { loadNlp } from "../src/nlp/index.js";
import { sharedDir } from "../src/paths.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`${dir} absent: nothing to measure`);
  process.exit(0);
}
const seconds = Number(process.argv[2] ?? 10);
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const docs = texts.map((text) => {
  const d = new Doc(text);
  tokenize(d);
  splitSentences(d);
  return d;
});

let peakRss = process.memoryUsage().rss;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const t0 = performance.now();
const nlp = await loadNlp({ modelsDir: process.argv[4] });
const loadMs = performance.now() - t0;
if (process.argv[3] !== undefined && process.argv[3] !== "-") nlp.parser.beamWidth = Number(process.argv[3]);
sample();

// Wall-clock rates, and rates per second of CPU time used by this process: on a shared machine the
// latter shows what one uncontended core would do.
function measure(label: string, run: (d: Doc) => void): void {
  let tokens = 0, sentences = 0, ms = 0, cpuUs = 0, rounds = 0;
  for (const d of docs) run(d); // warm up
  while (ms < seconds * 1000) {
    const start = performance.now(), cpu0 = process.cpuUsage();
    for (const d of docs) { run(d); tokens += d.tokens.length; sentences += d.sentences.length; }
    const cpu = process.cpuUsage(cpu0);
    cpuUs += cpu.user + cpu.system;
    ms += performance.now() - start;
    rounds++;
    sample();
  }
  const rate = (k: number, sec: number) => Math.round(k / sec).toString().padStart(8);
  console.log(`${label.padEnd(16)} wall: ${rate(tokens, ms / 1000)} tokens/s ${rate(sentences, ms / 1000)} sentences/s | per CPU-second: ${rate(tokens, cpuUs / 1e6)} tokens ${rate(sentences, cpuUs / 1e6)} sentences (${rounds} rounds)`);
}

const nTokens = docs.reduce((a, d) => a + d.tokens.length, 0), nSents = docs.reduce((a, d) => a + d.sentences.length, 0);
console.log(`${docs.length} texts, ${nTokens} tokens, ${nSents} sentences; models loaded in ${loadMs.toFixed(0)} ms; parser beam width ${nlp.parser.beamWidth}`);
measure("tag + parse", (d) => { nlp.tagger.tag(d); nlp.parser.parse(d); });
measure("tag", (d) => nlp.tagger.tag(d));
measure("parse", (d) => nlp.parser.parse(d));
measure("full pipeline", (d) => { nlp.process(d.text); });
sample();
console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MiB`);
