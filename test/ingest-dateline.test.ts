import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { findDateline } from "../src/ingest/dateline.js";
import { referenceDate, checkDateOption, parseMetaDate } from "../src/ingest/refdate.js";
import { textHash, normaliseForHash, shortId } from "../src/ingest/hash.js";
import { examplesDir, sharedDir } from "../src/paths.js";
import { UserError } from "../src/errors.js";

const seed = (name: string): string => readFileSync(join(examplesDir, name), "utf8");

test("seed datelines: places, month/day, agency and where the body starts", () => {
  const doha = seed("2024-02-08-gaza-ceasefire-talks.txt");
  const d1 = findDateline(doha)!;
  assert.deepEqual(d1.dateline.places, ["Doha", "Tel Aviv"]);
  assert.equal(d1.dateline.monthDay, null);
  assert.equal(d1.dateline.agency, null);
  assert.equal(doha.slice(d1.dateline.start, d1.dateline.end), "Doha/Tel Aviv:");
  assert.ok(doha.slice(d1.bodyStart).startsWith("Mediators"));

  const cairo = seed("2024-05-08-rafah-crossing.txt");
  const d2 = findDateline(cairo)!;
  assert.deepEqual(d2.dateline.places, ["CAIRO", "WASHINGTON", "RAFAH"]);
  assert.deepEqual(d2.dateline.regions, ["Gaza Strip"]);
  assert.equal(d2.dateline.monthDay, "05-08");
  assert.equal(d2.dateline.agency, "Reuters");
  assert.equal(cairo.slice(d2.dateline.start, d2.dateline.end), "CAIRO/WASHINGTON/RAFAH, Gaza Strip, May 8 (Reuters) –");
  assert.ok(cairo.slice(d2.bodyStart).startsWith("The United States"));
});

test("other dateline forms", () => {
  const cases: Array<[string, string[], string | null, string | null, string]> = [
    ["GAZA CITY (AP) — Residents fled south.", ["GAZA CITY"], null, "AP", "Residents"],
    ["KYIV, Ukraine, March 3 (Reuters) - Talks resumed.", ["KYIV"], "03-03", "Reuters", "Talks"],
    ["LONDON, 5 June (AFP) - Ministers met.", ["LONDON"], "06-05", "AFP", "Ministers"],
    ["WASHINGTON — The State Department said.", ["WASHINGTON"], null, null, "The"],
    ["JERUSALEM, Jan. 12 -- Police said.", ["JERUSALEM"], "01-12", null, "Police"],
    ["(Reuters) - Israel said on Monday it would send a delegation.", [], null, "Reuters", "Israel"],
    ["BEIRUT, Lebanon (AP) —\nHezbollah said.", ["BEIRUT"], null, "AP", "Hezbollah"],
    ["  RIO DE JANEIRO, MAY 30 (Reuters) - Leaders met.", ["RIO DE JANEIRO"], "05-30", "Reuters", "Leaders"],
    ["Khan Younis, Gaza Strip – Families sheltered in tents.", ["Khan Younis"], null, null, "Families"],
    ["ISTANBUL, Turkey—Officials met.", ["ISTANBUL"], null, null, "Officials"],
    ["AL-ARISH, Egypt (Reuters) - Trucks waited.", ["AL-ARISH"], null, "Reuters", "Trucks"],
    ["Jerusalem, May 8 (dpa) - Police said.", ["Jerusalem"], "05-08", "dpa", "Police"],
  ];
  for (const [text, places, monthDay, agency, body] of cases) {
    const m = findDateline(text);
    assert.ok(m, `no dateline found in ${JSON.stringify(text)}`);
    assert.deepEqual(m.dateline.places, places, text);
    assert.equal(m.dateline.monthDay, monthDay, text);
    assert.equal(m.dateline.agency, agency, text);
    assert.ok(text.slice(m.bodyStart).startsWith(body), text);
  }
});

