// `parley --help` and the commands' help texts load no analysis, store or queue module (issue #16): the
// module list of a real CLI run, recorded by a loader hook, must not name any of HEAVY_MODULES.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { heavyAmong, modulesLoadedBy } from "./helpers/module-log.js";
import { tempDir } from "./helpers/tmp.js";
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from "../src/export/index.js";

for (const args of [["--help"], ["ingest", "--help"], ["events", "--help"], ["articles", "--help"], ["worker", "--help"], ["eval", "--help"], ["serve", "--help"], ["show", "--help"], ["stories", "--help"]]) {
  test(`parley ${args.join(" ")} loads no store, queue or NLP module`, () => {
    const r = modulesLoadedBy(args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage: parley/);
    // the hook saw the CLI itself (otherwise an empty list would pass): its modules, or their bundle
    assert.ok(r.modules.includes(join("dist", "src", "cli", "main.js")) || r.modules.includes(join("dist", "src", "cli", "main.bundle.js")), r.modules.join("\n"));
    assert.deepEqual(heavyAmong(r.modules), []);
  });
}

test("the export formats the help texts name are the renderers', in the same order", () => {
  assert.deepEqual(Object.keys(EXPORT_FORMATS), [...EXPORT_FORMAT_NAMES]);
});

test("parley events loads the export renderers when it runs (the check sees them)", () => {
  const db = join(tempDir(), "empty.db");
  assert.equal(modulesLoadedBy(["ingest", "-", "--db", db, "--quiet"]).status, 1);
  const r = modulesLoadedBy(["events", "--db", db, "--format", "csv"]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(heavyAmong(r.modules).some((l) => l.startsWith("the event export renderers")), r.modules.join("\n"));
});

test("the module list does show the store when a command opens one (the check can fail)", () => {
  const db = join(tempDir(), "empty.db");
  // an ingest of empty standard input creates and migrates the store, and has nothing to analyse
  const r = modulesLoadedBy(["ingest", "-", "--db", db, "--quiet"]);
  assert.match(r.stderr, /stdin: empty input/);
  const heavy = heavyAmong(r.modules);
  assert.ok(heavy.some((l) => l.startsWith("the store (Kysely)")), heavy.join("\n"));
  assert.ok(heavy.some((l) => l.startsWith("SQLite (better-sqlite3)")), heavy.join("\n"));
});
