// The demo and an interrupted batch with the real analysis pipeline. They skip, saying why,
// until the pipeline's stages (nlp, actors, events) are merged and their models are built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { loadAnalyzer, type Analyzer } from "../src/pipeline/analyze.js";
import { runDemo } from "../src/cli/demo.js";
import { packageRoot, sharedDir } from "../src/paths.js";
import { tempDir } from "./helpers/tmp.js";

let loaded: Promise<Analyzer | string> | undefined;
function realAnalyzer(): Promise<Analyzer | string> {
  loaded ??= loadAnalyzer().catch((err: Error) => `analysis pipeline unavailable (${err.message})`);
  return loaded;
}

test("the demo codes events in both seed articles with the real pipeline", async (t) => {
  const analyzer = await realAnalyzer();
  if (typeof analyzer === "string") return t.skip(analyzer);
  const dbPath = join(tempDir("parley-demo-real-"), "demo.db");
  const { summary, text } = await runDemo({ dbPath, analyzer, overwrite: true });
  assert.deepEqual([summary.new, summary.failed], [2, 0]);
  assert.ok(summary.events >= 2, text);
  const db = new SQLite(dbPath, { readonly: true });
  const perArticle = db.prepare("select a.ref_date as d, count(e.id) as n from articles a left join events e on e.article_id = a.id group by a.id order by a.ref_date").all();
  db.close();
  assert.deepEqual(perArticle.map((r: any) => r.d), ["2024-02-08", "2024-05-08"]);
  assert.ok(perArticle.every((r: any) => r.n > 0), JSON.stringify(perArticle));
  assert.match(text, /Timeline \(\d+ events\):\n {2}20\d\d-\d\d-\d\d/);
});

test("SIGKILL during a real-pipeline batch leaves every stored article complete", async (t) => {
  const wikinews = join(sharedDir, "news", "wikinews");
  if (!existsSync(wikinews)) return t.skip("../shared absent");
  const analyzer = await realAnalyzer();
  if (typeof analyzer === "string") return t.skip(analyzer);
  const root = tempDir("parley-kill-real-");
  const dir = join(root, "in");
  cpSync(wikinews, dir, { recursive: true });
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).length;
  const db = join(root, "t.db");
  const child = spawn(process.execPath, [join(packageRoot, "bin", "parley.js"), "ingest", dir, "--db", db], { stdio: "ignore" });
  const closed = new Promise((r) => child.on("close", r));
  const count = () => {
    try {
      const c = new SQLite(db, { readonly: true, fileMustExist: true });
      try { return (c.prepare("select count(*) as n from articles").get() as { n: number }).n; } finally { c.close(); }
    } catch { return 0; }
  };
  const deadline = Date.now() + 120_000;
  while (count() < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  child.kill("SIGKILL");
  await closed;
  const c = new SQLite(db);
  assert.equal(c.pragma("integrity_check", { simple: true }), "ok");
  const rows = c.prepare(`select a.id, a.text, a.body_start, a.ref_date,
      (select count(*) from sentences s where s.article_id = a.id) as sentences,
      (select count(*) from tokens k where k.article_id = a.id) as tokens,
      (select count(*) from events e where e.article_id = a.id) as events
    from articles a`).all() as { id: string; text: string; body_start: number; ref_date: string; sentences: number; tokens: number; events: number }[];
  c.close();
  assert.ok(rows.length >= 3 && rows.length < files, `${rows.length} of ${files} stored`);
  for (const r of rows) {
    const expected = analyzer.analyze({
      id: r.id, hash: "", text: r.text, title: null, byline: null, url: null, source: "", publisher: null,
      date: r.ref_date, dateOrigin: "option", dateline: null, bodyStart: r.body_start, meta: {},
    });
    assert.equal(r.sentences, expected.sentences.length, r.id);
    assert.equal(r.tokens, expected.tokens.length, r.id);
  }
});