test("ordinary first sentences and labels are not datelines", () => {
  for (const text of [
    "Israel said on Monday: the talks are over.",
    "Hamas - the group that rules Gaza - rejected the offer.",
    "Update: The ministry revised the figures.",
    "EXCLUSIVE - Talks are near a deal, sources say.",
    "The Onion: An interview with America's finest news source\n\nText.",
    "Officials in Cairo said talks would resume.",
    "In Doha/Tel Aviv talks went on.",
    "LONDON, May 35 (Reuters) - Not a real day.",
    "“We will not stop,” he said.",
    "Israel-Hamas talks resumed on Monday.",
    "Gaza—a strip of land—is crowded.",
  ]) {
    assert.equal(findDateline(text), null, text);
  }
});

test("reference date: option, then metadata, then dateline, then ingest day", () => {
  const now = new Date("2026-11-22T12:00:00Z");
  const dateline = { start: 0, end: 10, places: ["CAIRO"], monthDay: "05-08", agency: null };
  assert.deepEqual(referenceDate({ option: "2024-01-01", metadata: "2024-05-09", dateline, now }), { date: "2024-01-01", origin: "option" });
  assert.deepEqual(referenceDate({ metadata: "2024-05-09", dateline, now }), { date: "2024-05-09", origin: "metadata" });
  assert.deepEqual(referenceDate({ dateline, now }), { date: "2026-05-08", origin: "dateline" });
  assert.deepEqual(referenceDate({ dateline: null, now }), { date: "2026-11-22", origin: "ingest" });
  // A dateline later in the year than the ingest day belongs to last year.
  const dec = { ...dateline, monthDay: "12-30" };
  assert.deepEqual(referenceDate({ dateline: dec, now: new Date("2027-01-02T08:00:00Z") }), { date: "2026-12-30", origin: "dateline" });
  const leap = { ...dateline, monthDay: "02-29" };
  assert.equal(referenceDate({ dateline: leap, now }).date, "2024-02-29");
});

test("metadata dates keep the calendar day as written", () => {
  assert.equal(parseMetaDate("2024-05-08T23:30:00-04:00"), "2024-05-08");
  assert.equal(parseMetaDate("Wed, 08 May 2024 10:00:00 GMT"), "2024-05-08");
  assert.equal(parseMetaDate("Friday, July 21, 2017"), "2017-07-21");
  assert.equal(parseMetaDate("2024-02-30"), null);
  assert.equal(parseMetaDate("soon"), null);
});

test("--date must be a real YYYY-MM-DD date", () => {
  assert.doesNotThrow(() => checkDateOption("2024-02-29"));
  assert.doesNotThrow(() => checkDateOption(undefined));
  for (const bad of ["2024-13-01", "2023-02-29", "08/05/2024", "2024-5-8", ""]) {
    assert.throws(() => checkDateOption(bad), (e: unknown) => e instanceof UserError && /--date/.test(e.message), bad);
  }
});

test("hash: same text the same, however it was saved; different text different", () => {
  const a = "Talks resumed in Cairo.\n\nNo deal yet.";
  assert.equal(textHash(a), textHash(a));
  assert.equal(textHash(a), textHash("Talks resumed in Cairo.  \r\n\r\n\r\n\r\nNo deal yet.\n"));
  assert.equal(textHash("Caf\u00e9 talks"), textHash("Cafe\u0301 talks"));
  assert.notEqual(textHash(a), textHash("Talks resumed in Doha.\n\nNo deal yet."));
  assert.equal(normaliseForHash(" x \n\n\n\ny "), "x\n\ny");
  assert.match(textHash(a), /^[0-9a-f]{64}$/);
  assert.equal(shortId(textHash(a)), textHash(a).slice(0, 12));
});

const wikinews = join(sharedDir, "news", "wikinews");
test("no dateline is invented in the Wikinews texts", { skip: !existsSync(wikinews) && "../shared absent" }, async () => {
  const { readdirSync } = await import("node:fs");
  const files = readdirSync(wikinews).filter((f) => f.endsWith(".txt"));
  assert.ok(files.length > 10);
  const found = files.filter((f) => findDateline(readFileSync(join(wikinews, f), "utf8")));
  assert.deepEqual(found, []);
});
