import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { listEvents } from "../src/store/queries.js";
import { renderEvents } from "../src/export/index.js";
import { CSV_HEADER } from "../src/export/csv.js";
import { GDELT_EVENT_COLUMNS } from "../src/export/gdelt-columns.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { parseCsv, tmpDbPath } from "./helpers/store.js";

// Issue 10: an actor with a country but no full code is stored with its country; every export must keep it.
test("an actor known only by its country keeps that country in JSONL, CSV, PLOVER and GDELT", async () => {
  const store = await openStore(tmpDbPath());
  const article = makeArticle("Israel attacked Hamas in Rafah.", { url: "https://example.org/a" });
  const analysis = fakeAnalyzer().analyze(article);
  const ev = analysis.events[0];
  ev.source = { text: ev.source!.text, start: ev.source!.start, end: ev.source!.end, country: "ISR", sectors: [] };
  await saveAnalysis(store.db, analysis);
  const events = await listEvents(store.db);
  await store.close();
  assert.equal(events[0].source?.country, "ISR");

  const jsonl = JSON.parse(renderEvents("jsonl", events).split("\n")[0]);
  assert.equal(jsonl.source.country, "ISR");

  const rows = parseCsv(renderEvents("csv", events));
  assert.equal(rows[1][CSV_HEADER.indexOf("source_country")], "ISR");

  const plover = JSON.parse(renderEvents("plover", events).split("\n")[0]);
  assert.equal(plover.actor[0].code, "ISR");

  const gdelt = renderEvents("gdelt", events).split("\n")[0].split("\t");
  assert.equal(gdelt[GDELT_EVENT_COLUMNS.indexOf("Actor1CountryCode")], "ISR");
  assert.equal(gdelt[GDELT_EVENT_COLUMNS.indexOf("Actor1Code")], "ISR");
});
