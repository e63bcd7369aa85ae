import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runDemo } from "../src/cli/demo.js";
import { openStore } from "../src/store/open.js";
import { listArticles } from "../src/store/queries.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

// The pipeline here is the fake analyzer; the integration test with the real one comes with the merge.
test("the demo ingests both seed articles with their dates and titles into a fresh database", async () => {
  const dbPath = join(tempDir("parley-demo-"), "demo.db");
  writeFileSync(dbPath, "old contents");
  await assert.rejects(runDemo({ dbPath, analyzer: fakeAnalyzer(), overwrite: false }), /exists; the demo needs a fresh database/);
  const { summary, text } = await runDemo({ dbPath, analyzer: fakeAnalyzer(), overwrite: true });
  assert.deepEqual([summary.new, summary.failed], [2, 0]);
  const store = await openStore(dbPath);
  const articles = await listArticles(store.db);
  await store.close();
  assert.deepEqual(articles.map((a) => [a.date, a.dateOrigin]), [["2024-02-08", "metadata"], ["2024-05-08", "metadata"]]);
  assert.match(articles[0].title!, /Gaza ceasefire/);
  assert.match(articles[1].title!, /Rafah crossing/);
  assert.equal(articles[1].publisher, "Reuters");
  assert.match(text, /^parley demo: articles: 2 new, 0 unchanged, 0 failed/);
  assert.match(text, /Articles \(2\):\n {2}\S+ {2}2024-02-08 .*Gaza ceasefire/);
  const timeline = text.slice(text.indexOf("Timeline"), text.indexOf("Figures ("));
  assert.equal(timeline.trimEnd().split("\n").length - 1, summary.events);
  const figures = text.slice(text.indexOf("Figures ("), text.indexOf("Where to look next"));
  const n = Number(/^Figures \((\d+)\):/.exec(figures)?.[1]);
  assert.equal(figures.trimEnd().split("\n").length - 1, Math.max(n, 1), "the demo closes with a summary of the figures");
  assert.match(timeline, /2024-05-08 {2}.* → .*«said»/);
  assert.match(text, new RegExp(`parley show ${articles[0].id.slice(0, 8)} --db ${dbPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
});

test("`parley demo` replaces its default database in the working directory", async () => {
  const cwd = tempDir("parley-demo-cwd-");
  const { spawn } = await import("node:child_process");
  const { FAKE_CLI } = await import("./helpers/cli.js");
  const run = () => new Promise<number | null>((resolve) => {
    spawn(process.execPath, [FAKE_CLI, "demo"], { cwd, stdio: "ignore" }).on("close", resolve);
  });
  assert.equal(await run(), 0);
  assert.ok(existsSync(join(cwd, "parley-demo.db")));
  assert.equal(await run(), 0, "a second demo run starts afresh instead of refusing");
  const r = await runCli(["articles", "--db", join(cwd, "parley-demo.db")]);
  assert.equal(r.stdout.trimEnd().split("\n").length, 2);
});
