// Reading PETRARCH record files robustly: self-closed records, comments, skips with reasons, datelines,
// empty texts and dates as ingest handles them, duplicate ids, one pass over the lines, and the CLI's exit status.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { packageRoot } from "../src/paths.js";
import { SourceError } from "../src/errors.js";
import { parsePetrarchLines, parsePetrarchRecords, readPetrarchRecords } from "../src/eval/petrarch-records.js";
import { scorePetrarch } from "../src/eval/petrarch.js";
import { petrarchPredictor } from "../src/eval/pipeline-predictors.js";
import { articleForText } from "../src/eval/article-for-text.js";
import { selectHalf } from "../src/eval/halves.js";
import { makeContext } from "../src/ingest/context.js";
import { readLines } from "../src/ingest/records.js";
import { parseMetaDate } from "../src/ingest/refdate.js";
import type { Analyzer } from "../src/pipeline/analyze.js";
import type { Article } from "../src/text/article.js";
import { AnalysedDoc } from "../src/text/analysed.js";
import { runEval } from "./helpers/eval-cli.js";
import { tempDir } from "./helpers/tmp.js";

const selfClosed = join(packageRoot, "test/fixtures/petrarch-selfclosed.xml");
const base = (where: string) => where.replace(/^.*\//, "");

test("records opened by a self-closed <Sentence …/> run to the next record; '#' lines and comments are skipped", () => {
  const s = readPetrarchRecords(selfClosed);
  assert.deepEqual(s.records.map((r) => [r.id, base(r.where), r.n]), [
    ["SC-01", "petrarch-selfclosed.xml:4", 1], ["SC-02", "petrarch-selfclosed.xml:8", 2], ["SC-03", "petrarch-selfclosed.xml:15", 3],
    ["SC-02", "petrarch-selfclosed.xml:24", 6], ["SC-09", "petrarch-selfclosed.xml:32", 9],
  ]);
  assert.equal(s.records[1].text, "Brevania condemned the Aldorian blockade & said it would not negotiate.");
  assert.deepEqual(s.records[1].gold, [{ source: "BRV", target: "ALD", code: "111" }]);
  assert.deepEqual(s.records[4].gold, [{ source: "BRV", target: "ALD", code: "0871" }]);
  assert.deepEqual(s.warnings, [], "self-closed records need no </Sentence>");
});

test("every record that cannot be read is a skip with its line and reason", () => {
  const s = readPetrarchRecords(selfClosed);
  assert.deepEqual(s.skipped.map((k) => [base(k.where), k.id, k.reason]), [
    ["petrarch-selfclosed.xml:18", "SC-04", 'record SC-04: date "950104" cannot be read (expected YYYYMMDD or YYYY-MM-DD)'],
    ["petrarch-selfclosed.xml:21", "SC-05", "record SC-05: empty <Text>"],
    ["petrarch-selfclosed.xml:29", "SC-07", "record SC-07: <Text> opened on line 29 is never closed"],
    ["petrarch-selfclosed.xml:30", "SC-08", "record SC-08: no <Text>"],
  ]);
});

test("duplicate record ids are reported and both records are scored, not merged", () => {
  const s = readPetrarchRecords(selfClosed);
  assert.deepEqual(s.duplicates.map((d) => [d.id, base(d.where), base(d.first)]), [["SC-02", "petrarch-selfclosed.xml:24", "petrarch-selfclosed.xml:8"]]);
  const { score, results } = scorePetrarch(s.records, (_t, _d, r) => r.gold);
  assert.equal(results.filter((r) => r.id === "SC-02").length, 2);
  assert.equal(score.expected, 4);
});

test("a record's text becomes the article ingest would make: the dateline is found and left out of the body", async () => {
  const text = "CAIRO, March 6 (Reuters) - Aldorian troops shelled a Brevanian post.";
  const seen: Article[] = [];
  const analyzer: Analyzer = { analyze: (a) => (seen.push(a), new AnalysedDoc(a)) };
  const rec = readPetrarchRecords(selfClosed).records.find((r) => r.text === text)!;
  petrarchPredictor(analyzer)(rec.text, rec.date, rec);
  const ingested: Article[] = [];
  for await (const item of readLines("mem.jsonl", [JSON.stringify({ text, date: "2023-03-06" })], makeContext({}))) if (item.ok) ingested.push(item.article);
  assert.equal(seen[0].bodyStart, "CAIRO, March 6 (Reuters) - ".length);
  assert.equal(seen[0].bodyStart, ingested[0].bodyStart);
  assert.deepEqual(seen[0].dateline, ingested[0].dateline);
  assert.equal(seen[0].date, "2023-03-06");
});

test("empty texts and unreadable dates are refused on the eval path as on the ingest path", async () => {
  assert.throws(() => articleForText("  \n ", "2023-03-05", "x.xml:3"), (e: unknown) => e instanceof SourceError && e.reason === "no text in it");
  const refused: string[] = [];
  for await (const item of readLines("mem.jsonl", [JSON.stringify({ text: "  " })], makeContext({}))) if (!item.ok) refused.push(item.error.where);
  assert.deepEqual(refused, ["mem.jsonl:1"]);
  // One date reader: what ingest cannot read is a skip here; what it reads is read here too.
  for (const [date, readable] of [["950104", false], ["20230305", true], ["2023-03-05", true], ["March 5, 2023", true], ["20231345", false]] as const) {
    const s = parsePetrarchRecords(`<Sentence id="D" date="${date}"/>\n<EventCoding noevents="True"/>\n<Text>Quiet day.</Text>`, "mem.xml");
    assert.equal(s.records.length, readable ? 1 : 0, date);
    assert.equal(s.skipped.length, readable ? 0 : 1, date);
    if (readable) assert.equal(s.records[0].date, "2023-03-05");
  }
  assert.equal(parseMetaDate("950104"), null);
});

test("the reader makes one pass over the lines (no rescans: linear in the file)", () => {
  const records = 5000;
  let served = 0;
  function* lines() {
    yield "<Sentences>";
    for (let k = 0; k < records; k++) {
      for (const l of [`<Sentence date="20230301" id="R-${k}"/>`, `<EventCoding sourcecode="ALD" targetcode="BRV" eventcode="042"/>`, "<Text>", `Record ${k} text.`, "</Text>"]) {
        served++;
        yield l;
      }
    }
    yield "</Sentences>";
  }
  const s = parsePetrarchLines(lines(), "gen.xml");
  assert.equal(served, records * 5, "each line is read once, from a one-shot generator");
  assert.equal(s.records.length, records);
  assert.equal(s.records[records - 1].where, `gen.xml:${1 + records * 5 - 4}`, "line numbers are counted, not searched for");
});

test("--half keeps the even- or odd-numbered records, counting unreadable ones", () => {
  const recs = readPetrarchRecords(selfClosed).records;
  assert.deepEqual(selectHalf(recs, "even", (r) => r.n).map((r) => r.n), [2, 6]);
  assert.deepEqual(selectHalf(recs, "odd", (r) => r.n).map((r) => r.n), [1, 3, 9]);
});

test("parley eval petrarch: skips are counted in the JSON and fail the run unless --allow-skips", async () => {
  const failed = await runEval(["petrarch", selfClosed, "--json"]);
  assert.equal(failed.code, 1);
  const score = JSON.parse(failed.out[0]);
  assert.equal(score.records, 5);
  assert.equal(score.skipped, 4);
  assert.deepEqual(score.skipped_records.map((k: { id: string }) => k.id), ["SC-04", "SC-05", "SC-07", "SC-08"]);
  assert.deepEqual(score.duplicate_ids, ["SC-02"]);
  assert.ok(failed.err.some((l) => /petrarch-selfclosed\.xml:21: skipped: record SC-05: empty <Text>/.test(l)));
  assert.match(failed.err.at(-1)!, /^parley: 4 records could not be read and were not scored/);
  const allowed = await runEval(["petrarch", selfClosed, "--json", "--allow-skips"]);
  assert.equal(allowed.code, 0);
  assert.equal(JSON.parse(allowed.out[0]).skipped, 4);
  const clean = join(tempDir(), "clean.xml");
  writeFileSync(clean, '<Sentence id="A" date="20230301"/>\n<EventCoding noevents="True"/>\n<Text>Quiet day.</Text>\n');
  const ok = await runEval(["petrarch", clean, "--json"]);
  assert.deepEqual([ok.code, JSON.parse(ok.out[0]).skipped], [0, 0]);
  const half = await runEval(["petrarch", selfClosed, "--json", "--half", "even", "--allow-skips"]);
  assert.equal(JSON.parse(half.out[0]).records, 2);
});
