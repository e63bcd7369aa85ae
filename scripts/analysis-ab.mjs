#!/usr/bin/env node
// In-process A/B of the analysis (no store) of two or more builds: each checkout's loadAnalyzer over the same wikinews
// texts, passes interleaved, so a noisy machine slows every build alike. Older checkouts (src/analyze.js) work too.
// Usage: PARLEY_SHARED=../shared node scripts/analysis-ab.mjs CHECKOUT-A CHECKOUT-B [--reps N]   (each built with tsc)
import { join } from "node:path"; import { readdirSync, readFileSync, existsSync } from "node:fs";
const args = process.argv.slice(2); const ri = args.indexOf("--reps"); const reps = ri >= 0 ? Number(args.splice(ri, 2)[1]) : 5;
const dir = join(process.env.PARLEY_SHARED, "news", "wikinews");
const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => [f, readFileSync(join(dir, f), "utf8")]);
const builds = [];
for (const root of args) {
  const d = join(root, "dist", "src");
  const an = existsSync(join(d, "pipeline", "analyze.js")) ? join(d, "pipeline", "analyze.js") : join(d, "analyze.js");
  const { loadAnalyzer } = await import(an);
  const { buildArticle } = await import(join(d, "ingest", "build.js"));
  const articles = texts.map(([f, text]) => buildArticle({ text, source: join(dir, f) }, { now: () => new Date("2024-01-01") }));
  builds.push({ root, analyzer: await loadAnalyzer(), articles, cpu: 0, sentences: 0, events: 0 });
}
for (let rep = 0; rep <= reps; rep++) for (const b of builds) {
  const c0 = process.cpuUsage(); let s = 0, e = 0;
  for (const a of b.articles) { const r = b.analyzer.analyze(a); s += (r.sentences ?? r.doc.sentences).length; e += r.events.length; }
  const c = process.cpuUsage(c0);
  if (rep > 0) { b.cpu += (c.user + c.system) / 1e3; b.sentences = s; b.events = e; }
}
for (const b of builds) console.log(`${b.root.split("/").pop()}: ${(b.cpu / reps).toFixed(0)} ms CPU per pass (${b.sentences} sentences, ${b.events} events): ${(b.sentences * reps / (b.cpu / 1000)).toFixed(0)} sentences per CPU-second`);
