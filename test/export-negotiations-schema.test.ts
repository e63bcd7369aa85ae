// docs/schema/negotiations.json against real output: the seed articles through the whole pipeline, stored,
// and the board read back as `parley negotiations --format json|jsonl` and `negotiations show ID --format json`
// print it (GET /api/negotiations returns the same JSON: test/server-api.test.ts). Skips, saying why, while
// the pipeline cannot load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import { examplesDir, packageRoot } from "../src/paths.js";
import { readSources } from "../src/ingest/index.js";
import { openStore } from "../src/store/open.js";
import { saveAnalysis } from "../src/store/save.js";
import { noPipeline, realAnalyzer } from "./helpers/pipeline.js";
import { tmpDbPath } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";

const schema = JSON.parse(readFileSync(join(packageRoot, "docs", "schema", "negotiations.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validBoard = ajv.compile(schema);
const validRecord = ajv.getSchema(`${schema.$id}#/definitions/proposalRecord`) as ValidateFunction;

function check(valid: ValidateFunction, rec: unknown, label: string): void {
  assert.ok(valid(rec), `${label}: ${ajv.errorsText(valid.errors)}`);
}

const skip = !realAnalyzer && noPipeline;

async function seededBoardDb(): Promise<string> {
  const path = tmpDbPath();
  const store = await openStore(path);
  for (const file of ["2024-02-08-gaza-ceasefire-talks.txt", "2024-05-08-rafah-crossing.txt"]) {
    for await (const item of readSources([join(examplesDir, file)])) {
      if (!item.ok) throw item.error;
      await saveAnalysis(store.db, realAnalyzer!.analyze(item.article));
    }
  }
  await store.close();
  return path;
}

test("the seed board as JSON, JSON Lines and `show --format json` validates against docs/schema/negotiations.json, and the schema refuses what it should", { skip }, async () => {
  const db = await seededBoardDb();
  const json = await runCli(["negotiations", "--format", "json", "--db", db]);
  assert.equal(json.code, 0, json.stderr);
  const board = JSON.parse(json.stdout);
  const proposals = board.processes.flatMap((p: any) => p.proposals);
  assert.ok(proposals.length >= 4 && board.processes[0].meetings.length > 0 && board.processes[0].positions.length > 0, "a real board, not an empty one");
  check(validBoard, board, "parley negotiations --format json");

  const lines = (await runCli(["negotiations", "--format", "jsonl", "--db", db])).stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, proposals.length);
  lines.forEach((l, k) => check(validRecord, l, `jsonl line ${k + 1}`));
  const show = await runCli(["negotiations", "show", String(proposals[0].id), "--format", "json", "--db", db]);
  assert.equal(show.code, 0, show.stderr);
  check(validRecord, JSON.parse(show.stdout), "negotiations show --format json");

  // the schema can fail: a wrong stance class, an unlisted field, a missing field, a term of no known kind
  const p = lines[0];
  const r = proposals.find((x: any) => x.responses.length).responses[0];
  assert.ok(!validRecord({ ...p, responses: [{ ...r, stanceClass: "maybe" }] }));
  assert.ok(!validRecord({ ...p, extra: 1 }));
  const { status: _s, ...noStatus } = p;
  assert.ok(!validRecord(noStatus));
  assert.ok(!validRecord({ ...p, terms: [{ kind: "weather", value: "x", words: "x", article: "a", date: "2024-01-01", evidence: "x" }] }));
  assert.ok(!validBoard({ processes: [{ ...board.processes[0], meetings: [{ ...board.processes[0].meetings[0], date: "May" }] }] }), "dates are YYYY-MM-DD");
});
