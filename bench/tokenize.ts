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

function run(split: boolean): { tokens: number; sentences: number; ms: number } {
  let tokens = 0, sentences = 0;
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
  return { tokens, sentences, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

run(true); // warm up
const tok = run(false);
const both = run(true);
const chars = texts.reduce((a, t) => a + t.length, 0) * rounds;
console.log(`${texts.length} texts x ${rounds} rounds, ${chars} chars`);
console.log(`tokenize:           ${Math.round(tok.tokens / (tok.ms / 1000))} tokens/s`);
console.log(`tokenize + split:   ${Math.round(both.tokens / (both.ms / 1000))} tokens/s, ${Math.round(both.sentences / (both.ms / 1000))} sentences/s`);
