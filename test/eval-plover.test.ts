import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, sharedDir } from "../src/paths.js";
import { readPloverRecords, parsePloverJsonl, scorePlover, actorKey, eventActorKey, type PloverPrediction } from "../src/eval/plover.js";
import { selectHalf } from "../src/eval/halves.js";

const fixture = join(packageRoot, "test/fixtures/plover-records.jsonl");
const gsr = join(sharedDir, "eval/plover-gsr/PLOVER_GSR_dev.jsonl");

test("reads PLOVER JSONL, maps old labels, lists the lines it cannot read as skips with file:line", () => {
  const { records, skipped: problems } = readPloverRecords(fixture);
  assert.deepEqual(records.map((r) => [r.id, r.type]), [["P-1", "ASSAULT"], ["P-2", "AGREE"], ["P-3", "REQUEST"], ["P-6", "PROTEST"]]);
  assert.equal(records[0].label, "FIGHT");
  assert.deepEqual(records[1].targets, []);
  assert.deepEqual(problems.map((p) => p.where.replace(/^.*\//, "")), ["plover-records.jsonl:4", "plover-records.jsonl:5"]);
  assert.match(problems[0].reason, /not valid JSON/);
  assert.match(problems[1].reason, /"source" must be a list/);
});

test("the even and odd halves split records by their line in the file", () => {
  const { records } = readPloverRecords(fixture);
  // P-1, P-2, P-3 on lines 1–3, P-6 on line 7 (after a blank line)
  assert.deepEqual(selectHalf(records, "even", (r) => r.line).map((r) => r.id), ["P-2"]);
  assert.deepEqual(selectHalf(records, "odd", (r) => r.line).map((r) => r.id), ["P-1", "P-3", "P-6"]);
});

test("an unreadable date is a skip; a repeated id is reported and both records are kept", () => {
  const line = (id: string, date: string) => JSON.stringify({ id, date, event: "PROTEST", text: "Crowds marched.", source: [{ code: "ALD" }] });
  const read = parsePloverJsonl([line("A", "2000-01-01"), line("B", "000101"), line("A", "2000-01-02")].join("\n"), "mem.jsonl");
  assert.deepEqual(read.records.map((r) => [r.id, r.date]), [["A", "2000-01-01"], ["A", "2000-01-02"]]);
  assert.deepEqual(read.skipped, [{ where: "mem.jsonl:2", id: "B", reason: 'date "000101" cannot be read (expected YYYYMMDD or YYYY-MM-DD)' }]);
  assert.deepEqual(read.duplicates, [{ id: "A", where: "mem.jsonl:3", first: "mem.jsonl:1" }]);
});

test("actor keys: ISO countries, old codes mapped, organisation prefixes", () => {
  assert.equal(actorKey("JAP"), "JPN");
  assert.equal(actorKey("ISRGOV"), "ISR");
  assert.equal(actorKey("IGOUNO"), "IGO");
  assert.equal(eventActorKey({ text: "x", start: 0, end: 1, code: "IGOUNO", country: null }), "IGO");
  assert.equal(eventActorKey({ text: "x", start: 0, end: 1, code: "PSEREB", country: "PSE" }), "PSE");
  assert.equal(eventActorKey(null), null);
});

const records = () => readPloverRecords(fixture).records;

test("perfect predictions: 100 on all three figures (compound gold actors covered by several events)", () => {
  const pred: Record<string, PloverPrediction[]> = {
    "P-1": [{ type: "ASSAULT", sources: ["ALD"], targets: ["BRV"] }],
    "P-2": [{ type: "AGREE", sources: ["ALD"], targets: [] }, { type: "AGREE", sources: ["BRV"], targets: [] }],
    "P-3": [{ type: "REQUEST", sources: ["IGO"], targets: ["JPN"] }],
    "P-6": [{ type: "PROTEST", sources: [], targets: [] }],
  };
  const { score } = scorePlover(records(), (_t, _d, r) => pred[r.id]);
  assert.deepEqual(score, { records: 4, event_type_accuracy: 100, source_country_accuracy: 100, target_country_accuracy: 100 });
});

test("empty predictions score 0", () => {
  const { score } = scorePlover(records(), () => []);
  assert.deepEqual(score, { records: 4, event_type_accuracy: 0, source_country_accuracy: 0, target_country_accuracy: 0 });
});

test("partial predictions give the hand-computed accuracies", () => {
  const pred: Record<string, PloverPrediction[]> = {
    "P-1": [{ type: "FIGHT", sources: ["ALD"], targets: ["XXX"] }],
    "P-2": [{ type: "AGREE", sources: ["ALD"], targets: [] }],
    "P-3": [{ type: "ACCUSE", sources: ["IGO"], targets: ["JPN"] }],
  };
  const { score, results } = scorePlover(records(), (_t, _d, r) => pred[r.id] ?? []);
  assert.deepEqual(score, { records: 4, event_type_accuracy: 50, source_country_accuracy: 66.67, target_country_accuracy: 50 });
  assert.deepEqual(results.map((r) => r.targetHit), [false, null, true, null]);
});

test("reads the PLOVER gold records (109)", { skip: !existsSync(gsr) && "../shared absent" }, () => {
  const { records, skipped, duplicates } = readPloverRecords(gsr);
  assert.equal(records.length, 109);
  assert.deepEqual([skipped, duplicates], [[], []]);
  assert.ok(!records.some((r) => ["DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE"].includes(r.type)));
  assert.equal(records.filter((r) => r.targets.length).length, 97);
});
