import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listEvents } from "../src/store/queries.js";
import { renderEvents } from "../src/export/index.js";
import { CSV_HEADER, csvField } from "../src/export/csv.js";
import { GDELT_EVENT_COLUMNS } from "../src/export/gdelt-columns.js";
import { sharedDir } from "../src/paths.js";
import { parseCsv, seededStore } from "./helpers/store.js";

test("CSV quotes per RFC 4180 and parses back to the same events", async () => {
  assert.equal(csvField('say "no", twice'), '"say ""no"", twice"');
  assert.equal(csvField("a\nb"), '"a\nb"');
  assert.equal(csvField(null), "");
  const store = await seededStore();
  const events = await listEvents(store.db);
  const csv = renderEvents("csv", events);
  assert.ok(csv.endsWith("\r\n"));
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], CSV_HEADER);
  assert.equal(rows.length, events.length + 1);
  const col = (name: string) => CSV_HEADER.indexOf(name);
  for (const [k, e] of events.entries()) {
    const r = rows[k + 1];
    assert.equal(r.length, CSV_HEADER.length);
    assert.equal(r[col("cameo")], e.cameo);
    assert.equal(r[col("evidence_text")], e.sentenceText);
    assert.equal(Number(r[col("evidence_start")]), e.evidence.start);
    assert.equal(r[col("article_id")], e.articleId);
  }
  // "Israel's proposal" and commas inside sentences must survive the round trip.
  assert.ok(events.some((e) => /[,']/.test(e.sentenceText)));
  await store.close();
});

test("JSON and JSONL carry every event with its evidence span and sentence", async () => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  const arr = JSON.parse(renderEvents("json", events));
  const lines = renderEvents("jsonl", events).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(arr.length, events.length);
  assert.deepEqual(lines, arr);
  for (const [k, rec] of arr.entries()) {
    assert.equal(rec.cameo, events[k].cameo);
    assert.deepEqual(rec.evidence, {
      article: events[k].articleId, start: events[k].evidence.start, end: events[k].evidence.end,
      sentence: events[k].sentence, text: events[k].sentenceText,
    });
  }
  await store.close();
});

test("GDELT rows have exactly the 61 codebook columns, filled from the event", async () => {
  const p = join(sharedDir, "reference", "gdelt", "gdelt2_event_columns.txt");
  if (existsSync(p)) {
    assert.deepEqual([...GDELT_EVENT_COLUMNS], readFileSync(p, "utf8").split(/\r?\n/).filter(Boolean));
  }
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  const store = await seededStore();
  const events = await listEvents(store.db);
  const rows = renderEvents("gdelt", events).split("\n").filter((l) => l !== "").map((l) => l.split("\t"));
  assert.equal(rows.length, events.length);
  const at = (name: string) => GDELT_EVENT_COLUMNS.indexOf(name as any);
  for (const [k, r] of rows.entries()) {
    const e = events[k];
    assert.equal(r.length, 61);
    assert.equal(r[at("GLOBALEVENTID")], String(e.id));
    assert.equal(r[at("SQLDATE")], e.date!.replace(/-/g, ""));
    assert.equal(r[at("EventCode")], e.cameo);
    assert.equal(r[at("EventRootCode")], e.cameo.slice(0, 2));
    assert.equal(r[at("Actor1Code")], e.source?.code ?? e.source?.country ?? "");
    assert.equal(r[at("NumArticles")], "1");
    assert.equal(r[at("AvgTone")], "");
    assert.match(r[at("DATEADDED")], /^\d{14}$/);
    assert.equal(r[at("SOURCEURL")], e.article.url, "SOURCEURL is the article's URL");
  }
  const doha = rows.find((r) => r[at("ActionGeo_FullName")] === "Doha");
  assert.ok(doha, "dateline place should fill ActionGeo");
  const usagov = rows.find((r) => r[at("Actor1Code")] === "USAGOV");
  assert.equal(usagov?.[at("Actor1Type1Code")], "GOV");
  assert.equal(usagov?.[at("Actor1CountryCode")], "USA");
  await store.close();
});

test("PLOVER records have the manual's required fields and the evidence", async () => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  const recs = renderEvents("plover", events).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(recs.length, events.length);
  const ids = new Set<string>();
  for (const [k, r] of recs.entries()) {
    for (const field of ["id", "date", "actor", "event"]) assert.ok(field in r, `missing ${field}`);
    ids.add(r.id);
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(r.event, [events[k].plover.type]);
    assert.equal(r.text, events[k].sentenceText);
    assert.deepEqual(r.text_info, { sequence: events[k].sentence, start: events[k].evidence.start, end: events[k].evidence.end });
    assert.equal(r.actor[0].entity_text, events[k].source!.text);
    assert.equal(r.quad_code, events[k].quadClass);
  }
  assert.equal(ids.size, recs.length, "ids are unique");
  const blinken = recs.find((r) => r.actor[0].actor_code === "USAGOV");
  assert.deepEqual([blinken.actor[0].code, blinken.actor[0].sector, blinken.actor[0].identifier_text], ["USA", "GOV", "Antony Blinken"]);
  await store.close();
});

test("the table lists one line per event and an unknown format is a user error", async () => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  const table = renderEvents("table", events).trimEnd().split("\n");
  assert.equal(table.length, events.length + 2);
  assert.match(table[0], /^ID\s+DATE\s+SOURCE/);
  assert.throws(() => renderEvents("xml", events), /unknown format "xml" \(choose table, json, jsonl, csv, gdelt, plover\)/);
  await store.close();
});
