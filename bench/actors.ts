// Actor resolution throughput on ../shared/news/wikinews: dictionary load, the one-off city index,
// then resolve() over every text (tokens from the rule tokenizer; no tags, parses or NER).
// Usage: node dist/bench/actors.js [ROUNDS]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadActorResolver } from "../src/actors/index.js";
import { sharedDir } from "../src/paths.js";
import { docOf, articleOf } from "../test/helpers/actor-docs.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`${dir} absent: nothing to measure`);
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 3);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

let c0 = cpu();
const resolver = await loadActorResolver();
console.log(`load: ${Math.round(cpu() - c0)} CPU ms`);
const docs = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
  const text = readFileSync(join(dir, f), "utf8");
  return { doc: docOf(text), article: articleOf(text, "2024-01-01") };
});
c0 = cpu();
resolver.resolve(docs[0].doc, docs[0].article);
console.log(`first resolve, with the city index: ${Math.round(cpu() - c0)} CPU ms`);
for (let r = 0; r < rounds; r++) {
  c0 = cpu();
  let tokens = 0, mentions = 0, places = 0;
  for (const { doc, article } of docs) {
    const out = resolver.resolve(doc, article);
    tokens += doc.tokens.length; mentions += out.mentions.length; places += out.places.length;
  }
  const ms = cpu() - c0;
  console.log(`${docs.length} texts, ${tokens} tokens, ${mentions} mentions, ${places} places: ${Math.round(tokens / ms * 1000)} tokens per CPU-second`);
}
