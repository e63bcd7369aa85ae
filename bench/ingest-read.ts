// Throughput of readSources over ../shared/news/wikinews (files → Articles, no NLP).
// Run: npm run build && node dist/bench/ingest-read.js [rounds]
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../src/paths.js";
import { readSources } from "../src/ingest/index.js";

const dir = join(sharedDir, "news", "wikinews");
if (!existsSync(dir)) {
  console.log(`skipped: ${dir} is absent`);
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 20);
let articles = 0;
let failures = 0;
let chars = 0;
let datelines = 0;
let peak = 0;
// One warm-up round so module loading and JIT do not count.
for await (const _ of readSources([dir])) void _;
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) {
  for await (const item of readSources([dir])) {
    if (item.ok) {
      articles++;
      chars += item.article.text.length;
      if (item.article.dateline) datelines++;
    } else failures++;
  }
  peak = Math.max(peak, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${rounds} rounds over ${dir}`);
console.log(`articles: ${articles} (${articles / rounds} per round), failures: ${failures}, datelines: ${datelines}`);
console.log(`time: ${seconds.toFixed(2)} s, ${(articles / seconds).toFixed(0)} articles/s, ${(chars / seconds / 1e6).toFixed(2)} M chars/s`);
console.log(`peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MiB`);

// The same texts as HTML pages through Readability (the costly path for web sources).
const { extractHtml } = await import("../src/ingest/html.js");
const { readFileSync, readdirSync } = await import("node:fs");
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const pages = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => {
  const paras = readFileSync(join(dir, f), "utf8").split(/\n\s*\n/);
  return `<!DOCTYPE html><html><head><title>${escape(paras[0])}</title></head><body><nav><a href="/">Home</a></nav>` +
    `<article><h1>${escape(paras[0])}</h1>${paras.slice(1).map((p) => `<p>${escape(p)}</p>`).join("")}</article><footer>©</footer></body></html>`;
});
const htmlRounds = Math.max(1, Math.floor(rounds / 4));
const t1 = process.hrtime.bigint();
let htmlChars = 0;
for (let r = 0; r < htmlRounds; r++) for (const p of pages) htmlChars += extractHtml(p).text.length;
const s1 = Number(process.hrtime.bigint() - t1) / 1e9;
console.log(`HTML (Readability + linkedom): ${(pages.length * htmlRounds / s1).toFixed(0)} pages/s, ${(htmlChars / s1 / 1e6).toFixed(2)} M chars/s`);
