// `parley figures` filters and formats, and `parley show` marking figures like actors and triggers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { collectMarks, markText } from "../src/cli/markup.js";
import { runCli } from "./helpers/cli.js";
import { seededStore } from "./helpers/store.js";
import { saveAnalysis } from "../src/store/save.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";

test("figures are marked in the text like actors and triggers; a longer figure span wins over the mention inside it", () => {
  const text = "Officials said at least 27,585 Palestinians were killed.";
  const mention = { char_start: text.indexOf("Palestinians"), char_end: text.indexOf(" were"), actor_code: "PSE" };
  const figure = { start: text.indexOf("at least"), end: mention.char_end, label: "killed 27,585+" };
  assert.equal(markText(text, collectMarks([mention], [], [figure]), false), "Officials said <at least 27,585 Palestinians>(killed 27,585+) were killed.");
  assert.match(markText(text, collectMarks([], [], [figure]), true), /\x1b\[1;35mat least 27,585 Palestinians\x1b\[0m/);
});

test("`parley figures`: filters by kind and as-of date; csv, jsonl and a clear error for an unknown format", async () => {
  const store = await seededStore();
  const path = store.path;
  await saveAnalysis(store.db, fakeAnalyzer().analyze(makeArticle("Israel attacked Hamas and 12 killed. Later 3 killed.", { date: "2024-06-01" })));
  await store.close();
  const all = await runCli(["figures", "--format", "jsonl", "--db", path]);
  assert.equal(all.code, 0, all.stderr);
  const rows = all.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => [r.kind, r.value.best, r.asOf]).slice(-2), [["killed", 12, "2024-06-01"], ["killed", 3, "2024-06-01"]]);
  const since = await runCli(["figures", "--since", "2024-06-01", "--format", "csv", "--db", path]);
  assert.equal(since.stdout.trim().split("\r\n").length, 3);
  const none = await runCli(["figures", "--kind", "injured", "--db", path]);
  assert.match(none.stdout, /\(0 figures\)/);
  const bad = await runCli(["figures", "--format", "gdelt", "--db", path]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown format "gdelt" for figures \(choose table, json, jsonl, csv\)/);
  const show = await runCli(["show", rows[rows.length - 1].articleId, "--db", path]);
  assert.match(show.stdout, /<12 killed>\(killed 12\)/);
  assert.match(show.stdout, /Figures \(2\):\n {2}#0 {2}killed 12/);
});
