import { test } from "node:test";
import assert from "node:assert/strict";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { listEvents } from "../src/store/queries.js";
import { renderEvents } from "../src/export/index.js";
import { fractionDate } from "../src/export/gdelt.js";
import { fipsCountry } from "../src/export/fips.js";
import { GDELT_COLUMN_TYPES, GDELT_EVENT_COLUMNS, GDELT_EXTRA_COLUMNS } from "../src/export/gdelt-columns.js";
import type { StoredEvent } from "../src/store/events-read.js";
import type { EventPlace } from "../src/text/annotations.js";
import { fakeAnalyzer } from "./helpers/fake-analyzer.js";
import { makeArticle } from "./helpers/articles.js";
import { seededStore, tmpDbPath } from "./helpers/store.js";

const PLACES: EventPlace[] = [
  { text: "Cairo", name: "Cairo", country: "EGY", lat: 30.06263, lon: 31.24967, origin: "clause" },
  { text: "Israel", name: "Israel", country: "ISR", lat: 31.47, lon: 35.13, origin: "clause" },
  { text: "Rafah", name: "Rafah", country: "PSE", lat: 31.29, lon: 34.25, origin: "clause" },
  { text: "Ramallah", name: "Ramallah", country: "PSE", lat: 31.9, lon: 35.2, origin: "clause" },
  { text: "Atlantis", name: "Atlantis", country: "GRC", lat: 36.4, lon: 25.4, origin: "clause" },
];

async function placedEvents(): Promise<StoredEvent[]> {
  const store = await openStore(tmpDbPath());
  const text = PLACES.map(() => "Israel attacked Hamas.").join(" ");
  const article = makeArticle(text, { url: "https://example.org/placed" });
  const analysis = fakeAnalyzer().analyze(article);
  analysis.events.forEach((e, k) => (e.place = PLACES[k]));
  await saveAnalysis(store.db, analysis);
  const events = await listEvents(store.db);
  await store.close();
  return events;
}

const rowsOf = (tsv: string) => tsv.split("\n").filter(Boolean).map((l) => l.split("\t"));
const at = (name: string) => GDELT_EVENT_COLUMNS.indexOf(name as (typeof GDELT_EVENT_COLUMNS)[number]);

test("FractionDate follows GDELT's formula and stays within its year, 31 December included", () => {
  assert.equal(fractionDate("2024-01-01"), "2024.0027");
  assert.equal(fractionDate("2015-02-18"), "2015.1315");
  assert.equal(fractionDate("2023-12-31"), "2023.9890");
  assert.equal(fractionDate("2024-12-31"), "2024.9890");
  for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
    const f = Number(fractionDate(d.toISOString().slice(0, 10)));
    assert.ok(f >= 2024 && f < 2025, `${d.toISOString()} → ${f}`);
  }
  assert.throws(() => fractionDate("2023-02-30"), /not a calendar date/);
});

test("locations use FIPS 10-4 country codes as GDELT does", () => {
  assert.deepEqual(["ISR", "GBR", "QAT", "USA", "EGY", "DEU", "XKX"].map((c) => fipsCountry(c)), ["IS", "UK", "QA", "US", "EG", "GM", "KV"]);
  assert.equal(fipsCountry("PSE", { lat: 31.29, lon: 34.25 }), "GZ");
  assert.equal(fipsCountry("PSE", { lat: 31.9, lon: 35.2 }), "WE");
  assert.equal(fipsCountry("PSE", { name: "the Gaza Strip" }), "GZ");
  assert.equal(fipsCountry("ZZZ"), "");
  assert.equal(fipsCountry(null), "");
});

