// What parley writes for spreadsheets and terminals: formula-looking cells neutralised in CSV and
// GDELT TSV (OWASP "CSV Injection"), and terminal control sequences from stored text escaped in
// everything printed for people.
import { test } from "node:test";
import assert from "node:assert/strict";
import { listArticles, listEvents, articleDetail } from "../src/store/queries.js";
import { saveAnalysis } from "../src/store/save.js";
import { openStore } from "../src/store/index.js";
import { renderEvents } from "../src/export/index.js";
import { csvField, csvQuoted, neutraliseFormula } from "../src/export/csv.js";
import { formatArticle } from "../src/cli/commands/show.js";
import { formatArticles } from "../src/cli/format.js";
import { escapeControls, forOutput, oneLine } from "../src/util/terminal.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { parseCsv, seededStore, tmpDbPath } from "./helpers/store.js";

const FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tx", "\rx"];

test("cells that a spreadsheet would run as formulas get a leading apostrophe; numbers do not", () => {
  for (const f of FORMULAS) {
    assert.equal(neutraliseFormula(f), `'${f}`);
    assert.ok(parseCsv(csvField(f) + "\r\n")[0][0].startsWith("'"), f);
    assert.ok(parseCsv(csvQuoted(f) + "\r\n")[0][0].startsWith("'"), f);
  }
  assert.equal(csvField(-5), "-5");
  assert.equal(csvField("-5.5"), "-5.5");
  assert.equal(csvQuoted("Hamas"), '"Hamas"');
  assert.equal(neutraliseFormula(null), null);
});

test("event CSV and GDELT exports neutralise formulas taken from article text", async () => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  await store.close();
  const e = events[0];
  e.trigger.text = "=HYPERLINK(\"http://evil\",\"click\")";
  if (e.source) e.source.text = "@cmd";
  e.sentenceText = "+1+1";
  const [head, row] = parseCsv(renderEvents("csv", [e]));
  assert.equal(row[head.indexOf("trigger")], `'${e.trigger.text}`);
  assert.equal(row[head.indexOf("evidence_text")], "'+1+1");
  if (e.source) assert.equal(row[head.indexOf("source_text")], "'@cmd");
  assert.match(row[head.indexOf("goldstein")], /^-?\d/, "numbers stay numbers");
  const tsv = renderEvents("gdelt", [e]).split("\n")[0].split("\t");
  assert.ok(!tsv.some((c) => /^[=+@]/.test(c) || /^-[^\d]/.test(c)), tsv.join(" | "));
});

const HOSTILE_TITLE = "Talks\u001b]0;owned\u0007 resume\u001b[2J";
const HOSTILE_TEXT = "Israel met Qatar.\u001b[8m hidden \u001b[0m\u202e Hamas rejected it.";

test("escapeControls shows control, escape and bidi characters as visible escapes", () => {
  assert.equal(escapeControls("a\u001b[31mb\u0007c\u202ed\n\te"), "a\\x1b[31mb\\x07c\\u202ed\n\te");
  assert.equal(oneLine("a\nb\r\u009bc"), "a\\x0ab\\x0d\\x9bc");
  assert.equal(forOutput("{\"t\":\"\u001b\"}", false, { isTTY: false }), "{\"t\":\"\u001b\"}", "data to a file stays exact");
  assert.equal(forOutput("{\"t\":\"\u001b\"}", false, { isTTY: true }), "{\"t\":\"\\x1b\"}");
});

test("show and articles (as their commands print them) give stored titles and text with terminal escapes neutralised", async () => {
  const path = tmpDbPath();
  const store = await openStore(path);
  await saveAnalysis(store.db, fakeAnalyzer().analyze(makeArticle(HOSTILE_TEXT, { title: HOSTILE_TITLE, date: "2024-05-08", url: "https://example.org/\u001b[2J" })));
  const [row] = await listArticles(store.db);
  for (const out of [formatArticle(await articleDetail(store.db, row.id), false), formatArticle(await articleDetail(store.db, row.id), true), forOutput(formatArticles([row]), true)]) {
    // (the coloured form keeps parley's own colour codes, ESC [ n m)
    assert.ok(!/[\u0007\u202e]/.test(out), JSON.stringify(out));
    assert.ok(!/\u001b\]|\u001b\[2J|\u001b\[8m/.test(out), JSON.stringify(out));
    assert.match(out, /\\x1b/);
  }
  await store.close();
});
