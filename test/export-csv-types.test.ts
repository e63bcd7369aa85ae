import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { listEvents } from "../src/store/queries.js";
import { renderEvents } from "../src/export/index.js";
import { CSV_HEADER, CSV_TEXT_COLUMNS } from "../src/export/csv.js";
import { parseCsv, seededStore } from "./helpers/store.js";

// Python's csv module with QUOTE_NONNUMERIC reads every unquoted field as a number and every quoted one as text.
const PY_READER = `
import csv, json, sys
rows = list(csv.reader(sys.stdin, quoting=csv.QUOTE_NONNUMERIC))
print(json.dumps(rows))
`;

/** A pandas/R-style reader: a column whose cells all look numeric becomes numbers, unless declared text (dtype=str). */
function guessingReader(csv: string, text: string[] = []): Record<string, unknown>[] {
  const [head, ...rows] = parseCsv(csv);
  const numeric = head.map((name, k) => !text.includes(name) && rows.every((r) => r[k] === "" || /^-?\d+(\.\d+)?$/.test(r[k])));
  return rows.map((r) => Object.fromEntries(head.map((name, k) => [name, numeric[k] && r[k] !== "" ? Number(r[k]) : r[k]])));
}

test("CSV keeps CAMEO codes with their leading zeros under a reader that types fields by their quoting", async (t) => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  await store.close();
  assert.ok(events.some((e) => e.cameo.startsWith("0")), "the sample has a code with a leading zero");
  const csv = renderEvents("csv", events);
  const py = spawnSync("python3", ["-c", PY_READER], { input: csv, encoding: "utf8" });
  if (py.error) {
    t.skip("python3 is not installed");
    return;
  }
  assert.equal(py.status, 0, py.stderr);
  const [head, ...rows] = JSON.parse(py.stdout) as (string | number)[][];
  assert.deepEqual(head, CSV_HEADER);
  const col = (name: string) => head.indexOf(name);
  for (const [k, e] of events.entries()) {
    assert.equal(rows[k][col("cameo")], e.cameo, "CAMEO stays text");
    assert.equal(rows[k][col("article_id")], e.articleId);
    assert.equal(rows[k][col("quad_class")], e.quadClass, "numbers stay numbers");
    assert.equal(rows[k][col("goldstein")], e.goldstein);
    assert.equal(rows[k][col("evidence_start")], e.evidence.start);
    assert.equal(rows[k][col("target_code")], e.target?.code ?? "", "an empty text cell is text");
  }
});

test("a reader that guesses types regardless of quotes keeps the codes when given the documented text columns", async () => {
  const store = await seededStore();
  const events = await listEvents(store.db);
  await store.close();
  const csv = renderEvents("csv", events);
  const guessed = guessingReader(csv);
  assert.ok(guessed.some((r) => typeof r.cameo === "number"), "without dtype the guesser drops the zeros (why the README names the columns)");
  const typed = guessingReader(csv, CSV_TEXT_COLUMNS);
  for (const [k, e] of events.entries()) {
    assert.equal(typed[k].cameo, e.cameo);
    assert.equal(typed[k].confidence, e.confidence);
  }
  assert.deepEqual(CSV_HEADER.filter((c) => !CSV_TEXT_COLUMNS.includes(c)), ["id", "quad_class", "goldstein", "confidence", "sentence", "evidence_start", "evidence_end", "cluster_id", "cluster_mentions", "background"]);
});
