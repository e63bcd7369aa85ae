import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { runDemo } from "../src/cli/demo.js";
import { loadAnalyzer } from "../src/pipeline/analyze.js";
import { openStore } from "../src/store/open.js";
import { listEvents } from "../src/store/queries.js";
import { listFigures } from "../src/store/figures-read.js";
import { renderEvents } from "../src/export/index.js";
import { FIGURE_FORMATS } from "../src/export/figures.js";
import { packageRoot } from "../src/paths.js";
import { seededStore } from "./helpers/store.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const schema = (name: string) => JSON.parse(readFileSync(join(packageRoot, "docs", "schema", `${name}.json`), "utf8"));
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
const validEvent = ajv.compile(schema("event"));
const validFigure = ajv.compile(schema("figure"));

function check(valid: ReturnType<Ajv["compile"]>, recs: unknown[], label: string): void {
  for (const [k, r] of recs.entries()) assert.ok(valid(r), `${label} #${k}: ${ajv.errorsText(valid.errors)}`);
}

const jsonl = (s: string) => s.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l));

test("the schemas reject what they should", async () => {
  const store = await seededStore();
  const [e] = JSON.parse(renderEvents("json", await listEvents(store.db))) as Record<string, unknown>[];
  await store.close();
  assert.ok(validEvent(e));
  assert.ok(!validEvent({ ...e, cameo: 231 }), "a CAMEO code is text");
  assert.ok(!validEvent({ ...e, modality: "maybe" }));
  assert.ok(!validEvent({ ...e, extra: 1 }), "no unlisted fields");
  const { rules: _r, ...noRules } = e;
  assert.ok(!validEvent(noRules));
});

test("every JSON and JSONL export of events and figures validates against docs/schema", async () => {
  const seeded = await seededStore();
  const fakeEvents = await listEvents(seeded.db);
  const fakeFigures = await listFigures(seeded.db);
  await seeded.close();
  const dbPath = join(tempDir(), "demo.db");
  await runDemo({ dbPath, analyzer: await loadAnalyzer(), overwrite: true });
  const demo = await openStore(dbPath);
  const events = await listEvents(demo.db, { allVersions: true });
  const figures = await listFigures(demo.db, { allVersions: true });
  await demo.close();
  assert.ok(events.length > 50 && figures.length > 3, `${events.length} events, ${figures.length} figures`);
  for (const [label, evs] of [["fake", fakeEvents], ["demo", events]] as const) {
    check(validEvent, JSON.parse(renderEvents("json", evs)), `${label} json`);
    check(validEvent, jsonl(renderEvents("jsonl", evs)), `${label} jsonl`);
  }
  for (const [label, figs] of [["fake", fakeFigures], ["demo", figures]] as const) {
    check(validFigure, JSON.parse(FIGURE_FORMATS.json(figs)), `${label} figures json`);
    check(validFigure, jsonl(FIGURE_FORMATS.jsonl(figs)), `${label} figures jsonl`);
  }
  // And through the command line, as a user gets them.
  const cliFigures = await runCli(["figures", "--format", "jsonl", "--db", dbPath]);
  assert.equal(cliFigures.code, 0, cliFigures.stderr);
  check(validFigure, jsonl(cliFigures.stdout), "parley figures --format jsonl");
  const killed = jsonl((await runCli(["figures", "--kind", "killed", "--format", "jsonl", "--db", dbPath])).stdout);
  assert.ok(killed.length > 0 && killed.every((f) => f.kind === "killed"));
  check(validEvent, jsonl((await runCli(["events", "--format", "jsonl", "--db", dbPath])).stdout), "parley events --format jsonl");
});
