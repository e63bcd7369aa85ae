#!/usr/bin/env node
// Self time of a V8 CPU profile (node --cpu-prof) by area of parley (syntax, NER, store …), by file and by function.
// Usage: node scripts/cpu-profile-summary.mjs FILE.cpuprofile [top]   (bench/README.md says how it was used)
import { readFileSync } from "node:fs";
const area = (url, fn) => {
  if (!url) return fn.startsWith("(garbage") ? "gc" : fn === "(idle)" || fn === "(program)" ? "idle/program" : "native(other)";
  if (/nlp\/(perceptron|tagger|hash|lemmatizer|parser|index|tokenizer|sentences)/.test(url)) return "syntax (tok/tag/lemma/parse)";
  if (/nlp\/ner\//.test(url)) return "ner";
  if (/src\/actors\//.test(url)) return "actors";
  if (/src\/(events|clauses|rules)\//.test(url)) return "clauses+events";
  if (/src\/facts\//.test(url)) return "figures";
  if (/src\/negotiations\//.test(url)) return "negotiations";
  if (/src\/stories\//.test(url)) return "event linking";
  if (/kysely|better-sqlite3|src\/store\//.test(url)) return "store (kysely, sqlite)";
  if (/chrono/.test(url)) return "chrono";
  if (/src\/ingest/.test(url)) return "ingest reading";
  if (/^node:/.test(url)) return "node internals";
  return "other js";
};
const file = process.argv[2];
const top = Number(process.argv[3] ?? 30);
if (!file) {
  console.error("usage: node scripts/cpu-profile-summary.mjs FILE.cpuprofile [top]");
  process.exit(2);
}
const p = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const areas = new Map(), files = new Map(), fns = new Map();
let total = 0;
const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us);
for (let i = 0; i < p.samples.length; i++) {
  const cf = byId.get(p.samples[i]).callFrame;
  const us = p.timeDeltas[i] ?? 0;
  const url = cf.url.replace(/^file:\/\//, "").replace(/.*\/(dist|node_modules)\//, "$1/");
  add(areas, area(cf.url, cf.functionName), us);
  add(files, url || "(native)", us);
  add(fns, `${cf.functionName || "(anon)"} ${url || "(native)"}:${cf.lineNumber + 1}`, us);
  total += us;
}
console.log(`${file}: ${(total / 1e6).toFixed(2)} s of samples`);
for (const [title, m] of [["by area", areas], ["by file", files], ["by function", fns]]) {
  console.log(`-- ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(v / 1e3).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
}
