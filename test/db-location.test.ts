// --db values: a file path is SQLite, postgres:// and postgresql:// go to PostgreSQL, any other
// URL scheme is refused in one line, and no URL ever becomes a folder on disk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDbLocation, redactUrl } from "../src/store/location.js";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

test("parseDbLocation: paths are SQLite, postgres URLs PostgreSQL, other schemes refused", () => {
  assert.deepEqual(parseDbLocation("parley.db"), { backend: "sqlite", path: "parley.db" });
  assert.deepEqual(parseDbLocation("data/x:y.db"), { backend: "sqlite", path: "data/x:y.db" });
  assert.deepEqual(parseDbLocation(":memory:"), { backend: "sqlite", path: ":memory:" });
  for (const url of ["postgres://u@127.0.0.1/db", "postgresql://u:pw@h:5433/db", "POSTGRES://h/db"]) {
    assert.deepEqual(parseDbLocation(url), { backend: "postgres", url });
  }
  assert.throws(() => parseDbLocation("mysql://h/db"), /unsupported database URL scheme "mysql:\/\/"/);
  assert.throws(() => parseDbLocation("anything://x"), /unsupported database URL scheme "anything:\/\/"/);
  assert.throws(() => parseDbLocation("postgres://[bad"), /not a valid PostgreSQL URL/);
});

test("passwords never appear in messages", () => {
  assert.equal(redactUrl("postgres://u:secret@h/db"), "postgres://u:***@h/db");
  assert.equal(redactUrl("postgres://u@h/db"), "postgres://u@h/db");
  assert.throws(() => parseDbLocation("redis://u:secret@h/0"), (e: Error) => !e.message.includes("secret"));
});

test("the CLI refuses an unknown scheme in one line and creates nothing on disk", async () => {
  const cwd = tempDir("parley-dburl-");
  for (const env of [{}, { PARLEY_DB: "mysql://h/db" }] as Record<string, string>[]) {
    const args = Object.keys(env).length ? ["articles"] : ["articles", "--db", "mysql://h/db"];
    const r = await runCli(args, env, cwd);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /unsupported database URL scheme "mysql:\/\/"/);
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  }
  assert.deepEqual(readdirSync(cwd), []);
});

test("a postgres URL no server answers fails in one line and creates no folder", async () => {
  const cwd = tempDir("parley-dburl-");
  const source = join(tempDir("parley-dburl-src-"), "a.txt");
  writeFileSync(source, "Israel met Qatar in Doha on Monday.");
  const r = await runCli(["ingest", "--db", "postgres://nobody@127.0.0.1:1/none", source], {}, cwd);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /postgres:\/\/nobody@127\.0\.0\.1:1\/none/);
  assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  assert.deepEqual(readdirSync(cwd), []);
});