test("ActionGeo fields come from the gazetteer: GeoNames id, ADM1, coordinates; SOURCEURL is the article URL", async () => {
  const rows = rowsOf(renderEvents("gdelt", await placedEvents()));
  const geo = (r: string[]) => ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"].map((f) => r[at(`ActionGeo_${f}`)]);
  assert.deepEqual(geo(rows[0]), ["4", "Cairo", "EG", "EG11", "30.06263", "31.24967", "360630"]);
  assert.deepEqual(geo(rows[1]), ["1", "Israel", "IS", "IS", "31.47", "35.13", "IS"]);
  assert.deepEqual(geo(rows[2]), ["4", "Rafah", "GZ", "GZ", "31.29", "34.25", "281102"]);
  assert.equal(geo(rows[3])[2], "WE");
  assert.deepEqual(geo(rows[4]), ["4", "Atlantis", "GR", "", "36.4", "25.4", ""], "a place GeoNames lacks keeps its coordinates, no id");
  for (const r of rows) assert.equal(r[at("SOURCEURL")], "https://example.org/placed");
  for (const r of rows) assert.equal(r[at("Actor1CountryCode")], "ISR", "actor countries stay CAMEO's three letters");
});

function checkTypes(rows: string[][]): void {
  for (const r of rows) {
    assert.equal(r.length, 61);
    for (const [k, name] of GDELT_EVENT_COLUMNS.entries()) {
      const v = r[k];
      const type = GDELT_COLUMN_TYPES[name];
      if (v === "") continue;
      if (type === "integer") assert.match(v, /^-?\d+$/, `${name} is an integer: ${v}`);
      if (type === "float") assert.match(v, /^-?\d+(\.\d+)?$/, `${name} is a number: ${v}`);
      assert.doesNotMatch(v, /[\t\n]/);
    }
    const f = (name: string) => r[at(name)];
    assert.match(f("SQLDATE"), /^\d{8}$/);
    assert.equal(f("MonthYear"), f("SQLDATE").slice(0, 6));
    assert.equal(f("Year"), f("SQLDATE").slice(0, 4));
    assert.equal(Math.floor(Number(f("FractionDate"))), Number(f("Year")));
    assert.match(f("DATEADDED"), /^\d{14}$/);
    assert.match(f("IsRootEvent"), /^[01]$/);
    assert.match(f("EventCode"), /^\d{2,4}$/);
    assert.equal(f("EventBaseCode"), f("EventCode").slice(0, 3));
    assert.equal(f("EventRootCode"), f("EventCode").slice(0, 2));
    assert.match(f("QuadClass"), /^[1-4]$/);
    assert.ok(Math.abs(Number(f("GoldsteinScale"))) <= 10);
    for (const a of ["Actor1", "Actor2"]) assert.match(f(`${a}CountryCode`), /^([A-Z]{3})?$/);
    for (const g of ["Actor1Geo", "Actor2Geo", "ActionGeo"]) {
      assert.match(f(`${g}_Type`), /^[1-5]?$/);
      assert.match(f(`${g}_CountryCode`), /^([A-Z]{2})?$/, "FIPS codes have two letters");
      if (f(`${g}_Lat`)) assert.ok(Math.abs(Number(f(`${g}_Lat`))) <= 90 && Math.abs(Number(f(`${g}_Long`))) <= 180);
      if (f(`${g}_ADM1Code`)) assert.ok(f(`${g}_ADM1Code`).startsWith(f(`${g}_CountryCode`)));
    }
    assert.doesNotMatch(f("SOURCEURL"), /#char=/);
  }
}

test("every GDELT field has its codebook type", async () => {
  assert.deepEqual(Object.values(GDELT_COLUMN_TYPES).filter((t) => t === "integer").length, 13);
  assert.deepEqual(Object.values(GDELT_COLUMN_TYPES).filter((t) => t === "float").length, 9);
  checkTypes(rowsOf(renderEvents("gdelt", await placedEvents())));
  const store = await seededStore();
  checkTypes(rowsOf(renderEvents("gdelt", await listEvents(store.db))));
  await store.close();
});

test("--gdelt-extra appends parley's columns; --header names them", async () => {
  const events = await placedEvents();
  const [head, ...rows] = rowsOf(renderEvents("gdelt", events, { gdeltExtra: true, header: true }));
  assert.deepEqual(head, [...GDELT_EVENT_COLUMNS, ...GDELT_EXTRA_COLUMNS]);
  const e = events[2];
  assert.deepEqual(rows[2].slice(61), [e.modality, e.article.dateOrigin, String(e.confidence), "PSE", `https://example.org/placed#char=${e.evidence.start},${e.evidence.end}`, ""]);
});
