import { test } from "node:test";
import assert from "node:assert/strict";
import { articleDetail, listArticles } from "../src/store/queries.js";
import { collectMarks, markText } from "../src/cli/markup.js";
import { formatArticle } from "../src/cli/commands/show.js";
import { seededStore } from "./helpers/store.js";

test("markText brackets actors and triggers, or colours them on a terminal", () => {
  const text = "Hamas rejected Israel's plan.";
  const marks = collectMarks(
    [{ char_start: 0, char_end: 5, actor_code: "PSEHMS" }, { char_start: 15, char_end: 21, actor_code: "ISR" }],
    [],
  );
  marks.push({ start: 6, end: 14, kind: "trigger", label: "125" });
  marks.sort((a, b) => a.start - b.start);
  assert.equal(markText(text, marks, false), "[Hamas](PSEHMS) {rejected}(125) [Israel](ISR)'s plan.");
  const coloured = markText(text, marks, true);
  assert.match(coloured, /\x1b\[1;33mrejected\x1b\[0m/);
  assert.equal(coloured.replace(/\x1b\[[0-9;]*m/g, ""), "Hamas(PSEHMS) rejected(125) Israel(ISR)'s plan.");
});

test("show output marks the stored article and lists its events", async () => {
  const store = await seededStore();
  const [first] = await listArticles(store.db);
  const out = formatArticle(await articleDetail(store.db, first.id), false);
  assert.match(out, /\[Israel\]\(ISR\) \{met\}\(040\) \[Qatar\]\(QAT\)/);
  assert.match(out, /\[Hamas\]\(PSEHMS\) \{rejected\}\(125\)/);
  assert.match(out, /Events \(3\):/);
  assert.match(out, /#0 {2}2024-02-08 {2}Israel \(ISR\) → Qatar \(QAT\) {2}040 CONSULT {2}\[asserted\] {2}Israel «met» Qatar on Monday\./);
  await store.close();
});
