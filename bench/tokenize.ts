// Tokenizer and sentence splitter throughput on ../shared/news/wikinews (one core).
// Usage: node dist/bench/tokenize.js [ROUNDS]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "../src/text/doc.js";
import { tokenize } from "../src/nlp/tokenizer.js";
import { splitSentences } from "../src/nlp/sentences.js";
import { sharedDir } from "../src/paths.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`${dir} absent: nothing to measure`);
  process.exit(0);
}
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
const rounds = Number(process.argv[2] ?? 20);

// CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
function run(split: boolean): { tokens: number; sentences: number; ms: number; cpuMs: number } {
  let tokens = 0, sentences = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const doc = new Doc(text);
      tokenize(doc);
      if (split) splitSentences(doc);
      tokens += doc.tokens.length;
      sentences += doc.sentences.length;
    }
  }
  const c = process.cpuUsage(c0);
  return { tokens, sentences, ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: (c.user + c.system) / 1000 };
}

run(true); // warm up
const tok = run(false);
const both = run(true);
const chars = texts.reduce((a, t) => a + t.length, 0) * rounds;
console.log(`${texts.length} texts x ${rounds} rounds, ${chars} chars`);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
console.log(`tokenize:          ${rate(tok.tokens, tok.ms)} tokens/s wall, ${rate(tok.tokens, tok.cpuMs)} tokens/s CPU`);
console.log(`tokenize + split:  ${rate(both.tokens, both.ms)} tokens/s wall, ${rate(both.tokens, both.cpuMs)} tokens/s CPU, ` +
  `${rate(both.sentences, both.cpuMs)} sentences/s CPU`);
