// The pipeline's stages import only what comes before them (DESIGN.md's picture): a back-arrow, such as
// nlp importing eval or events and facts importing each other, fails here. Read from the sources, type-only
// imports included, since those are dependencies of the design too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { packageRoot } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

/** Top-level modules every part may use. */
const BASE = ["errors", "paths", "util"];

/** What each folder (or top-level file) of src/ may import, besides itself and BASE. */
const ALLOWED: Record<string, string[]> = {
  text: [],
  util: [],
  rules: ["text"],
  ingest: ["text"],
  // The NER reads the names in the actor dictionaries (their files, not the resolver) as gazetteer features.
  nlp: ["text", "actors"],
  actors: ["text"],
  clauses: ["text", "rules"],
  events: ["text", "rules", "clauses", "actors"],
  facts: ["text", "rules", "clauses", "actors"],
  negotiations: ["text", "rules", "clauses", "actors", "events", "facts"],
  store: ["text"],
  export: ["text", "store", "events", "actors", "ingest", "negotiations"],
  pipeline: ["text", "rules", "nlp", "actors", "clauses", "events", "facts", "negotiations"],
  // event linking runs over the store after the per-article pipeline: it reads stored events, never the NLP
  stories: ["text", "store", "events"],
  "ingest-run": ["text", "ingest", "store", "pipeline", "stories", "ingest-feeds"],
  // feeds read politely: their validators and stored items, from the store
  "ingest-feeds": ["text", "ingest", "store"],
  // parley ingest FEED --watch: ingest batches again and again
  "ingest-watch": ["text", "ingest", "store", "ingest-run", "ingest-feeds"],
  // worker threads and the job queue: run the pipeline and write the store, on more cores and machines
  // (queue workers link stored events into clusters, as ingest does)
  scale: ["text", "ingest", "store", "pipeline", "stories"],
  "recode-run": ["text", "store", "pipeline", "nlp", "stories"],
  eval: ["text", "rules", "ingest", "nlp", "actors", "clauses", "events", "facts", "pipeline", "store", "stories", "negotiations"],
  train: ["text", "nlp", "eval"],
  cli: ["*"],
  // The HTTP API sits beside the CLI and takes its flag parsers, so ?since= means what --since means.
  server: ["text", "store", "export", "events", "facts", "pipeline", "ingest-run", "stories", "negotiations", "cli"],
  errors: [],
  paths: [],
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** The top-level part of src/ a file belongs to: its first folder, or the file's own name. */
function partOf(file: string, src: string): string {
  const rel = relative(src, file).split(/[\\/]/);
  return rel.length > 1 ? rel[0] : rel[0].replace(/\.ts$/, "");
}

/** Every (from part, to part, file, specifier) arrow of src/. */
function importArrows(src = join(packageRoot, "src")): { from: string; to: string; file: string; spec: string }[] {
  const out: { from: string; to: string; file: string; spec: string }[] = [];
  const re = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.{1,2}\/[^"']+)["']|import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
  for (const file of tsFiles(src)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(re)) {
      const spec = m[1] ?? m[2];
      const target = resolve(dirname(file), spec.replace(/\.js$/, ".ts"));
      if (!target.startsWith(src)) continue;
      out.push({ from: partOf(file, src), to: partOf(target, src), file: relative(packageRoot, file), spec });
    }
  }
  return out;
}

/** Arrows ALLOWED does not permit, as readable lines ("src/x.ts imports ../y.js (a → b)"); a part with no entry is one too. */
function backArrows(arrows: ReturnType<typeof importArrows>): string[] {
  return arrows.filter(({ from, to }) => {
    if (from === to || BASE.includes(to)) return false;
    const allowed = ALLOWED[from];
    return !allowed || (!allowed.includes("*") && !allowed.includes(to));
  }).map((a) => `${a.file} imports ${a.spec} (${a.from} → ${a.to}${ALLOWED[a.from] ? "" : `; src/${a.from} has no entry in ALLOWED`})`);
}

test("stages import only earlier stages: no back-arrows in src/", () => {
  const arrows = importArrows();
  assert.ok(arrows.length > 200, "the import reader found the project's imports");
  assert.deepEqual(backArrows(arrows), []);
});

test("a back-arrow is found: nlp importing eval, facts importing events, a type-only import, a dynamic import", () => {
  const src = join(tempDir("parley-graph-"), "src");
  const write = (f: string, text: string) => {
    mkdirSync(dirname(join(src, f)), { recursive: true });
    writeFileSync(join(src, f), text);
  };
  write("eval/score.ts", "export const x = 1;\n");
  write("events/coder.ts", "export const y = 2;\n");
  write("nlp/train/tagger.ts", 'import { x } from "../../eval/score.js";\n');
  write("facts/figures.ts", 'import type { y } from "../events/coder.js";\nconst z = await import("../events/coder.js");\n');
  write("clauses/frames.ts", 'import { y } from "../events/coder.js";\n');
  const bad = backArrows(importArrows(src));
  assert.equal(bad.length, 4, bad.join("\n"));
  assert.ok(bad.some((l) => l.includes("nlp → eval")));
  assert.equal(bad.filter((l) => l.includes("facts → events")).length, 2);
});
